package gr.kentra.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import gr.kentra.commons.bench.LoadDriver;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.reactive.DispatcherHandler;
import org.springframework.web.server.WebFilter;

/**
 * The gateway's own CPU per relayed record read, in-process: 8 clients read through the real gateway (security chain,
 * membership, limits, routing, the relay) from a stand-in case-service; the CPU counted is that of the gateway's
 * threads only (Reactor Netty's event loops, Reactor's parallel and bounded-elastic schedulers), not the clients' or
 * the stand-in's, so the figure holds better on a busy machine than a platform run's throughput. Not part of
 * {@code verify}:
 * <pre>
 * ./mvnw -pl gateway -am test -Dkentra.excluded-test-groups=none -Dtest=GatewayReadBenchmark \
 *   -Dsurefire.failIfNoSpecifiedTests=false [-Dkentra.bench.warmup-seconds=20 -Dkentra.bench.seconds=15 -Dkentra.bench.rounds=3]
 * </pre>
 * Session 18's set-up before its changes, for a side-by-side run: {@code -Dkentra.bench.before=true} (a filter opens
 * the exchange's web session before the chain, as Spring Security's request cache did for every call)
 * {@code -Dorg.apache.commons.logging.LogFactory=org.apache.commons.logging.impl.Slf4jLogFactory} (Commons Logging's
 * own binding) {@code -Dspring.cloud.gateway.server.webflux.handler-mapping.order=1} (the routes after the other
 * mappings). The run prints which set-up it measured. The rate limits are raised (documented settings), not off.
 */
@Tag("benchmark")
class GatewayReadBenchmark extends GatewayTest {

    private static final int CLIENTS = 8;
    private static final int WARM_UP = Integer.getInteger("kentra.bench.warmup-seconds", 20);
    private static final int SECONDS = Integer.getInteger("kentra.bench.seconds", 15);
    private static final int ROUNDS = Integer.getInteger("kentra.bench.rounds", 3);
    private static final boolean BEFORE = Boolean.getBoolean("kentra.bench.before");
    private static final List<String> GATEWAY_THREADS = List.of("reactor-http-", "parallel-", "boundedElastic-");

    @TestConfiguration
    static class SessionPerCall {

        /** Only with kentra.bench.before: what the request cache did before SessionRequestCache. */
        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        WebFilter sessionPerCall() {
            return (exchange, chain) -> BEFORE ? exchange.getSession().then(chain.filter(exchange))
                    : chain.filter(exchange);
        }
    }

    @Autowired
    private DispatcherHandler dispatcher;

    /** The rate limits raised through their documented settings, as the platform benchmark raises them. */
    @DynamicPropertySource
    static void raisedLimits(DynamicPropertyRegistry registry) {
        for (String limit : List.of("per-user", "per-centre")) {
            registry.add("kentra.limits." + limit + ".per-second", () -> "1000000");
            registry.add("kentra.limits." + limit + ".burst", () -> "1000000");
        }
    }

    @Test
    void measuresTheGatewaysCpuPerRelayedRead() throws Exception {
        String token = TOKENS.member("moschato-tavros");
        URI uri = URI.create("http://localhost:" + port + "/t/moschato-tavros/api/beneficiaries/4f2b8c1e");
        HttpRequest read = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build();
        System.out.printf("BENCH gateway set-up: %s; log factory %s; first handler mapping %s%n",
                BEFORE ? "a web session per call (before)" : "no session for bearer calls",
                LogFactory.getFactory().getClass().getSimpleName(),
                dispatcher.getHandlerMappings().getFirst().getClass().getSimpleName());

        load(read, WARM_UP);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= ROUNDS; round++) {
            Map<Long, Long> before = gatewayCpu(threads);
            long requests = load(read, SECONDS);
            Map<Long, Long> after = gatewayCpu(threads);
            long cpu = 0;
            for (Map.Entry<Long, Long> thread : after.entrySet()) {
                cpu += thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
            }
            System.out.printf("BENCH gateway read round %d: %.1f µs of gateway CPU per read, %.0f reads/s (%d reads,"
                    + " %d clients, %d s)%n", round, cpu / 1e3 / requests, requests / (double) SECONDS, requests,
                    CLIENTS, SECONDS);
        }
    }

    /** Reads for the given time from {@value #CLIENTS} clients; every answer must be the stand-in's 200. */
    private static long load(HttpRequest read, int seconds) {
        LoadDriver.Result result = LoadDriver.run("read through the gateway", CLIENTS, Duration.ofSeconds(seconds),
                i -> read);
        assertThat(result.errors()).as(result.firstError()).isZero();
        return result.requests();
    }

    private static Map<Long, Long> gatewayCpu(ThreadMXBean threads) {
        Map<Long, Long> cpu = new HashMap<>();
        for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (thread != null && GATEWAY_THREADS.stream().anyMatch(thread.getThreadName()::startsWith)) {
                long time = threads.getThreadCpuTime(thread.getThreadId());
                if (time >= 0) {
                    cpu.put(thread.getThreadId(), time);
                }
            }
        }
        return cpu;
    }
}
