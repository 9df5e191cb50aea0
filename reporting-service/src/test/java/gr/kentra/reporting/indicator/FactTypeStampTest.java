package gr.kentra.reporting.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import gr.kentra.reporting.ReportingIntegrationTest;
import gr.kentra.reporting.TestFact;
import gr.kentra.commons.facts.FactType;
import gr.kentra.reporting.indicator.catalogue.Indicator;
import gr.kentra.reporting.indicator.catalogue.IndicatorCatalogue;
import gr.kentra.reporting.indicator.grid.GridCache;
import gr.kentra.reporting.indicator.grid.GridQuery;
import gr.kentra.reporting.indicator.grid.NationalGrid;
import gr.kentra.reporting.indicator.report.SuppressionProperties;
import gr.kentra.reporting.suppression.Grid;
import gr.kentra.reporting.suppression.Suppression;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Intake invalidates the cached grid of an indicator exactly when it brings a fact type the indicator reads.
 * The judge is independent of the stamps: the indicator's grid read afresh from the aggregates before and
 * after the intake. Every intake below changes the numbers of each indicator reading its type (a new person,
 * a new fact, a positive quantity), so "changed" and "reads the type" coincide.
 */
class FactTypeStampTest extends ReportingIntegrationTest {

    private static final Period YEAR = new Period(YearMonth.of(2026, 1), YearMonth.of(2026, 12));

    @Autowired
    GridCache cache;

    @Autowired
    GridQuery query;

    @Autowired
    IndicatorCatalogue catalogue;

    @Autowired
    SuppressionProperties suppression;

    private int people;

    @BeforeEach
    void emptied() {
        emptyStore();
    }

    /** One fact of a type in moschato-tavros, about a person never seen before; an event of 12 people. */
    private String fact(FactType type, String month) {
        TestFact fact = TestFact.of(type.name()).with("month", month).with("category", "GMI_APPLICATION");
        if (type == FactType.REQUEST_CLOSED || type == FactType.REFERRAL_CLOSED) {
            fact.with("outcome", "COMPLETED");
        }
        if (type.aboutAPerson()) {
            fact.person("person-" + people++);
        } else {
            fact.with("quantity", 12);
        }
        return fact.json();
    }

    /** Every type that is a fact to count (an erasure is applied, never stored or counted). */
    private static final List<FactType> COUNTED = java.util.Arrays.stream(FactType.values())
            .filter(type -> !type.erasure()).toList();

    @Test
    void intakeRefreshesTheCachedGridsOfTheIndicatorsReadingItsTypeAndNoOther() throws Exception {
        List<String> facts = new ArrayList<>();
        for (FactType type : COUNTED) {
            facts.add(fact(type, "2026-02"));
            TestFact elsewhere = TestFact.of(type.name()).centre("mouzaki", "thessaly").with("month", "2026-04")
                    .with("category", "GROUP").with("operation", "5001911");
            facts.add((type.aboutAPerson() ? elsewhere.person("someone-in-mouzaki") : elsewhere).json());
        }
        deliver(facts);
        List<Indicator> indicators = catalogue.general();
        for (FactType type : COUNTED) {
            warmTheCache();
            Map<String, Grid> before = fresh(indicators);

            deliver(List.of(fact(type, "2026-06")));

            Map<String, Grid> after = fresh(indicators);
            List<String> changed = new ArrayList<>();
            List<String> refreshed = new ArrayList<>();
            for (Indicator indicator : indicators) {
                if (!before.get(indicator.code()).equals(after.get(indicator.code()))) {
                    changed.add(indicator.code());
                }
                if (refreshes(indicator)) {
                    refreshed.add(indicator.code());
                }
            }
            assertThat(refreshed).as("grids read again after intake of %s", type).isEqualTo(changed);
            // Never vacuous: every type is counted by unique persons (GEN01) or the events (GEN11, GEN12), and
            // no intake touches every indicator.
            assertThat(changed).as("indicators changed by %s", type).isNotEmpty().hasSizeLessThan(indicators.size());
        }
    }

    @Test
    void unrelatedIntakeLeavesTheServedNumbersAsCachedAndRelatedIntakeRefreshesThem() throws Exception {
        List<String> facts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            facts.add(fact(FactType.REQUEST_OPENED, "2026-02"));
            facts.add(fact(FactType.SESSION_HELD, "2026-02"));
        }
        deliver(facts);
        warmTheCache();
        // Changed behind intake's back (one yearly row each): only a grid read again can show it.
        jdbc.update("update fact_yearly_coarse set fact_count = fact_count + 100");

        // Five, so that June's own table publishes its sessions and the year may publish its total.
        List<String> june = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            june.add(fact(FactType.SESSION_HELD, "2026-06"));
        }
        deliver(june);

        String report = yearlyTable();
        // Requests (GEN03) are served as cached; sessions (GEN07) are read again, tampering included.
        assertThat(total(report, "GEN03")).isEqualTo(10);
        assertThat(total(report, "GEN07")).isEqualTo(10 + 100 + 5);
    }

    /**
     * The request reads its month stamps once for every indicator: a yearly table served right after a month
     * changed is protected by that month's new protection, never by what the month hid at its older stamp.
     */
    @Test
    void aYearlyTableRightAfterAMonthChangedHidesWhatTheMonthNowHides() throws Exception {
        List<String> facts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            facts.add(session("moschato-tavros", "attica", "2026-02"));
            facts.add(session("mouzaki", "thessaly", "2026-02"));
            facts.add(session("mouzaki", "thessaly", "2026-06")); // June protected (nothing hidden) and kept
        }
        deliver(facts);
        assertThat(centreYearTotal()).as("moschato-tavros's 10 sessions of 2026, no month hiding any").isEqualTo(10);

        deliver(List.of(session("moschato-tavros", "attica", "2026-06"),
                session("moschato-tavros", "attica", "2026-06")));

        // 12 in the year, but June's 2 are hidden in June's table: 12 minus February's 10 would give them away.
        String report = centreYear();
        List<Object> suppressed = com.jayway.jsonpath.JsonPath.read(report,
                "$.tables[?(@.code == 'GEN07')].totals.total.suppressed");
        List<Object> value = com.jayway.jsonpath.JsonPath.read(report,
                "$.tables[?(@.code == 'GEN07')].totals.total.value");
        assertThat(suppressed).containsExactly(true);
        assertThat(value).containsExactly((Object) null);
    }

    private String session(String centre, String region, String month) {
        return TestFact.of(FactType.SESSION_HELD.name()).centre(centre, region).with("month", month)
                .with("category", "INDIVIDUAL").with("operation", "5001911").person("person-" + people++).json();
    }

    private String centreYear() throws Exception {
        return mvc.perform(get("/reports/api/indicators?scope=centre:moschato-tavros&from=2026-01&to=2026-12")
                        .with(analyst()).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long centreYearTotal() throws Exception {
        return total(centreYear(), "GEN07");
    }

    private void warmTheCache() throws Exception {
        yearlyTable();
    }

    private String yearlyTable() throws Exception {
        return mvc.perform(get("/reports/api/indicators?scope=national&from=2026-01&to=2026-12").with(analyst())
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static long total(String report, String code) {
        Object total = com.jayway.jsonpath.JsonPath.read(report,
                "$.tables[?(@.code == '" + code + "')].totals.total.value");
        return ((Number) ((List<?>) total).getFirst()).longValue();
    }

    private Map<String, Grid> fresh(List<Indicator> indicators) {
        Map<String, Grid> grids = new HashMap<>();
        indicators.forEach(indicator -> grids.put(indicator.code(), query.national(indicator, YEAR).grid()));
        return grids;
    }

    /** Whether the cache, asked as a report asks it, computes the grid again (and keeps the new one). */
    private boolean refreshes(Indicator indicator) {
        AtomicBoolean computed = new AtomicBoolean();
        GridCache.Stamps stamps = cache.stamps(YEAR);
        long stamp = stamps.of(indicator);
        cache.get(indicator, YEAR, stamp, () -> {
            computed.set(true);
            NationalGrid read = query.national(indicator, YEAR);
            return new GridCache.Cached(stamp, stamps.readAt(), read,
                    new Suppression(suppression.k()).protect(read.grid()));
        });
        return computed.get();
    }
}
