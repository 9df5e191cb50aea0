package gr.kentra.reporting.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class SuppressionPropertiesTest {

    @Property(tries = 400)
    void hidesEveryPublishedValueBelowK(@ForAll("grids") Grid grid, @ForAll @IntRange(min = 2, max = 10) int k) {
        PublishedValues values = PublishedValues.of(new Suppression(k).protect(grid));

        assertThat(values.items()).filteredOn(item -> item.value() > 0 && item.value() < k)
                .allMatch(PublishedValues.Item::hidden);
    }

    @Property(tries = 400)
    void leavesNoHiddenValueDeterminedByThePublishedOnes(@ForAll("grids") Grid grid,
            @ForAll @IntRange(min = 2, max = 10) int k) {
        PublishedValues values = PublishedValues.of(new Suppression(k).protect(grid));

        assertThat(IndependentDisclosureCheck.disclosedValues(values)).isEmpty();
    }

    /*
     * The general path (no rectangles, only the one-relation heuristic) leaves disclosures often, so this
     * exercises the audit-and-repair loop itself.
     */
    @Property(tries = 300)
    void repairsEveryDisclosureOfTheOneRelationHeuristic(@ForAll("grids") Grid grid,
            @ForAll @IntRange(min = 2, max = 10) int k) {
        GridLayout layout = new GridLayout(grid);
        LinearTable table = layout.table(grid);
        ProtectedGrid protectedGrid = new ProtectedGrid(grid, layout, table, new Suppression(k).protect(table));

        PublishedValues values = PublishedValues.of(protectedGrid);
        assertThat(IndependentDisclosureCheck.disclosedValues(values)).isEmpty();
        assertThat(values.items()).filteredOn(item -> item.value() > 0 && item.value() < k)
                .allMatch(PublishedValues.Item::hidden);
    }

    @Property(tries = 300)
    void neverLeavesHiddenCellsOfAPublishedTotalThatMustAllBeOnes(@ForAll("grids") Grid grid,
            @ForAll @IntRange(min = 2, max = 10) int k) {
        PublishedValues values = PublishedValues.of(new Suppression(k).protect(grid));

        for (PublishedValues.Item total : values.shown()) {
            List<PublishedValues.Item> hiddenCells = values.hidden().stream()
                    .filter(item -> item.name().startsWith("cell ") && covers(total, item)).toList();
            long sum = hiddenCells.stream().mapToLong(PublishedValues.Item::value).sum();
            assertThat(hiddenCells.isEmpty() || sum > hiddenCells.size())
                    .as("hidden cells %s of published %s", hiddenCells, total.name()).isTrue();
        }
    }

    @Property(tries = 300)
    void publishesTheTrueCountsAndNeverHidesAZero(@ForAll("grids") Grid grid,
            @ForAll @IntRange(min = 2, max = 10) int k) {
        long[][] before = grid.counts();
        ProtectedGrid protectedGrid = new Suppression(k).protect(grid);
        PublishedValues values = PublishedValues.of(protectedGrid);

        assertThat(protectedGrid.grid()).isEqualTo(grid);
        assertThat(grid.counts()).isDeepEqualTo(before);
        assertThat(values.items()).allMatch(item -> item.value() == values.sumOfCells(item));
        assertThat(values.items()).filteredOn(item -> item.value() == 0).noneMatch(PublishedValues.Item::hidden);
        assertThat(protectedGrid.hiddenCount()).isEqualTo(values.hidden().size());
    }

    @Property(tries = 200)
    void hidesTheSameValuesEveryTime(@ForAll("grids") Grid grid, @ForAll @IntRange(min = 2, max = 10) int k) {
        Grid copy = new Grid(grid.rowKeys(), grid.rowGroups(), grid.columnKeys(), grid.counts());

        List<Boolean> first = hiddenFlags(new Suppression(k).protect(grid));
        List<Boolean> second = hiddenFlags(new Suppression(k).protect(copy));

        assertThat(second).isEqualTo(first);
    }

    @Property(tries = 100)
    void hidesNothingWhenKIsOne(@ForAll("grids") Grid grid) {
        assertThat(new Suppression(1).protect(grid).hiddenCount()).isZero();
    }

    @Provide
    Arbitrary<Grid> grids() {
        Arbitrary<Long> count = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(0L)),
                net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(1, 9)),
                net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(10, 40)));
        Arbitrary<Integer> rows = Arbitraries.integers().between(1, 8);
        Arbitrary<Integer> columns = Arbitraries.integers().between(1, 6);
        return Combinators.combine(rows, columns).flatAs((r, c) -> Combinators.combine(
                Arbitraries.of("attica", "thessaly", "crete").list().ofSize(r),
                count.array(long[].class).ofSize(c).array(long[][].class).ofSize(r))
                .as((groups, counts) -> new Grid(IntStream.range(0, r).mapToObj(i -> "centre-" + i).toList(), groups,
                        IntStream.range(0, c).mapToObj(j -> "column-" + j).toList(), counts)));
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
