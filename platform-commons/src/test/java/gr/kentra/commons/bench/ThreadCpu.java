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

    /** Not a thread group: the kernel's share of the groups' time, reported beside them. */
    public static final String KERNEL = "(of all the above, in the kernel)";

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
     * Milliseconds of CPU per group since {@code earlier} (threads started since from zero), largest first, and under
     * {@value #KERNEL} the part of all groups' time spent in the kernel (system calls, the network stack).
     */
    public Map<String, Double> since(ThreadCpu earlier) {
        Map<String, Double> millis = new HashMap<>();
        threads.forEach((tid, now) -> {
            Sample then = earlier.threads.get(tid);
            boolean same = then != null && then.started() == now.started();
            long ticks = now.ticks() - (same ? then.ticks() : 0);
            if (ticks > 0) {
                millis.merge(now.group(), ticks * TICK_MILLIS, Double::sum);
                millis.merge(KERNEL, (now.kernelTicks() - (same ? then.kernelTicks() : 0)) * TICK_MILLIS, Double::sum);
            }
        });
        return largestFirst(millis);
    }

    public static Map<String, Double> add(Map<String, Double> total, Map<String, Double> more) {
        Map<String, Double> sum = new HashMap<>(total);
        more.forEach((group, millis) -> sum.merge(group, millis, Double::sum));
        return largestFirst(sum);
    }

    private static Map<String, Double> largestFirst(Map<String, Double> millis) {
        Map<String, Double> sorted = new LinkedHashMap<>();
        millis.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
