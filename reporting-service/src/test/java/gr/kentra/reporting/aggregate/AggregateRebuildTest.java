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
        mvc.perform(post("/internal/aggregates/rebuild").with(platformAdmin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.centres").value(2));

        assertThat(aggregates()).isEqualTo(maintained);
    }

    @Test
    void onlyAPlatformAdministratorMayRebuild() throws Exception {
        mvc.perform(post("/internal/aggregates/rebuild").with(analyst())).andExpect(status().isForbidden());
        mvc.perform(post("/internal/aggregates/rebuild").with(factPublisher())).andExpect(status().isForbidden());
    }
}
