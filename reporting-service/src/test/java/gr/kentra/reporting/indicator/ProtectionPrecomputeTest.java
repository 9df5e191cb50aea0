package gr.kentra.reporting.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import gr.kentra.reporting.ReportingIntegrationTest;
import gr.kentra.reporting.TestFact;
import gr.kentra.reporting.indicator.grid.EsfProtection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The linked ESF protection of a month is computed after intake, off the request thread; concurrent cold requests
 * wait for one computation; a kept protection is never served once the month's counts have a newer stamp.
 */
class ProtectionPrecomputeTest extends ReportingIntegrationTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Autowired
    EsfProtection protection;

    @BeforeEach
    void participants() throws Exception {
        emptyStore();
        deliver(TestFact.json(entries("moschato-tavros", "attica", "5001910", "2026-03", 12)));
    }

    private static List<TestFact> entries(String tenant, String region, String operation, String month, int count) {
        List<TestFact> facts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            facts.add(TestFact.of("PARTICIPANT_ENTERED").centre(tenant, region).with("operation", operation)
                    .with("month", month).person(tenant + month + "precompute" + i).with("gender", "FEMALE")
                    .with("ageBand", "25-29").with("employmentStatus", "UNEMPLOYED").with("iscedLevel", 3));
        }
        return facts;
    }

    private ResultActions march() throws Exception {
        return mvc.perform(get("/reports/api/esf?programme=2021-2027&from=2026-03&to=2026-03").with(analyst())
                .accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk());
    }

    @Test
    void intakeProtectsTheLinkedMonthAheadSoTheFirstRequestComputesNothing() throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(() -> protection.isWarm(MARCH));
        int before = protection.computations();

        march().andExpect(jsonPath("$.tables[0].rows[0].total.value").value(12));

        assertThat(protection.computations()).as("linked systems computed by the request").isEqualTo(before);
    }

    /**
     * Issue 18's puzzle: after a full rebuild only the months with ESF entries (4 of the benchmark's 12) had their
     * linked protection precomputed. The rebuild stamps the list of centres, which every grid reads, so every
     * month's ESF grids are new; the change event named only the types each month has facts of, and the months
     * without entries were never protected ahead (a request computed them).
     */
    @Test
    void aRebuildProtectsTheLinkedSystemOfEveryMonthItStampedEvenWithoutEntries() throws Exception {
        deliver(TestFact.json(List.of(TestFact.of("REQUEST_OPENED").centre("moschato-tavros", "attica")
                .with("month", "2026-04").with("category", "GMI_APPLICATION"))));
        await().atMost(Duration.ofSeconds(20)).until(() -> protection.isWarm(MARCH));

        aggregates.rebuild();

        await().atMost(Duration.ofSeconds(20))
                .until(() -> protection.isWarm(MARCH) && protection.isWarm(YearMonth.of(2026, 4)));
    }

    @Autowired
    gr.kentra.reporting.aggregate.Aggregates aggregates;

    @Test
    void concurrentColdRequestsWaitForOneComputation() throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(() -> protection.isWarm(MARCH));
        // A new stamp behind intake's back (no event, so nothing precomputes): every request below finds it cold.
        jdbc.update("update month_stamp set stamp = nextval('month_stamp_seq') where period_month = '2026-03'");
        assertThat(protection.isWarm(MARCH)).isFalse();
        int before = protection.computations();

        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> requests = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                requests.add(() -> mvc.perform(get("/reports/api/esf?programme=2021-2027&from=2026-03&to=2026-03")
                        .with(analyst()).accept(MediaType.APPLICATION_JSON)).andReturn().getResponse().getStatus());
            }
            for (Future<Integer> answer : callers.invokeAll(requests)) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            callers.shutdown();
        }

        assertThat(protection.computations() - before).as("linked systems computed for one stamp").isEqualTo(1);
        assertThat(protection.isWarm(MARCH)).isTrue();
    }

    @Test
    void aKeptProtectionIsNeverServedForNewerCounts() throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(() -> protection.isWarm(MARCH));
        march().andExpect(jsonPath("$.tables[0].rows[0].total.value").value(12));

        // More participants: whether or not the precomputation has caught up, the answer has the new counts.
        deliver(TestFact.json(entries("elefsina", "attica", "5002000", "2026-03", 7)));
        march().andExpect(jsonPath("$.tables[0].rows[0].total.value").value(19));

        // And a period of several months, protected by the kept months, sees them too.
        mvc.perform(get("/reports/api/esf?programme=2021-2027&from=2026-01&to=2026-06").with(analyst())
                        .accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk())
                .andExpect(jsonPath("$.tables[0].rows[0].total.value").value(19));
    }
}
