package gr.kentra.reporting.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import gr.kentra.reporting.ReportingIntegrationTest;
import gr.kentra.reporting.TestFact;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A centre erased a person: reporting forgets the pseudonym's person-level rows of that centre, keeps the counts
 * of facts as published, and ends exactly where a rebuild from the facts ends. And the retention purge.
 */
class PersonErasureTest extends ReportingIntegrationTest {

    private static final String ANNA = TestFact.pseudonym("anna");

    @Autowired
    Aggregates aggregates;

    @Autowired
    RetentionPurge retention;

    @Test
    void erasureForgetsThePseudonymInThatCentreOnlyAndKeepsFactCountsAsPublished() throws Exception {
        emptyStore();
        long seed = 20261206L;
        deliverRandomFacts(new Random(seed), 300);
        deliver(List.of(
                TestFact.of("PARTICIPANT_ENTERED").centre("elefsina", "attica").person("anna").flags("ROMA").json(),
                TestFact.of("SESSION_HELD").centre("elefsina", "attica").person("anna").with("month", "2026-04").json(),
                TestFact.of("REQUEST_OPENED").centre("nea-smyrni", "attica").person("anna").json()));
        Map<String, Object> countsBefore = factCounts();

        deliver(List.of(erasure("elefsina", "attica", ANNA)));

        assertThat(jdbc.queryForObject("select count(*) from indicator_fact where person_pseudonym = ?"
                + " and tenant_id = 'elefsina'", Long.class, ANNA)).as("seed %d", seed).isZero();
        assertThat(jdbc.queryForObject("select count(*) from person_month where person_pseudonym = ?"
                + " and tenant_id = 'elefsina'", Long.class, ANNA)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from esf_participant where person_pseudonym = ?", Long.class,
                ANNA)).isZero();
        assertThat(jdbc.queryForList("select scope_level || ':' || scope_key from person_presence"
                + " where person_pseudonym = ?", String.class, ANNA)).doesNotContain("C:elefsina")
                .contains("C:nea-smyrni", "R:attica", "N:");
        assertThat(jdbc.queryForObject("select count(*) from indicator_fact where fact_type = 'PERSON_ERASED'",
                Long.class)).as("an erasure is applied, never stored").isZero();
        assertThat(factCounts()).as("counts of facts stay as published").isEqualTo(countsBefore);

        List<Map<String, Object>> maintained = personTables();
        aggregates.rebuild();
        assertThat(personTables()).as("seed %d", seed).isEqualTo(maintained);
    }

    @Test
    void erasingAPseudonymTheCentreNeverSentChangesNothing() throws Exception {
        emptyStore();
        deliver(List.of(TestFact.of("REQUEST_OPENED").centre("elefsina", "attica").person("anna").json()));
        List<Map<String, Object>> before = personTables();
        deliver(List.of(erasure("trikala", "thessaly", ANNA), erasure("elefsina", "attica",
                TestFact.pseudonym("nobody"))));
        assertThat(personTables()).isEqualTo(before);
    }

    @Test
    void anErasureCarriesNoGender() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/internal/facts")
                        .with(factPublisher()).contentType("application/json").content("{\"facts\":["
                                + TestFact.of("PERSON_ERASED").json() + "]}"))
                // Intake answers per fact: the batch is taken, this fact refused and named.
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                        "$.received").value(0))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                        "$.refused[0].errors[0].field").value("facts[0].gender"));
    }

    @Test
    void retentionPurgesWholeYearsPastTheRetentionPeriodAndStaysWhatARebuildGives() throws Exception {
        emptyStore();
        deliver(List.of(TestFact.of("REQUEST_OPENED").with("month", "2015-12").person("old").json(),
                TestFact.of("REQUEST_OPENED").with("month", "2016-01").person("kept").json(),
                TestFact.of("REQUEST_OPENED").with("month", "2026-03").person("recent").json()));

        assertThat(retention.purge(YearMonth.of(2026, 1))).isEqualTo(2016);

        assertThat(jdbc.queryForList("select distinct period_month from indicator_fact order by 1", String.class))
                .containsExactly("2016-01", "2026-03");
        assertThat(jdbc.queryForList("select distinct period_month from person_month order by 1", String.class))
                .containsExactly("2016-01", "2026-03");
        assertThat(jdbc.queryForObject("select count(*) from person_presence where period_year < 2016", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from fact_monthly where period_month < '2016'", Long.class))
                .isZero();
        List<Map<String, Object>> purged = personTables();
        Map<String, Object> counts = factCounts();
        aggregates.rebuild();
        assertThat(personTables()).isEqualTo(purged);
        assertThat(factCounts()).isEqualTo(counts);
    }

    private static String erasure(String tenant, String region, String pseudonym) {
        return TestFact.of("PERSON_ERASED").centre(tenant, region).with("pseudonym", pseudonym).with("gender", null)
                .with("ageBand", null).with("operation", null).json();
    }

    private Map<String, Object> factCounts() {
        return jdbc.queryForMap("select (select coalesce(sum(fact_count), 0) from fact_monthly) as monthly,"
                + " (select coalesce(sum(quantity_sum), 0) from fact_monthly) as quantities,"
                + " (select coalesce(sum(fact_count), 0) from fact_monthly_coarse) as coarse,"
                + " (select count(*) from indicator_fact) as facts");
    }

    private List<Map<String, Object>> personTables() {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.addAll(jdbc.queryForList("select 'P' as t, period_month, tenant_id, person_pseudonym from person_month"
                + " order by 2, 3, 4"));
        rows.addAll(jdbc.queryForList("select 'E' as t, operation_code, person_pseudonym, tenant_id, period_month"
                + " from esf_participant order by 2, 3"));
        rows.addAll(jdbc.queryForList("select 'R' as t, period_year, scope_level, scope_key, person_pseudonym, months"
                + " from person_presence order by 2, 3, 4, 5"));
        rows.addAll(jdbc.queryForList("select 'D' as t, * from distinct_persons order by 2, 3, 4, 5"));
        return rows;
    }

    /** Facts of 40 people in two regions over 2025-2026, anna among them in elefsina. */
    private void deliverRandomFacts(Random random, int count) throws Exception {
        String[][] centres = {{"elefsina", "attica"}, {"nea-smyrni", "attica"}, {"trikala", "thessaly"}};
        List<String> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String person = random.nextInt(8) == 0 ? "anna" : "p" + random.nextInt(40);
            String[] centre = centres[random.nextInt(centres.length)];
            String month = YearMonth.of(2025 + random.nextInt(2), 1 + random.nextInt(12)).toString();
            String type = random.nextBoolean() ? "REQUEST_OPENED" : "BENEFICIARY_REGISTERED";
            batch.add(TestFact.of(type).centre(centre[0], centre[1]).with("month", month).person(person).json());
            if (random.nextInt(30) == 0 || i == count - 1) {
                deliver(batch);
                batch.clear();
            }
        }
    }
}
