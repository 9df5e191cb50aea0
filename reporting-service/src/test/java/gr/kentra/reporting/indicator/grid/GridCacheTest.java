package gr.kentra.reporting.indicator.grid;

import static org.assertj.core.api.Assertions.assertThat;
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

    @Autowired
    GridCache cache;

    @Autowired
    gr.kentra.reporting.indicator.catalogue.IndicatorCatalogue catalogue;

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

    /**
     * GEN06 and GEN13 are protected as one linked table: their grids are published together, an older pair is served
     * while the newer one is protected (the refresh asked, nothing computed on the request thread), and a pair whose
     * members are of two stamps is never served: it is computed anew.
     */
    @Test
    void linkedTablesArePublishedTogetherAndNeverServedFromTwoStamps() {
        List<gr.kentra.reporting.indicator.catalogue.Indicator> group = catalogue.breakdownGroup(
                catalogue.generalIndicator("GEN13").orElseThrow());
        gr.kentra.reporting.indicator.Period year = new gr.kentra.reporting.indicator.Period(
                java.time.YearMonth.of(2019, 1), java.time.YearMonth.of(2019, 12));
        java.time.Instant now = java.time.Instant.now();
        Runnable noRefresh = () -> {
            throw new AssertionError("nothing older is published");
        };
        java.util.function.Supplier<java.util.Map<String, GridCache.Cached>> notHere = () -> {
            throw new AssertionError("computed on the request thread");
        };

        assertStamps(cache.linked(group, year, 10, now, () -> pair(group, 10), noRefresh), 10);
        assertStamps(cache.linked(group, year, 10, now, notHere, noRefresh), 10);

        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        assertStamps(cache.linked(group, year, 11, now, notHere, asked::incrementAndGet), 10);
        assertThat(asked).hasValue(1);
        cache.computeLinked(group, year, 11, () -> pair(group, 11));
        assertStamps(cache.linked(group, year, 11, now, notHere, noRefresh), 11);

        // A refresh of an older stamp landing after a newer pair leaves the newer pair alone.
        cache.computeLinked(group, year, 13, () -> pair(group, 13));
        cache.computeLinked(group, year, 12, () -> pair(group, 12));
        assertStamps(cache.linked(group, year, 13, now, notHere, noRefresh), 13);

        // One member newer alone (a single table kept on its own): the two are computed anew, not served mixed.
        cache.get(group.getFirst(), year, 14, () -> new GridCache.Cached(14, null, null, null));
        assertStamps(cache.linked(group, year, 15, now, () -> pair(group, 15), noRefresh), 15);
    }

    private static java.util.Map<String, GridCache.Cached> pair(
            List<gr.kentra.reporting.indicator.catalogue.Indicator> group, long stamp) {
        java.util.Map<String, GridCache.Cached> grids = new java.util.LinkedHashMap<>();
        group.forEach(member -> grids.put(member.code(), new GridCache.Cached(stamp, null, null, null)));
        return grids;
    }

    private static void assertStamps(java.util.Map<String, GridCache.Cached> grids, long stamp) {
        assertThat(grids).containsOnlyKeys("GEN06", "GEN13");
        assertThat(grids.values()).extracting(GridCache.Cached::stamp).containsOnly(stamp);
    }
}
