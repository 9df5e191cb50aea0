package gr.kentra.commons.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The benchmark's per-thread-group CPU, read from {@code /proc}. */
class ThreadCpuTest {

    @Test
    void readsUserAndSystemTicksOfATaskWhoseNameHoldsSpacesAndParentheses() {
        String stat = "4242 (C2 CompilerThre) S 1 4200 4200 0 -1 4194624 10 0 0 0 250 17 0 0 20 0 40 0 123 4096";
        ThreadCpu.Sample sample = ThreadCpu.parse(stat);
        assertThat(sample.group()).isEqualTo("C2 CompilerThre");
        assertThat(sample.ticks()).isEqualTo(267);
        assertThat(sample.kernelTicks()).isEqualTo(17);
        assertThat(sample.started()).isEqualTo(123);
        assertThat(ThreadCpu.parse("7 (odd) name) R 1 1 1 0 -1 0 0 0 0 0 3 4 0 0 20 0 1 0 99 0").ticks()).isEqualTo(7);
    }

    @Test
    void groupsThreadsByTheirNameWithoutItsNumber() {
        assertThat(ThreadCpu.group("GC Thread#1")).isEqualTo("GC Thread");
        assertThat(ThreadCpu.group("parallel-12")).isEqualTo("parallel");
        assertThat(ThreadCpu.group("reactor-http-ep")).isEqualTo("reactor-http-ep");
        assertThat(ThreadCpu.group("http-nio-8081-e")).isEqualTo("http-nio-8081-e");
        assertThat(ThreadCpu.group("VM Thread")).isEqualTo("VM Thread");
        assertThat(ThreadCpu.group("42")).isEqualTo("42");
    }

    @Test
    @Timeout(60)
    void countsTheCpuOfThisProcessesThreadsSinceAnEarlierReading() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "Linux's /proc");
        assumeTrue(ManagementFactory.getThreadMXBean().isCurrentThreadCpuTimeSupported(), "thread CPU time");
        long pid = ProcessHandle.current().pid();
        ThreadCpu before = ThreadCpu.of(pid);
        // Spins until this thread has had 200 ms of CPU by the JVM's own count, however busy the machine is.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long spin = threads.getCurrentThreadCpuTime() + 200_000_000L;
        double sink = 0;
        while (threads.getCurrentThreadCpuTime() < spin) {
            sink += Math.sqrt(sink + 1);
        }
        ThreadCpu.Spent spent = ThreadCpu.of(pid).since(before);
        assertThat(sink).isPositive();
        assertThat(spent.millis()).isGreaterThanOrEqualTo(150.0);
        assertThat(spent.kernelMillis()).isBetween(0.0, spent.millis());
        ThreadCpu.Spent twice = spent.plus(spent);
        spent.groups().forEach((group, millis) -> assertThat(twice.groups().get(group)).isEqualTo(2 * millis));
        assertThat(twice.kernelMillis()).isEqualTo(2 * spent.kernelMillis());
        assertThat(ThreadCpu.Spent.NONE.plus(spent)).isEqualTo(spent);
    }
}
