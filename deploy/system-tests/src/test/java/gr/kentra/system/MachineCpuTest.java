package gr.kentra.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class MachineCpuTest {

    @Test
    void theMachineIsBusyInAllButIdleAndIoWait() {
        // user nice system idle iowait irq softirq steal guest guest_nice
        assertThat(MachineCpu.machineTicks("cpu  100 5 50 1000 20 3 2 1 7 0")).isEqualTo(161);
    }

    @Test
    void aProcessLineIsReadPastANameWithSpacesAndParentheses() {
        MachineCpu.Process p = MachineCpu.Process.parse(
                "4242 (postgres: a (b) c) S 10 4242 4242 0 -1 4194304 1 0 0 0 17 4 5 6 20 0 1 0 999 0 0");

        assertThat(p).isEqualTo(new MachineCpu.Process(4242, "postgres: a (b) c", 10, 21, 11));
    }

    @Test
    void eachProcessCountsInItsPartAndEndedChildrenInTheirParents() {
        List<MachineCpu.Process> processes = List.of(
                new MachineCpu.Process(10, "postgres", 1, 5, 100),
                new MachineCpu.Process(11, "postgres", 10, 7, 0),
                new MachineCpu.Process(20, "java", 30, 30, 0),
                new MachineCpu.Process(30, "java", 1, 40, 9),
                new MachineCpu.Process(31, "pgbench", 30, 4, 0),
                new MachineCpu.Process(40, "java", 39, 8, 0),
                new MachineCpu.Process(50, "java", 1, 1000, 0));

        Map<String, Long> parts = MachineCpu.attribute(processes, Map.of("gateway", 20L), 30,
                Map.of(40L, "java\0-Dkc.home.dir=/tmp/keycloak\0", 50L, "java\0-jar\0other.jar\0"));

        assertThat(parts).containsExactlyInAnyOrderEntriesOf(Map.of(MachineCpu.POSTGRES, 112L, "gateway", 30L,
                MachineCpu.DRIVER, 40L, MachineCpu.PGBENCH, 13L, MachineCpu.KEYCLOAK, 8L));
    }

    @Test
    void aBackendThatEndedDuringThePhaseCountsOnlyItsTimeInThePhase() {
        MachineCpu before = new MachineCpu(1000, MachineCpu.attribute(List.of(
                new MachineCpu.Process(10, "postgres", 1, 5, 100),
                new MachineCpu.Process(11, "postgres", 10, 7, 0)), Map.of(), 99, Map.of()));
        // Backend 11 ended with 10 ticks (3 in the phase), backend 12 started and spent 3, the postmaster 1.
        MachineCpu after = new MachineCpu(1020, MachineCpu.attribute(List.of(
                new MachineCpu.Process(10, "postgres", 1, 6, 110),
                new MachineCpu.Process(12, "postgres", 10, 3, 0)), Map.of(), 99, Map.of()));

        Map<String, Double> spent = after.since(before);

        assertThat(spent).containsEntry(MachineCpu.WHOLE, 200.0).containsEntry(MachineCpu.POSTGRES, 70.0)
                .containsEntry(MachineCpu.REST, 130.0);
        assertThat(spent.keySet()).first().isEqualTo(MachineCpu.WHOLE);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void cpuSpentByThisJvmShowsAsTheLoadDriversAndInTheWholeMachine() {
        assumeThat(Files.isReadable(Path.of("/proc/stat"))).as("Linux /proc").isTrue();
        MachineCpu before = MachineCpu.now(Map.of());
        // Spins until this thread has had 200 ms of CPU by the JVM's own count, however busy the machine is.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long spin = threads.getCurrentThreadCpuTime() + 200_000_000L;
        long sink = 0;
        while (threads.getCurrentThreadCpuTime() < spin) {
            sink += Long.numberOfTrailingZeros(sink + System.nanoTime());
        }

        Map<String, Double> spent = MachineCpu.now(Map.of()).since(before);

        assertThat(sink).isNotNegative();
        assertThat(spent.get(MachineCpu.DRIVER)).isGreaterThanOrEqualTo(150.0);
        assertThat(spent.get(MachineCpu.WHOLE)).isGreaterThanOrEqualTo(spent.get(MachineCpu.DRIVER) - 20.0);
    }
}
