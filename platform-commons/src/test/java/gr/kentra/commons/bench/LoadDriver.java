package gr.kentra.commons.bench;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A closed-loop HTTP load driver: {@code clients} threads, each on its own kept-alive connection
 * ({@link KeepAliveConnection}), send one request, wait for its answer and send the next, for a fixed time; every
 * latency is kept (a few hundred thousand longs at most) and sorted for the percentiles. Chosen over Gatling because
 * Gatling's plugin and its Scala runtime are not in the build's offline cache, and a closed loop at fixed concurrency
 * is what pgbench measures too. Shared by the platform benchmark (system tests) and the services' in-process ones
 * (platform-commons' test jar).
 */
public final class LoadDriver {

    /** One phase's outcome; {@code nanos} sorted. */
    public record Result(String name, int clients, long requests, long errors, double seconds, long[] nanos,
            String firstError) {

        public double throughput() {
            return (requests - errors) / seconds;
        }

        public double millis(double quantile) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            return nanos[Math.min(nanos.length - 1, (int) Math.ceil(quantile * nanos.length) - 1)] / 1e6;
        }

        /** Two phases of the same kind as one (interleaved rounds). */
        public Result plus(Result other) {
            long[] all = Arrays.copyOf(nanos, nanos.length + other.nanos.length);
            System.arraycopy(other.nanos, 0, all, nanos.length, other.nanos.length);
            Arrays.sort(all);
            return new Result(name, clients, requests + other.requests, errors + other.errors,
                    seconds + other.seconds, all, firstError != null ? firstError : other.firstError);
        }

        @Override
        public String toString() {
            return "%-28s %d clients %7.1f req/s  p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  (%d requests, %d errors)"
                    .formatted(name, clients, throughput(), millis(0.50), millis(0.95), millis(0.99), requests,
                            errors);
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private LoadDriver() {
    }

    /**
     * Runs {@code clients} loops for {@code duration}; {@code request} gets a running number. Anything but a 2xx
     * counts as an error (and is not timed).
     */
    public static Result run(String name, int clients, Duration duration, IntFunction<HttpRequest> request) {
        long end = System.nanoTime() + duration.toNanos();
        AtomicLong requests = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        ConcurrentLinkedQueue<long[]> timings = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
        long started = System.nanoTime();
        // Platform threads, one connection each: a blocking read is one system call, where a virtual thread's goes
        // through the poller and back to a carrier.
        try (var threads = Executors.newFixedThreadPool(clients, Thread.ofPlatform().name("load-client-", 0)
                .daemon().factory())) {
            for (int c = 0; c < clients; c++) {
                int client = c;
                threads.submit(() -> {
                    long[] mine = new long[4096];
                    int n = 0;
                    int i = client;
                    try (KeepAliveConnection connection = new KeepAliveConnection(TIMEOUT)) {
                        while (System.nanoTime() < end) {
                            HttpRequest next = request.apply(i);
                            i += clients;
                            long t0 = System.nanoTime();
                            try {
                                KeepAliveConnection.Answer answer = connection.send(next);
                                long took = System.nanoTime() - t0;
                                requests.incrementAndGet();
                                if (answer.status() / 100 != 2) {
                                    errors.incrementAndGet();
                                    if (errorSamples.isEmpty()) {
                                        errorSamples.add(answer.status() + " " + answer.errorBody());
                                    }
                                    continue;
                                }
                                if (n == mine.length) {
                                    mine = Arrays.copyOf(mine, n * 2);
                                }
                                mine[n++] = took;
                            } catch (IOException e) {
                                requests.incrementAndGet();
                                errors.incrementAndGet();
                                errorSamples.add(e.toString());
                            }
                        }
                    }
                    timings.add(Arrays.copyOf(mine, n));
                });
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] all = timings.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(name, clients, requests.get(), errors.get(), seconds, all, errorSamples.peek());
    }
}
