package gr.kentra.cases.beneficiary;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * case-service's own CPU per registration (issue 15): the benchmark's body (a name and a date of birth, no AMKA)
 * through the whole servlet path in-process (MockMvc: the token's roles, the tenant's connection, validation, the
 * service, its audit line, fact and duplicate check, the JSON answer), one at a time, against the real PostgreSQL.
 * The CPU is the request thread's ({@link ThreadMXBean}), so PostgreSQL's work, the collector and the fact relay
 * are not in it. Not part of {@code verify}: run with {@code ./mvnw -pl case-service -am test
 * -Dkentra.excluded-test-groups=none -Dtest=RegistrationBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dkentra.bench.warmup=2000 -Dkentra.bench.measured=3000 -Dkentra.bench.rounds=3} by default).
 */
@Tag("benchmark")
class RegistrationBenchmark extends CaseServiceIntegrationTest {

    private static final String CENTRE = "registration-bench";
    private static final int WARM_UP = Integer.getInteger("kentra.bench.warmup", 2_000);
    private static final int MEASURED = Integer.getInteger("kentra.bench.measured", 3_000);
    private static final int ROUNDS = Integer.getInteger("kentra.bench.rounds", 3);
    private static final String[] FIRST = {"Μαρία", "Γιώργος", "Ελένη", "Νίκος", "Κατερίνα", "Δημήτρης", "Σοφία",
            "Κώστας", "Αναστασία", "Παναγιώτης"};
    private static final String[] LAST = {"Παπαδοπούλου", "Γεωργίου", "Οικονόμου", "Παππάς", "Βασιλείου",
            "Ιωάννου", "Δημητρίου", "Νικολάου", "Καραγιάννη", "Αθανασίου", "Μιχαηλίδης", "Χατζηδάκη"};

    private int people;

    @Test
    void measuresCpuPerRegistration() throws Exception {
        provision(CENTRE);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARM_UP; i++) {
            register();
        }
        for (int round = 1; round <= ROUNDS; round++) {
            long[] cpu = new long[MEASURED];
            long started = System.nanoTime();
            for (int i = 0; i < MEASURED; i++) {
                long before = threads.getCurrentThreadCpuTime();
                register();
                cpu[i] = threads.getCurrentThreadCpuTime() - before;
            }
            double wall = (System.nanoTime() - started) / 1e6 / MEASURED;
            long total = Arrays.stream(cpu).sum();
            Arrays.sort(cpu);
            System.out.printf("BENCH registration round %d: CPU per registration mean %.3f ms, median %.3f ms,"
                    + " p90 %.3f ms; wall %.3f ms each (%d registrations after %d warm-up)%n", round,
                    total / 1e6 / MEASURED, cpu[MEASURED / 2] / 1e6, cpu[MEASURED * 9 / 10] / 1e6, wall, MEASURED,
                    WARM_UP);
        }
    }

    private void register() throws Exception {
        int n = people++;
        mvc.perform(in(CENTRE, "social-worker", post("/api/beneficiaries"), """
                {"firstName":"%s","lastName":"%s","dateOfBirth":"19%02d-%02d-%02d","gender":"%s"}"""
                .formatted(FIRST[n % FIRST.length], LAST[(n / FIRST.length + n) % LAST.length], 30 + n % 70,
                        1 + n % 12, 1 + n % 28, n % 2 == 0 ? "FEMALE" : "MALE")))
                .andExpect(status().isCreated());
    }
}
