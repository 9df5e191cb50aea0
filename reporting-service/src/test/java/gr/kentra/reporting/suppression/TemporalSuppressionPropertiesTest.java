package gr.kentra.reporting.suppression;

import static gr.kentra.commons.testing.PropertyCheck.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import gr.kentra.commons.testing.Gen;
import org.junit.jupiter.api.Test;

/**
 * Months are published one by one and as periods (quarters, years, any range): the tables of the months and of
 * the period, read together as one system of equations over the months' cells, must determine no hidden value
 * of any of them. Checked with the independent rank test, not with the engine's own audit.
 */
class TemporalSuppressionPropertiesTest {

    @Test
    void aPeriodAndItsMonthsTogetherDetermineNoHiddenValue() {
        forAll(CASES).tries(200).check(given -> {
            List<Grid> months = given.months();
            Suppression suppression = new Suppression(given.k());
            List<ProtectedGrid> monthly = months.stream().map(suppression::protect).toList();
            ProtectedGrid period = byItsMonths(suppression, months, monthly);

            assertThat(IndependentDisclosureCheck.disclosedValues(together(monthly, period))).isEmpty();
        });
    }

    @Test
    void everyValueAPeriodPublishesIsASumOfValuesItsMonthsPublish() {
        forAll(CASES).tries(200).check(given -> {
            List<Grid> months = given.months();
            int k = given.k();
            Suppression suppression = new Suppression(k);
            List<ProtectedGrid> monthly = months.stream().map(suppression::protect).toList();
            ProtectedGrid period = byItsMonths(suppression, months, monthly);

            List<PublishedValues.Item> periodItems = PublishedValues.of(period).items();
            for (int i = 0; i < periodItems.size(); i++) {
                PublishedValues.Item item = periodItems.get(i);
                long sumOfMonths = 0;
                boolean everyMonthPublishes = true;
                for (ProtectedGrid month : monthly) {
                    PublishedValues.Item counterpart = PublishedValues.of(month).items().get(i);
                    sumOfMonths += counterpart.value();
                    everyMonthPublishes &= !counterpart.hidden();
                }
                assertThat(item.value()).as(item.name()).isEqualTo(sumOfMonths);
                if (!item.hidden()) {
                    assertThat(everyMonthPublishes).as(item.name() + " published over a hidden month").isTrue();
                }
                if (item.value() > 0 && item.value() < k) {
                    assertThat(item.hidden()).as(item.name()).isTrue();
                }
            }
        });
    }

    /** Why periods need this: the same period protected on its own gives a hidden month away. */
    @Test
    void aPeriodProtectedOnItsOwnWouldGiveAHiddenMonthAway() {
        Suppression suppression = new Suppression(5);
        Grid january = grid(new long[][] {{3, 20}, {30, 40}});
        Grid february = grid(new long[][] {{10, 20}, {30, 40}});
        List<ProtectedGrid> monthly = List.of(suppression.protect(january), suppression.protect(february));

        ProtectedGrid alone = suppression.protect(sum(List.of(january, february)));
        assertThat(IndependentDisclosureCheck.disclosedValues(together(monthly, alone)))
                .as("January's 3 = the period's 13 minus February's 10").isNotEmpty();

        Set<String> hiddenInMonths = new HashSet<>(monthly.get(0).hiddenKeys());
        ProtectedGrid byMonths = suppression.protectWithin(sum(List.of(january, february)), hiddenInMonths);
        assertThat(IndependentDisclosureCheck.disclosedValues(together(monthly, byMonths))).isEmpty();
        assertThat(byMonths.cellHidden(0, 0)).isTrue();
    }

    /** Two to four months of the same centres and columns, and a threshold k. */
    record Case(List<Grid> months, int k) {
    }

    private static final Gen<Case> CASES = source -> {
        int rows = source.upTo(1, 5);
        int columns = source.upTo(1, 4);
        int monthCount = source.upTo(2, 4);
        List<String> centres = IntStream.range(0, rows).mapToObj(i -> "centre-" + i).toList();
        List<String> groups = IntStream.range(0, rows).mapToObj(i -> source.oneOf("attica", "thessaly")).toList();
        List<String> columnKeys = IntStream.range(0, columns).mapToObj(j -> "column-" + j).toList();
        List<Grid> months = IntStream.range(0, monthCount).mapToObj(m -> new Grid(centres, groups, columnKeys,
                SuppressionPropertiesTest.counts(source, rows, columns))).toList();
        return new Case(months, source.between(2, 6));
    };

    private static ProtectedGrid byItsMonths(Suppression suppression, List<Grid> months,
            List<ProtectedGrid> monthly) {
        Set<String> hiddenInMonths = new HashSet<>();
        monthly.forEach(grid -> hiddenInMonths.addAll(grid.hiddenKeys()));
        return suppression.protectWithin(sum(months), hiddenInMonths);
    }

    private static Grid grid(long[][] counts) {
        return new Grid(List.of("centre-0", "centre-1"), List.of("attica", "attica"), List.of("a", "b"), counts);
    }

    private static Grid sum(List<Grid> months) {
        Grid first = months.getFirst();
        long[][] total = new long[first.rowCount()][first.columnCount()];
        for (Grid month : months) {
            for (int r = 0; r < first.rowCount(); r++) {
                for (int c = 0; c < first.columnCount(); c++) {
                    total[r][c] += month.count(r, c);
                }
            }
        }
        return new Grid(first.rowKeys(), first.rowGroups(), first.columnKeys(), total);
    }

    /**
     * One system over every month's cells: each month's values cover that month's cells, each period value
     * covers its cells in every month.
     */
    private static PublishedValues together(List<ProtectedGrid> monthly, ProtectedGrid period) {
        int perMonth = period.grid().rowCount() * period.grid().columnCount();
        int months = monthly.size();
        List<PublishedValues.Item> items = new ArrayList<>();
        for (int m = 0; m < months; m++) {
            for (PublishedValues.Item item : PublishedValues.of(monthly.get(m)).items()) {
                boolean[] cells = new boolean[perMonth * months];
                System.arraycopy(item.cells(), 0, cells, m * perMonth, perMonth);
                items.add(new PublishedValues.Item("month " + m + " " + item.name(), item.value(), item.hidden(),
                        cells));
            }
        }
        for (PublishedValues.Item item : PublishedValues.of(period).items()) {
            boolean[] cells = new boolean[perMonth * months];
            for (int m = 0; m < months; m++) {
                System.arraycopy(item.cells(), 0, cells, m * perMonth, perMonth);
            }
            items.add(new PublishedValues.Item("period " + item.name(), item.value(), item.hidden(), cells));
        }
        Grid stacked = stacked(monthly);
        return new PublishedValues(stacked, items);
    }

    private static Grid stacked(List<ProtectedGrid> monthly) {
        Grid first = monthly.getFirst().grid();
        List<String> rows = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<long[]> counts = new ArrayList<>();
        for (int m = 0; m < monthly.size(); m++) {
            Grid month = monthly.get(m).grid();
            for (int r = 0; r < month.rowCount(); r++) {
                rows.add("month-" + m + "-" + month.rowKeys().get(r));
                groups.add(month.rowGroups().get(r));
                counts.add(month.counts()[r]);
            }
        }
        return new Grid(rows, groups, first.columnKeys(), counts.toArray(long[][]::new));
    }
}
