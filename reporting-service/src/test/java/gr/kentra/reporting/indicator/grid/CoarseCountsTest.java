package gr.kentra.reporting.indicator.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import gr.kentra.reporting.ReportingIntegrationTest;
import gr.kentra.reporting.TestFact;
import gr.kentra.reporting.indicator.Period;
import gr.kentra.reporting.indicator.catalogue.Indicator;
import gr.kentra.reporting.indicator.catalogue.IndicatorCatalogue;
import gr.kentra.reporting.indicator.grid.GridQuery.FactSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The coarse monthly and yearly tables give the very grids the detailed monthly table gives. */
class CoarseCountsTest extends ReportingIntegrationTest {

    private static final String[] TYPES = {"BENEFICIARY_REGISTERED", "REQUEST_OPENED", "REQUEST_CLOSED",
            "REFERRAL_SENT", "SESSION_HELD", "GOODS_DISTRIBUTED", "EVENT_HELD", "HOMELESS_REGISTERED"};
    private static final String[][] CATEGORIES = {{null}, {"GMI_APPLICATION", "HOUSING_ALLOWANCE", null},
            {null}, {"DYPA", "NGO"}, {"INDIVIDUAL", "GROUP"}, {"FEAD_FOOD", "FEAD_HYGIENE"}, {"CHILDREN", "ALL"},
            {null}};
    private static final String[] GENDERS = {"FEMALE", "MALE", "NON_BINARY", "UNKNOWN"};

    @Autowired
    GridQuery query;

    @Autowired
    IndicatorCatalogue catalogue;

    @Test
    void coarseMonthlyAndYearlyTablesGiveTheGridsOfTheDetailedTable() throws Exception {
        emptyStore();
        Random random = new Random(11);
        List<TestFact> facts = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            int type = random.nextInt(TYPES.length);
            TestFact fact = TestFact.of(TYPES[type])
                    .centre(random.nextBoolean() ? "elefsina" : "mouzaki", "attica")
                    .with("month", YearMonth.of(2025 + random.nextInt(2), 1 + random.nextInt(12)).toString())
                    .with("category", CATEGORIES[type][random.nextInt(CATEGORIES[type].length)])
                    .with("quantity", 1 + random.nextInt(9));
            if (TYPES[type].equals("REQUEST_CLOSED")) {
                fact.with("outcome", random.nextBoolean() ? "COMPLETED" : "REJECTED");
            }
            if (!TYPES[type].equals("EVENT_HELD")) {
                fact.with("gender", GENDERS[random.nextInt(GENDERS.length)]).person("p" + random.nextInt(50));
            }
            facts.add(fact);
            if (facts.size() == 90) {
                deliver(TestFact.json(facts));
                facts.clear();
            }
        }
        deliver(TestFact.json(facts));

        Period year = new Period(YearMonth.of(2026, 1), YearMonth.of(2026, 12));
        Period twoYears = new Period(YearMonth.of(2025, 1), YearMonth.of(2026, 12));
        Period months = new Period(YearMonth.of(2025, 5), YearMonth.of(2026, 2));
        assertThat(year.wholeYears()).isTrue();
        assertThat(twoYears.wholeYears()).isTrue();
        assertThat(months.wholeYears()).isFalse();
        long compared = 0;
        for (Indicator indicator : catalogue.general()) {
            String measure = switch (indicator.measure()) {
                case COUNT_FACTS -> "fact_count";
                case SUM_QUANTITY -> "quantity_sum";
                default -> null;
            };
            if (measure == null) {
                continue;
            }
            for (Period period : List.of(year, twoYears, months)) {
                NationalGrid detailed = query.facts(indicator, period, measure, FactSource.MONTHLY);
                assertThat(detailed.grid().rowCount()).isEqualTo(2);
                compared += Arrays.stream(detailed.grid().counts()).flatMapToLong(Arrays::stream).sum();
                assertSame(query.facts(indicator, period, measure, FactSource.MONTHLY_COARSE), detailed);
                if (period.wholeYears()) {
                    assertSame(query.facts(indicator, period, measure, FactSource.YEARLY_COARSE), detailed);
                }
                assertSame(query.national(indicator, period), detailed);
            }
        }
        assertThat(compared).as("counts compared").isGreaterThan(1000);
    }

    private static void assertSame(NationalGrid actual, NationalGrid expected) {
        assertThat(actual.grid().rowKeys()).isEqualTo(expected.grid().rowKeys());
        assertThat(actual.grid().columnKeys()).isEqualTo(expected.grid().columnKeys());
        assertThat(actual.grid().counts()).isDeepEqualTo(expected.grid().counts());
    }
}
