package gr.kentra.reporting.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import gr.kentra.reporting.ReportingIntegrationTest;
import gr.kentra.reporting.TestFact;
import gr.kentra.reporting.aggregate.Aggregates;
import gr.kentra.reporting.indicator.grid.GridQuery;
import gr.kentra.reporting.indicator.grid.NationalGrid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pre-computed distinct persons of months, quarters and years against the exact count over
 * {@code person_month}, at centre, region and national level, after random intake and after a rebuild.
 */
class DistinctPersonsTest extends ReportingIntegrationTest {

    private static final String[][] CENTRES = {{"moschato-tavros", "attica"}, {"elefsina", "attica"},
            {"nea-smyrni", "attica"}, {"mouzaki", "thessaly"}, {"trikala", "thessaly"}, {"chania", "crete"}};

    @Autowired
    GridQuery query;

    @Autowired
    Aggregates aggregates;

    @Test
    void precomputedCountsEqualTheExactCountForEveryMonthQuarterAndYear() throws Exception {
        for (long seed : new long[] {1, 2, 3}) {
            emptyStore();
            deliverRandomFacts(new Random(seed), 600);
            assertPrecomputedEqualsExact();
        }
    }

    @Test
    void aRebuildGivesTheCountsIntakeMaintained() throws Exception {
        emptyStore();
        deliverRandomFacts(new Random(42), 500);
        List<Map<String, Object>> maintained = distinctTables();
        assertThat(maintained).isNotEmpty();

        aggregates.rebuild();

        assertThat(distinctTables()).isEqualTo(maintained);
        assertPrecomputedEqualsExact();
    }

    @Test
    void aCentreThatMovesRegionTakesItsPersonsToTheNewRegion() throws Exception {
        emptyStore();
        deliverRandomFacts(new Random(7), 300);
        // Chania's latest fact now says Thessaly: its persons leave Crete and join Thessaly, for every period.
        deliver(List.of(TestFact.of("REQUEST_OPENED").centre("chania", "thessaly").with("month", "2026-12")
                .person("moved").json()));
        assertThat(jdbc.queryForObject("select region_code from centre where tenant_id = 'chania'", String.class))
                .isEqualTo("thessaly");
        assertThat(jdbc.queryForObject(
                "select count(*) from distinct_persons where scope_level = 'R' and scope_key = 'crete'", Long.class))
                .isZero();
        assertPrecomputedEqualsExact();

        List<Map<String, Object>> maintained = distinctTables();
        aggregates.rebuild();
        assertThat(distinctTables()).isEqualTo(maintained);
    }

    @Test
    void aPersonServedByTwoCentresCountsOnceInTheRegionAndTheCountry() throws Exception {
        emptyStore();
        deliver(List.of(TestFact.of("REQUEST_OPENED").centre("elefsina", "attica").person("anna").json(),
                TestFact.of("REQUEST_OPENED").centre("nea-smyrni", "attica").person("anna").json(),
                TestFact.of("REQUEST_OPENED").centre("mouzaki", "thessaly").person("anna").json()));
        // The same person again in the same month and centre: nothing changes.
        deliver(List.of(TestFact.of("BENEFICIARY_REGISTERED").centre("elefsina", "attica").person("anna").json()));

        NationalGrid year = query.precomputedPersons(new Period(YearMonth.of(2026, 1), YearMonth.of(2026, 12)));

        assertThat(year.grid().rowKeys()).containsExactly("elefsina", "nea-smyrni", "mouzaki");
        assertThat(year.grid().count(0, 0)).isEqualTo(1);
        assertThat(year.grid().count(1, 0)).isEqualTo(1);
        assertThat(year.regionDistinct()).containsExactlyInAnyOrderEntriesOf(Map.of("attica", 1L, "thessaly", 1L));
        assertThat(year.nationalDistinct()).isEqualTo(1);
    }

    @Test
    void onlyCalendarMonthsQuartersAndYearsArePrecomputed() {
        assertThat(period("2026-03", "2026-03").standard()).isTrue();
        assertThat(period("2026-04", "2026-06").standard()).isTrue();
        assertThat(period("2026-01", "2026-12").standard()).isTrue();
        assertThat(period("2026-02", "2026-04").standard()).isFalse();
        assertThat(period("2026-01", "2026-06").standard()).isFalse();
        assertThat(period("2025-01", "2026-12").standard()).isFalse();
        assertThat(period("2025-12", "2026-01").standard()).isFalse();
    }

    private static Period period(String from, String to) {
        return new Period(YearMonth.parse(from), YearMonth.parse(to));
    }

    /** Facts of 80 people over 2025-2026, mostly at one centre, some at another, in batches of random size. */
    private void deliverRandomFacts(Random random, int count) throws Exception {
        List<String> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int person = random.nextInt(80);
            String[] centre = CENTRES[random.nextInt(5) == 0 ? random.nextInt(CENTRES.length) : person % CENTRES.length];
            String month = YearMonth.of(2025 + random.nextInt(2), 1 + random.nextInt(12)).toString();
            String type = random.nextInt(10) == 0 ? "EVENT_HELD" : random.nextBoolean() ? "REQUEST_OPENED"
                    : "BENEFICIARY_REGISTERED";
            TestFact fact = TestFact.of(type).centre(centre[0], centre[1]).with("month", month);
            batch.add(type.equals("EVENT_HELD") ? fact.json() : fact.person("p" + person).json());
            if (random.nextInt(40) == 0 || i == count - 1) {
                deliver(batch);
                batch.clear();
            }
        }
    }

    private void assertPrecomputedEqualsExact() {
        for (int year = 2025; year <= 2026; year++) {
            List<Period> periods = new ArrayList<>();
            for (int month = 1; month <= 12; month++) {
                periods.add(new Period(YearMonth.of(year, month), YearMonth.of(year, month)));
            }
            for (int first = 1; first <= 10; first += 3) {
                periods.add(new Period(YearMonth.of(year, first), YearMonth.of(year, first + 2)));
            }
            periods.add(new Period(YearMonth.of(year, 1), YearMonth.of(year, 12)));
            for (Period period : periods) {
                assertThat(period.standard()).isTrue();
                NationalGrid precomputed = query.precomputedPersons(period);
                NationalGrid exact = query.exactPersons(period);
                assertThat(exact.nationalDistinct()).as("national %s", period).isPositive();
                assertThat(precomputed.grid().rowKeys()).isEqualTo(exact.grid().rowKeys());
                assertThat(precomputed.grid().rowGroups()).isEqualTo(exact.grid().rowGroups());
                for (int r = 0; r < exact.grid().rowCount(); r++) {
                    assertThat(precomputed.grid().count(r, 0)).as("centre %s %s", exact.grid().rowKeys().get(r),
                            period).isEqualTo(exact.grid().count(r, 0));
                }
                assertThat(precomputed.regionDistinct()).as("regions %s", period).isEqualTo(exact.regionDistinct());
                assertThat(precomputed.nationalDistinct()).as("nation %s", period)
                        .isEqualTo(exact.nationalDistinct());
            }
        }
    }

    private List<Map<String, Object>> distinctTables() {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.addAll(jdbc.queryForList("select * from person_presence order by 1, 2, 3, 4"));
        rows.addAll(jdbc.queryForList("select * from distinct_persons order by 1, 2, 3, 4"));
        return rows;
    }
}
