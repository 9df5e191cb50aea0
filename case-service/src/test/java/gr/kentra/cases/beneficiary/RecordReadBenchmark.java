package gr.kentra.cases.beneficiary;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import gr.kentra.cases.CaseServiceIntegrationTest;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * case-service's own CPU per record read ({@code GET /api/beneficiaries/{id}}, the platform's hottest request)
 * through the whole servlet path in-process (MockMvc), one at a time, against the real PostgreSQL; the CPU is the
 * request thread's ({@link ThreadMXBean}). With {@code -Dkentra.bench.jfr=<file>} the measured rounds are also
 * recorded (execution samples every 10 ms) for attributing the time. Not part of {@code verify}: run with
 * {@code ./mvnw -pl case-service -am test -Dkentra.excluded-test-groups=none -Dtest=RecordReadBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false} ({@code -Dkentra.bench.warmup=2000 -Dkentra.bench.measured=3000
 * -Dkentra.bench.rounds=3} by default).
 */
@Tag("benchmark")
class RecordReadBenchmark extends CaseServiceIntegrationTest {

    private static final String CENTRE = "record-read-bench";
    private static final int WARM_UP = Integer.getInteger("kentra.bench.warmup", 2_000);
    private static final int MEASURED = Integer.getInteger("kentra.bench.measured", 3_000);
    private static final int ROUNDS = Integer.getInteger("kentra.bench.rounds", 3);
    private static final String JFR = System.getProperty("kentra.bench.jfr");
    private static final String[] FIRST = {"Μαρία", "Γιώργος", "Ελένη", "Νίκος", "Κατερίνα", "Δημήτρης", "Σοφία"};
    private static final String[] LAST = {"Παπαδοπούλου", "Γεωργίου", "Οικονόμου", "Παππάς", "Βασιλείου"};

    private final List<String> people = new ArrayList<>();
    private int reads;

    @Test
    void measuresCpuPerRead() throws Exception {
        provision(CENTRE);
        for (int i = 0; i < 20; i++) {
            people.add(registerPerson(CENTRE, FIRST[i % FIRST.length], LAST[i % LAST.length],
                    "19%02d-%02d-%02d".formatted(40 + i, 1 + i % 12, 1 + i % 28)));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARM_UP; i++) {
            read();
        }
        Recording recording = JFR == null ? null : new Recording();
        if (recording != null) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
            recording.start();
        }
        for (int round = 1; round <= ROUNDS; round++) {
            long[] cpu = new long[MEASURED];
            long started = System.nanoTime();
            for (int i = 0; i < MEASURED; i++) {
                long before = threads.getCurrentThreadCpuTime();
                read();
                cpu[i] = threads.getCurrentThreadCpuTime() - before;
            }
            double wall = (System.nanoTime() - started) / 1e6 / MEASURED;
            long total = Arrays.stream(cpu).sum();
            Arrays.sort(cpu);
            System.out.printf("BENCH read round %d: CPU per read mean %.3f ms, median %.3f ms, p90 %.3f ms;"
                    + " wall %.3f ms each (%d reads after %d warm-up)%n", round, total / 1e6 / MEASURED,
                    cpu[MEASURED / 2] / 1e6, cpu[MEASURED * 9 / 10] / 1e6, wall, MEASURED, WARM_UP);
        }
        if (recording != null) {
            recording.stop();
            recording.dump(Path.of(JFR));
            recording.close();
        }
    }

    private void read() throws Exception {
        mvc.perform(in(CENTRE, "social-worker", get("/api/beneficiaries/{id}", people.get(reads++ % people.size())),
                null)).andExpect(status().isOk());
    }
}
