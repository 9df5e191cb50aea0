package gr.kentra.reporting.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import gr.kentra.reporting.ReportingIntegrationTest;
import gr.kentra.reporting.TestFact;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * GEN06 and GEN13 are protected as one linked table, a second or two per month on a national population. A read
 * right after intake of closed referrals is served the pair published from the older stamp, saying how old it is,
 * while the new pair is protected off the request thread; then the new pair. Never one of the two from one stamp
 * and its partner from another. Tables that are not linked are read afresh as before.
 */
class LinkedTablesFreshnessTest extends ReportingIntegrationTest {

    private static final String NATIONAL_YEAR = "scope=national&from=2026-01&to=2026-12";
    private static final String ATTICA_YEAR = "scope=region:attica&from=2026-01&to=2026-12";

    private int people;

    @BeforeEach
    void referralsAndRequests() throws Exception {
        emptyStore();
        List<String> facts = new ArrayList<>();
        closed(facts, "moschato-tavros", "attica", "HOSPITAL", 12);
        closed(facts, "elefsina", "attica", "NGO", 9);
        closed(facts, "mouzaki", "thessaly", "HOSPITAL", 8);
        requests(facts, "moschato-tavros", "attica", 10);
        deliver(facts);
    }

    @Test
    void aReadRightAfterIntakeGetsTheOlderLinkedPairWithItsOlderTimeAndTheNewPairFollows() throws Exception {
        Instant asked = Instant.now();
        DocumentContext cold = report(NATIONAL_YEAR);
        // Nothing published before: protected on the request thread, as before, and as of this read.
        assertThat(refreshing(cold, "GEN13")).isFalse();
        assertThat(total(cold, "GEN13")).isEqualTo(29);
        Instant before = asOf(cold, "GEN13");
        assertThat(before).isBetween(asked, Instant.now());
        assertPairOfOneStamp(cold);

        List<String> more = new ArrayList<>();
        closed(more, "elefsina", "attica", "HOSPITAL", 6);
        requests(more, "moschato-tavros", "attica", 5);
        deliver(more);
        Instant delivered = Instant.now();

        // Served at once from the pair published at the older stamp, as of the last read that found it current; the
        // new pair is being protected.
        DocumentContext right = report(NATIONAL_YEAR);
        for (String code : List.of("GEN06", "GEN13")) {
            assertThat(total(right, code)).as(code).isEqualTo(29);
            assertThat(asOf(right, code)).as(code).isEqualTo(before);
            assertThat(refreshing(right, code)).as(code).isTrue();
        }
        // A table that is not linked is read afresh, as of this read.
        assertThat(total(right, "GEN03")).isEqualTo(15);
        assertThat(refreshing(right, "GEN03")).isFalse();
        assertThat(asOf(right, "GEN03")).isAfterOrEqualTo(delivered);

        // Every answer while the new pair is protected, national and regional (cut from the same national grids),
        // has both tables of one stamp; then the new pair is served, counting the intake.
        List<DocumentContext> answers = new CopyOnWriteArrayList<>(List.of(right));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            DocumentContext region = report(ATTICA_YEAR);
            DocumentContext national = report(NATIONAL_YEAR);
            answers.add(region);
            answers.add(national);
            return !refreshing(national, "GEN13") && !refreshing(region, "GEN13");
        });
        answers.forEach(LinkedTablesFreshnessTest::assertPairOfOneStamp);
        DocumentContext fresh = answers.getLast();
        for (String code : List.of("GEN06", "GEN13")) {
            assertThat(total(fresh, code)).as(code).isEqualTo(35);
            assertThat(asOf(fresh, code)).as(code).isAfterOrEqualTo(delivered);
        }
    }

    @Test
    void aTableNeverServedBeforeIsProtectedOnTheRequestThreadEvenRightAfterIntake() throws Exception {
        List<String> more = new ArrayList<>();
        closed(more, "elefsina", "attica", "HOSPITAL", 6);
        deliver(more);

        DocumentContext first = report(ATTICA_YEAR);
        assertThat(refreshing(first, "GEN13")).isFalse();
        assertThat(total(first, "GEN13")).isEqualTo(27);
        assertPairOfOneStamp(first);
    }

    /** GEN06 and GEN13 count the same referrals: one time, one state and one total whenever both are of one stamp. */
    private static void assertPairOfOneStamp(DocumentContext report) {
        assertThat(asOf(report, "GEN06")).isEqualTo(asOf(report, "GEN13"));
        assertThat(refreshing(report, "GEN06")).isEqualTo(refreshing(report, "GEN13"));
        assertThat(total(report, "GEN06")).isEqualTo(total(report, "GEN13"));
    }

    private DocumentContext report(String query) throws Exception {
        return JsonPath.parse(mvc.perform(get("/reports/api/indicators?" + query).with(analyst())
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static long total(DocumentContext report, String code) {
        List<Number> totals = report.read("$.tables[?(@.code == '" + code + "')].totals.total.value");
        return totals.getFirst().longValue();
    }

    private static Instant asOf(DocumentContext report, String code) {
        List<String> times = report.read("$.tables[?(@.code == '" + code + "')].asOf");
        return Instant.parse(times.getFirst());
    }

    private static boolean refreshing(DocumentContext report, String code) {
        List<Boolean> states = report.read("$.tables[?(@.code == '" + code + "')].refreshing");
        return states.getFirst();
    }

    /** Referrals of one service type closed as completed in March, each of another person. */
    private void closed(List<String> facts, String tenant, String region, String type, int count) {
        for (int i = 0; i < count; i++) {
            facts.add(TestFact.of("REFERRAL_CLOSED").centre(tenant, region).with("month", "2026-03")
                    .person("person-" + people++).with("category", type).with("outcome", "COMPLETED").json());
        }
    }

    private void requests(List<String> facts, String tenant, String region, int count) {
        for (int i = 0; i < count; i++) {
            facts.add(TestFact.of("REQUEST_OPENED").centre(tenant, region).with("month", "2026-03")
                    .person("person-" + people++).with("category", "GMI_APPLICATION").json());
        }
    }
}
