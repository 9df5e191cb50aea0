package gr.kentra.reporting.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import gr.kentra.reporting.ReportingIntegrationTest;
import gr.kentra.reporting.TestFact;
import org.junit.jupiter.api.Test;

class AggregateRebuildTest extends ReportingIntegrationTest {

    private List<Map<String, Object>> aggregates() {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        rows.addAll(jdbc.queryForList("select * from fact_monthly order by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12"));
        rows.addAll(jdbc.queryForList("select * from fact_monthly_coarse order by 1, 2, 3, 4, 5, 6"));
        rows.addAll(jdbc.queryForList("select * from fact_yearly_coarse order by 1, 2, 3, 4, 5, 6"));
        rows.addAll(jdbc.queryForList("select * from person_month order by 1, 2, 4"));
        rows.addAll(jdbc.queryForList("select * from person_presence order by 1, 2, 3, 4"));
        rows.addAll(jdbc.queryForList("select * from distinct_persons order by 1, 2, 3, 4"));
        rows.addAll(jdbc.queryForList("select * from esf_participant order by 1, 2"));
        rows.addAll(jdbc.queryForList("select * from centre order by 1"));
        return rows;
    }

    @Test
    void aRebuildGivesExactlyWhatIntakeMaintained() throws Exception {
        emptyStore();
        deliver(TestFact.json(List.of(
                TestFact.of("REQUEST_OPENED").with("category", "GMI_APPLICATION"),
                TestFact.of("REQUEST_OPENED").with("category", "GMI_APPLICATION"),
                TestFact.of("REQUEST_OPENED").with("category", null).person("q"),
                TestFact.of("GOODS_DISTRIBUTED").with("quantity", 7).centre("mouzaki", "thessaly"),
                TestFact.of("PARTICIPANT_ENTERED").with("month", "2026-05").with("employmentStatus", "UNEMPLOYED"),
                TestFact.of("EVENT_HELD").with("quantity", 30).with("operation", null))));
        // The earlier entry arrives later: intake must still keep the profile at the earliest entry.
        deliver(List.of(TestFact.of("PARTICIPANT_ENTERED").with("month", "2026-02").with("employmentStatus", "EMPLOYED")
                .json()));
        List<Map<String, Object>> maintained = aggregates();
        assertThat(jdbc.queryForObject("select employment_status from esf_participant", String.class))
                .isEqualTo("EMPLOYED");
        assertThat(jdbc.queryForObject("select fact_count from fact_monthly where category = 'GMI_APPLICATION'",
                Long.class)).isEqualTo(2);

        jdbc.execute("delete from fact_monthly");
        jdbc.execute("delete from fact_monthly_coarse");
        jdbc.execute("delete from fact_yearly_coarse");
        jdbc.execute("delete from distinct_persons");
        mvc.perform(post("/internal/aggregates/rebuild").with(tenantService())).andExpect(status().isOk())
                .andExpect(jsonPath("$.centres").value(2));

        assertThat(aggregates()).isEqualTo(maintained);
    }

    /**
     * An edited session and distribution: their first facts are taken back (sign -1, same values) and new ones
     * sent. Counts and quantities follow the correction, the person stays served, a rebuild agrees.
     */
    @Test
    void aCorrectionTakesCountsAndQuantitiesBackButNotThePersonAndARebuildAgrees() throws Exception {
        emptyStore();
        deliver(TestFact.json(List.of(
                TestFact.of("SESSION_HELD").with("category", "INDIVIDUAL").person("edited"),
                TestFact.of("GOODS_DISTRIBUTED").with("category", "FOOD").with("quantity", 7).person("edited"))));
        deliver(TestFact.json(List.of(
                TestFact.of("SESSION_HELD").with("category", "INDIVIDUAL").person("edited").with("sign", -1),
                TestFact.of("SESSION_HELD").with("category", "FAMILY").person("edited"),
                TestFact.of("GOODS_DISTRIBUTED").with("category", "FOOD").with("quantity", 7).person("edited")
                        .with("sign", -1),
                TestFact.of("GOODS_DISTRIBUTED").with("category", "FOOD").with("quantity", 5).person("edited"))));

        assertThat(jdbc.queryForObject("select fact_count from fact_monthly where fact_type = 'SESSION_HELD'"
                + " and category = 'INDIVIDUAL'", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select fact_count from fact_monthly where fact_type = 'SESSION_HELD'"
                + " and category = 'FAMILY'", Long.class)).isOne();
        assertThat(jdbc.queryForObject("select quantity_sum from fact_yearly_coarse where fact_type = "
                + "'GOODS_DISTRIBUTED'", Long.class)).isEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from person_month", Long.class)).isOne();
        List<Map<String, Object>> maintained = aggregates();

        mvc.perform(post("/internal/aggregates/rebuild").with(tenantService())).andExpect(status().isOk());

        assertThat(aggregates()).isEqualTo(maintained);
    }

    @Test
    void aRebuildOfManyBatchesFromManyCentresGivesExactlyWhatIntakeMaintained() throws Exception {
        emptyStore();
        java.util.Random random = new java.util.Random(20260301);
        String[] types = {"REQUEST_OPENED", "SESSION_HELD", "BENEFICIARY_REGISTERED", "PARTICIPANT_ENTERED",
            "GOODS_DISTRIBUTED", "EVENT_HELD"};
        String[] regions = {"attica", "thessaly", "crete"};
        for (int batch = 0; batch < 6; batch++) {
            List<TestFact> facts = new java.util.ArrayList<>();
            for (int i = 0; i < 250; i++) {
                int centre = random.nextInt(12);
                // centre-0 moves from Attica to Crete in the last batch, whose facts are of a later month.
                String region = batch == 5 && centre == 0 ? "crete" : regions[centre % 3];
                String month = batch == 5 ? "2026-12" : "2026-%02d".formatted(1 + random.nextInt(11));
                String type = types[random.nextInt(types.length)];
                TestFact fact = TestFact.of(type).centre("centre-" + centre, region).with("month", month)
                        .with("operation", "50019" + (10 + centre))
                        .with("category", type.equals("REQUEST_OPENED") ? "GMI_APPLICATION" : null)
                        .with("quantity", type.equals("EVENT_HELD") || type.equals("GOODS_DISTRIBUTED")
                                ? 1 + random.nextInt(30) : 1);
                if (type.equals("EVENT_HELD")) {
                    fact.with("pseudonym", null).with("gender", null).with("ageBand", null);
                } else {
                    // Most people stay with one centre; some are served by two. A person's profile is their own.
                    int person = random.nextInt(10) == 0 ? random.nextInt(400) : centre * 40 + random.nextInt(40);
                    fact.person("p" + person).with("gender", person % 2 == 0 ? "FEMALE" : "MALE");
                }
                facts.add(fact);
            }
            deliver(TestFact.json(facts));
        }
        List<Map<String, Object>> maintained = aggregates();
        assertThat(jdbc.queryForObject("select region_code from centre where tenant_id = 'centre-0'", String.class))
                .isEqualTo("crete");

        mvc.perform(post("/internal/aggregates/rebuild").with(tenantService())).andExpect(status().isOk())
                .andExpect(jsonPath("$.centres").value(12))
                .andExpect(jsonPath("$.stepMillis.person_presence").isNumber());

        assertThat(aggregates()).isEqualTo(maintained);
    }

    /** The rebuild drops the large tables' keys and indexes while it fills them: all must be back as they were. */
    @Test
    void aRebuildLeavesEveryKeyAndIndexAsTheChangelogMadeIt() throws Exception {
        emptyStore();
        deliver(TestFact.json(List.of(TestFact.of("REQUEST_OPENED").with("category", "GMI_APPLICATION"))));
        String indexes = """
                select tablename || ' ' || indexname || ' ' || indexdef from pg_indexes where schemaname = 'public'
                order by tablename, indexname""";
        String keys = """
                select conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) from pg_constraint
                where connamespace = 'public'::regnamespace order by 1""";
        List<String> indexesBefore = jdbc.queryForList(indexes, String.class);
        List<String> keysBefore = jdbc.queryForList(keys, String.class);
        assertThat(indexesBefore).anyMatch(i -> i.startsWith("fact_monthly ux_fact_monthly_cell"))
                .anyMatch(i -> i.startsWith("person_presence pk_person_presence"));

        mvc.perform(post("/internal/aggregates/rebuild").with(tenantService())).andExpect(status().isOk());

        assertThat(jdbc.queryForList(indexes, String.class)).isEqualTo(indexesBefore);
        assertThat(jdbc.queryForList(keys, String.class)).isEqualTo(keysBefore);
        // And intake, whose upserts need the unique indexes, still works after it.
        deliver(TestFact.json(List.of(TestFact.of("REQUEST_OPENED").with("category", "GMI_APPLICATION"))));
        assertThat(jdbc.queryForObject("select fact_count from fact_monthly where category = 'GMI_APPLICATION'",
                Long.class)).isEqualTo(2);
    }

    @Test
    void onlyAPlatformAdministratorMayRebuild() throws Exception {
        mvc.perform(post("/internal/aggregates/rebuild").with(analyst())).andExpect(status().isForbidden());
        mvc.perform(post("/internal/aggregates/rebuild").with(factPublisher())).andExpect(status().isForbidden());
        // A person's platform-admin token is not a service's, whatever its roles.
        mvc.perform(post("/internal/aggregates/rebuild").with(platformAdmin())).andExpect(status().isForbidden());
        mvc.perform(post("/internal/aggregates/rebuild").with(token(List.of(), null, "platform-admin",
                "kentra-service"))).andExpect(status().isForbidden());
    }
}
