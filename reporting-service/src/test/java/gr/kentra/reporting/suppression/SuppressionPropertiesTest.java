package gr.kentra.reporting.suppression;

import static gr.kentra.commons.testing.PropertyCheck.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import gr.kentra.commons.testing.Gen;
import gr.kentra.commons.testing.Source;
import org.junit.jupiter.api.Test;

class SuppressionPropertiesTest {

    @Test
    void hidesEveryPublishedValueBelowK() {
        forAll(CASES).tries(400).check(given -> {
            Grid grid = given.grid();
            int k = given.k();
            PublishedValues values = PublishedValues.of(new Suppression(k).protect(grid));

            assertThat(values.items()).filteredOn(item -> item.value() > 0 && item.value() < k)
                    .allMatch(PublishedValues.Item::hidden);
        });
    }

    @Test
    void leavesNoHiddenValueDeterminedByThePublishedOnes() {
        forAll(CASES).tries(400).check(given -> {
            Grid grid = given.grid();
            int k = given.k();
            PublishedValues values = PublishedValues.of(new Suppression(k).protect(grid));

            assertThat(IndependentDisclosureCheck.disclosedValues(values)).isEmpty();
        });
    }

    /*
     * The general path (no rectangles, only the one-relation heuristic) leaves disclosures often, so this
     * exercises the audit-and-repair loop itself.
     */
    @Test
    void repairsEveryDisclosureOfTheOneRelationHeuristic() {
        forAll(CASES).tries(300).check(given -> {
            Grid grid = given.grid();
            int k = given.k();
            GridLayout layout = new GridLayout(grid);
            LinearTable table = layout.table(grid);
            ProtectedGrid protectedGrid = new ProtectedGrid(grid, layout, table, new Suppression(k).protect(table));

            PublishedValues values = PublishedValues.of(protectedGrid);
            assertThat(IndependentDisclosureCheck.disclosedValues(values)).isEmpty();
            assertThat(values.items()).filteredOn(item -> item.value() > 0 && item.value() < k)
                    .allMatch(PublishedValues.Item::hidden);
        });
    }

    @Test
    void neverLeavesHiddenCellsOfAPublishedTotalThatMustAllBeOnes() {
        forAll(CASES).tries(300).check(given -> {
            Grid grid = given.grid();
            int k = given.k();
            PublishedValues values = PublishedValues.of(new Suppression(k).protect(grid));

            for (PublishedValues.Item total : values.shown()) {
                List<PublishedValues.Item> hiddenCells = values.hidden().stream()
                        .filter(item -> item.name().startsWith("cell ") && covers(total, item)).toList();
                long sum = hiddenCells.stream().mapToLong(PublishedValues.Item::value).sum();
                assertThat(hiddenCells.isEmpty() || sum > hiddenCells.size())
                        .as("hidden cells %s of published %s", hiddenCells, total.name()).isTrue();
            }
        });
    }

    @Test
    void publishesTheTrueCountsAndNeverHidesAZero() {
        forAll(CASES).tries(300).check(given -> {
            Grid grid = given.grid();
            int k = given.k();
            long[][] before = grid.counts();
            ProtectedGrid protectedGrid = new Suppression(k).protect(grid);
            PublishedValues values = PublishedValues.of(protectedGrid);

            assertThat(protectedGrid.grid()).isEqualTo(grid);
            assertThat(grid.counts()).isDeepEqualTo(before);
            assertThat(values.items()).allMatch(item -> item.value() == values.sumOfCells(item));
            assertThat(values.items()).filteredOn(item -> item.value() == 0).noneMatch(PublishedValues.Item::hidden);
            assertThat(protectedGrid.hiddenCount()).isEqualTo(values.hidden().size());
        });
    }

    @Test
    void hidesTheSameValuesEveryTime() {
        forAll(CASES).tries(200).check(given -> {
            Grid grid = given.grid();
            int k = given.k();
            Grid copy = new Grid(grid.rowKeys(), grid.rowGroups(), grid.columnKeys(), grid.counts());

            List<Boolean> first = hiddenFlags(new Suppression(k).protect(grid));
            List<Boolean> second = hiddenFlags(new Suppression(k).protect(copy));

            assertThat(second).isEqualTo(first);
        });
    }

    @Test
    void hidesNothingWhenKIsOne() {
        forAll(GRIDS).tries(100).check(grid -> assertThat(new Suppression(1).protect(grid).hiddenCount()).isZero());
    }

    /** A grid and a threshold k. */
    record Case(Grid grid, int k) {
    }

    private static final Gen<Grid> GRIDS = source -> grid(source, source.upTo(1, 8), source.upTo(1, 6));

    private static final Gen<Case> CASES = source -> new Case(GRIDS.next(source), source.between(2, 10));

    /** Centres in random regions; counts zero, 1-9 or 10-40, in the ratio 3 : 4 : 3. */
    static Grid grid(Source source, int rows, int columns) {
        List<String> groups = IntStream.range(0, rows).mapToObj(i -> source.oneOf("attica", "thessaly", "crete"))
                .toList();
        return new Grid(IntStream.range(0, rows).mapToObj(i -> "centre-" + i).toList(), groups,
                IntStream.range(0, columns).mapToObj(j -> "column-" + j).toList(), counts(source, rows, columns));
    }

    static long[][] counts(Source source, int rows, int columns) {
        long[][] counts = new long[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                counts[r][c] = count(source);
            }
        }
        return counts;
    }

    private static long count(Source source) {
        int roll = source.between(1, 10);
        return roll <= 3 ? 0 : roll <= 7 ? source.between(1L, 9L) : source.between(10L, 40L);
    }

    private static boolean covers(PublishedValues.Item total, PublishedValues.Item cell) {
        for (int i = 0; i < cell.cells().length; i++) {
            if (cell.cells()[i] && !total.cells()[i]) {
                return false;
            }
        }
        return true;
    }

    private static List<Boolean> hiddenFlags(ProtectedGrid grid) {
        return PublishedValues.of(grid).items().stream().map(PublishedValues.Item::hidden).toList();
    }
}
