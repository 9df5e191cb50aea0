package gr.kentra.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The whole machine's CPU in a measured phase, by the process that spent it: each service, PostgreSQL, Keycloak,
 * the load driver (this JVM), pgbench, and the rest of the machine. The platform and its clients share the two
 * cores, so this is where a request's share of the machine goes, beside the pgbench floor's own share. Read from
 * {@code /proc/stat} (the machine) and {@code /proc/<pid>/stat} (each process) before and after the phase.
 * <p>
 * PostgreSQL's backends come and go (pgbench connects per run): a backend that ended is in its postmaster's
 * reaped-children time, so the postmaster's own and reaped time plus every live backend's own time counts each
 * backend once, whether it ended during the phase or not. pgbench, a child of this JVM, is counted the same way.
 */
final class MachineCpu {

    /** USER_HZ: Linux reports times in hundredths of a second. */
    private static final double TICK_MILLIS = 10.0;

    static final String WHOLE = "whole machine";
    static final String POSTGRES = "PostgreSQL";
    static final String KEYCLOAK = "Keycloak";
    static final String DRIVER = "load driver (this JVM)";
    static final String PGBENCH = "pgbench";
    static final String REST = "rest of the machine";

    private final long machineTicks;
    private final Map<String, Long> parts;

    MachineCpu(long machineTicks, Map<String, Long> parts) {
        this.machineTicks = machineTicks;
        this.parts = parts;
    }

    /** One process's line of {@code /proc/<pid>/stat}, the fields this needs. */
    record Process(long pid, String name, long parent, long ownTicks, long reapedTicks) {

        static Process parse(String stat) {
            int open = stat.indexOf('(');
            int close = stat.lastIndexOf(')');
            String[] fields = stat.substring(close + 2).split(" ");
            // After the name: state (3 in proc(5)), ppid (4), utime (14), stime (15), cutime (16), cstime (17).
            return new Process(Long.parseLong(stat.substring(0, open).strip()), stat.substring(open + 1, close),
                    Long.parseLong(fields[1]), Long.parseLong(fields[11]) + Long.parseLong(fields[12]),
                    Long.parseLong(fields[13]) + Long.parseLong(fields[14]));
        }
    }

    /** The machine now; {@code services} names the platform's processes (name to pid). */
    static MachineCpu now(Map<String, Long> services) {
        List<Process> processes = new java.util.ArrayList<>();
        Map<Long, String> commandLines = new HashMap<>();
        try (Stream<Path> all = Files.list(Path.of("/proc"))) {
            all.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                try {
                    Process process = Process.parse(Files.readAllLines(p.resolve("stat")).getFirst());
                    processes.add(process);
                    if (process.name().equals("java")) {
                        commandLines.put(process.pid(), new String(Files.readAllBytes(p.resolve("cmdline")),
                                StandardCharsets.UTF_8));
                    }
                } catch (IOException | RuntimeException ended) {
                    // Ended between the listing and the reading: its time is in its parent's reaped time.
                }
            });
            return new MachineCpu(machineTicks(Files.readAllLines(Path.of("/proc/stat")).getFirst()),
                    attribute(processes, services, ProcessHandle.current().pid(), commandLines));
        } catch (IOException | RuntimeException e) {
            return new MachineCpu(0, Map.of());
        }
    }

    /** The busy ticks of the machine's first line of {@code /proc/stat}: all but idle and I/O wait. */
    static long machineTicks(String cpuLine) {
        String[] fields = cpuLine.strip().split("\\s+");
        long busy = 0;
        // cpu user nice system idle iowait irq softirq steal (guest and guest_nice are already in user and nice).
        for (int i = 1; i <= Math.min(8, fields.length - 1); i++) {
            if (i != 4 && i != 5) {
                busy += Long.parseLong(fields[i]);
            }
        }
        return busy;
    }

    static Map<String, Long> attribute(List<Process> processes, Map<String, Long> services, long self,
            Map<Long, String> javaCommandLines) {
        Map<Long, Process> byPid = new HashMap<>();
        processes.forEach(p -> byPid.put(p.pid(), p));
        Map<String, Long> parts = new HashMap<>();
        for (Process p : processes) {
            String service = services.entrySet().stream().filter(s -> s.getValue() == p.pid()).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
            if (service != null) {
                parts.merge(service, p.ownTicks(), Long::sum);
            } else if (p.pid() == self) {
                parts.merge(DRIVER, p.ownTicks(), Long::sum);
            } else if (p.name().equals("postgres")) {
                Process parent = byPid.get(p.parent());
                boolean postmaster = parent == null || !parent.name().equals("postgres");
                parts.merge(POSTGRES, p.ownTicks() + (postmaster ? p.reapedTicks() : 0), Long::sum);
            } else if (p.name().equals("pgbench")) {
                parts.merge(PGBENCH, p.ownTicks(), Long::sum);
            } else if (javaCommandLines.getOrDefault(p.pid(), "").contains("kc.home.dir")) {
                parts.merge(KEYCLOAK, p.ownTicks(), Long::sum);
            }
        }
        // pgbench runs that ended are in this JVM's reaped time (it has no other children that spend CPU).
        Process driver = byPid.get(self);
        if (driver != null) {
            parts.merge(PGBENCH, driver.reapedTicks(), Long::sum);
        }
        return parts;
    }

    /**
     * Milliseconds of CPU per part since {@code earlier}, largest first after the whole machine, and under
     * {@value #REST} what none of the parts accounts for (other processes, interrupts, the kernel's own threads).
     */
    Map<String, Double> since(MachineCpu earlier) {
        Map<String, Double> millis = new LinkedHashMap<>();
        long whole = machineTicks - earlier.machineTicks;
        millis.put(WHOLE, whole * TICK_MILLIS);
        long counted = 0;
        List<Map.Entry<String, Long>> spent = parts.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - earlier.parts.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).toList();
        for (Map.Entry<String, Long> part : spent) {
            millis.put(part.getKey(), part.getValue() * TICK_MILLIS);
            counted += part.getValue();
        }
        millis.put(REST, (whole - counted) * TICK_MILLIS);
        return millis;
    }

    static Map<String, Double> add(Map<String, Double> total, Map<String, Double> more) {
        Map<String, Double> sum = new LinkedHashMap<>(total);
        more.forEach((part, millis) -> sum.merge(part, millis, Double::sum));
        return sum;
    }
}
