package gr.kentra.commons.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A process's CPU by thread group, read from {@code /proc/<pid>/task/<tid>/stat} (user and system time, in clock
 * ticks) before and after a measured phase: where a service's CPU per request goes beyond the request threads
 * (garbage collection, the JIT compilers, exporters). Thread names are the kernel's, Java's names cut to 15
 * characters; a group is the name without its trailing number ("reactor-http-ep", "GC Thread", "C2 CompilerThre").
 * A thread started between the two readings counts from zero; one that ended is missing from the later reading and
 * its CPU from the groups, so they may add up to less than the process's whole CPU: the caller reports that rest.
 */
public final class ThreadCpu {

    /** USER_HZ: Linux reports task times in hundredths of a second on every architecture the JDK runs on. */
    private static final double TICK_MILLIS = 10.0;

    private final Map<Long, Sample> threads;

    private ThreadCpu(Map<Long, Sample> threads) {
        this.threads = threads;
    }

    /** One thread's reading; {@code started} (clock ticks after boot) tells a reused thread id from its first owner. */
    record Sample(String group, long ticks, long kernelTicks, long started) {
    }

    /** The CPU ticks of each of {@code pid}'s threads now; empty where {@code /proc} cannot be read. */
    public static ThreadCpu of(long pid) {
        Map<Long, Sample> threads = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            tasks.forEach(task -> {
                try {
                    // One line; read as lines, as a file of /proc/sys is misread by Files.readString.
                    Sample sample = parse(Files.readAllLines(task.resolve("stat")).getFirst());
                    threads.put(Long.parseLong(task.getFileName().toString()), sample);
                } catch (IOException | RuntimeException ended) {
                    // The thread ended between the listing and the reading: it counts in neither.
                }
            });
        } catch (IOException | RuntimeException e) {
            return new ThreadCpu(Map.of());
        }
        return new ThreadCpu(threads);
    }

    /** One task's stat line: "tid (name) state ppid ... utime stime ...", the name in parentheses may hold spaces. */
    static Sample parse(String stat) {
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        String name = stat.substring(open + 1, close);
        String[] fields = stat.substring(close + 2).split(" ");
        // After the name: state is field 3 of proc(5), utime field 14 and stime field 15.
        long kernel = Long.parseLong(fields[12]);
        // starttime is field 22.
        return new Sample(group(name), Long.parseLong(fields[11]) + kernel, kernel, Long.parseLong(fields[19]));
    }

    static String group(String threadName) {
        String group = threadName.replaceAll("[-#_ ]?\\d+$", "");
        return group.isEmpty() ? threadName : group;
    }

    /**
     * Milliseconds of CPU per thread group, largest first, and the part of all the groups' time spent in the kernel
     * (system calls, the network stack).
     */
    public record Spent(Map<String, Double> groups, double kernelMillis) {

        public static final Spent NONE = new Spent(Map.of(), 0);

        /** Every group's time together. */
        public double millis() {
            return groups.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        /** Two phases of the same kind as one (interleaved rounds). */
        public Spent plus(Spent more) {
            Map<String, Double> sum = new HashMap<>(groups);
            more.groups.forEach((group, millis) -> sum.merge(group, millis, Double::sum));
            return new Spent(largestFirst(sum), kernelMillis + more.kernelMillis);
        }
    }

    /** The CPU each group spent since {@code earlier}; a thread started since counts from zero. */
    public Spent since(ThreadCpu earlier) {
        Map<String, Double> millis = new HashMap<>();
        long[] kernel = new long[1];
        threads.forEach((tid, now) -> {
            Sample then = earlier.threads.get(tid);
            boolean same = then != null && then.started() == now.started();
            long ticks = now.ticks() - (same ? then.ticks() : 0);
            if (ticks > 0) {
                millis.merge(now.group(), ticks * TICK_MILLIS, Double::sum);
                kernel[0] += now.kernelTicks() - (same ? then.kernelTicks() : 0);
            }
        });
        return new Spent(largestFirst(millis), kernel[0] * TICK_MILLIS);
    }

    private static Map<String, Double> largestFirst(Map<String, Double> millis) {
        Map<String, Double> sorted = new LinkedHashMap<>();
        millis.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
