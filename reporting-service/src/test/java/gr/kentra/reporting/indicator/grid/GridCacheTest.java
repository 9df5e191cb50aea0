package gr.kentra.reporting.indicator.grid;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import gr.kentra.reporting.ReportingIntegrationTest;
import gr.kentra.reporting.TestFact;
import gr.kentra.reporting.aggregate.Aggregates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** The national grids are cached until intake or a rebuild touches one of the period's months. */
class GridCacheTest extends ReportingIntegrationTest {

    @Autowired
    Aggregates aggregates;

    @BeforeEach
    void facts() throws Exception {
        emptyStore();
        deliver(requests("moschato-tavros", "2026-03", 20));
    }

    private static List<String> requests(String tenant, String month, int count) {
        List<TestFact> facts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            facts.add(TestFact.of("REQUEST_OPENED").centre(tenant, "attica").with("month", month)
                    .with("category", "GMI_APPLICATION").person(tenant + month + i));
        }
        return TestFact.json(facts);
    }

    private ResultActions yearlyTotal(long requests, long persons) throws Exception {
        return mvc.perform(get("/reports/api/indicators?scope=national&from=2026-01&to=2026-12").with(analyst())
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tables[0].code").value("GEN01"))
                .andExpect(jsonPath("$.tables[0].totals.total.value").value(persons))
                .andExpect(jsonPath("$.tables[2].code").value("GEN03"))
                .andExpect(jsonPath("$.tables[2].totals.total.value").value(requests));
    }

    @Test
    void aCachedGridIsServedUntilIntakeTouchesOneOfItsMonths() throws Exception {
        yearlyTotal(20, 20);
        // Changed behind intake's back (no new stamp): the cached grids are still served, proving they are cached.
        jdbc.update("update fact_yearly_coarse set fact_count = fact_count + 100");
        jdbc.update("update distinct_persons set persons = persons + 100");
        yearlyTotal(20, 20);

        // Intake in another year leaves 2026's stamps, and so its cached grids, alone.
        deliver(requests("moschato-tavros", "2025-06", 3));
        yearlyTotal(20, 20);

        // Intake in a month of the period: every grid of the period is read again.
        deliver(requests("moschato-tavros", "2026-11", 5));
        yearlyTotal(125, 125);
    }

    @Test
    void aNewCentreInvalidatesTheGridsOfEveryPeriodForItIsARowOfEach() throws Exception {
        yearlyTotal(20, 20).andExpect(jsonPath("$.tables[2].rows[*].key", contains("attica")));

        deliver(List.of(TestFact.of("REQUEST_OPENED").centre("mouzaki", "thessaly").with("month", "2025-06")
                .json()));

        yearlyTotal(20, 20).andExpect(jsonPath("$.tables[2].rows[*].key", contains("attica", "thessaly")));
    }

    @Test
    void aRebuildInvalidatesEveryCachedGrid() throws Exception {
        yearlyTotal(20, 20);
        // A repair of the facts (one removed), then the rebuild that follows every repair.
        jdbc.update("delete from indicator_fact where fact_id = (select min(fact_id::text)::uuid from indicator_fact)");
        yearlyTotal(20, 20);

        aggregates.rebuild();

        yearlyTotal(19, 19);
    }
}
