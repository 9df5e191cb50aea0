package gr.kentra.reporting.suppression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class SuppressionTest {

    private final Suppression suppression = new Suppression(Suppression.DEFAULT_K);

    @Test
    void hidesASecondCellWhenARowHasOneSmallCell() {
        ProtectedGrid grid = suppression.protect(oneGroup(new long[][] {
                {20, 3, 30},
                {40, 50, 60},
                {25, 35, 45}}));

        assertThat(grid.cellHidden(0, 1)).isTrue();
        assertThat(IntStream.range(0, 3).filter(c -> grid.cellHidden(0, c)).count())
                .as("hidden cells in the small cell's row").isGreaterThanOrEqualTo(2);
        assertThat(IntStream.range(0, 3).filter(r -> grid.cellHidden(r, 1)).count())
                .as("hidden cells in the small cell's column").isGreaterThanOrEqualTo(2);
        assertThat(IndependentDisclosureCheck.disclosedValues(PublishedValues.of(grid))).isEmpty();
    }

    @Test
    void hidesCellsRatherThanLargeTotalsWhenCellsCanProtect() {
        ProtectedGrid grid = suppression.protect(oneGroup(new long[][] {
                {20, 3, 30},
                {40, 50, 60},
                {25, 35, 45}}));

        assertThat(IntStream.range(0, 3).noneMatch(grid::rowTotalHidden)).isTrue();
        assertThat(IntStream.range(0, 3).noneMatch(grid::columnTotalHidden)).isTrue();
        assertThat(grid.grandTotalHidden()).isFalse();
        assertThat(grid.hiddenCount()).isEqualTo(4);
    }

    @Test
    void hidesASmallRowTotal() {
        ProtectedGrid grid = suppression.protect(oneGroup(new long[][] {
                {1, 2, 0},
                {40, 50, 60},
                {25, 35, 45}}));

        assertThat(grid.rowTotal(0)).isEqualTo(3);
        assertThat(grid.rowTotalHidden(0)).isTrue();
        assertThat(grid.cellHidden(0, 0)).isTrue();
        assertThat(grid.cellHidden(0, 1)).isTrue();
        assertThat(IndependentDisclosureCheck.disclosedValues(PublishedValues.of(grid))).isEmpty();
    }

    @Test
    void publishesZeros() {
        ProtectedGrid grid = suppression.protect(oneGroup(new long[][] {
                {0, 12, 30},
                {40, 0, 60},
                {0, 0, 0}}));

        assertThat(grid.hiddenCount()).isZero();
        assertThat(grid.rowTotal(2)).isZero();
        assertThat(grid.rowTotalHidden(2)).isFalse();
    }

    @Test
    void publishesAZeroCellEvenInARowWithSmallCells() {
        ProtectedGrid grid = suppression.protect(oneGroup(new long[][] {
                {2, 0, 30},
                {40, 1, 60},
                {25, 35, 45}}));

        assertThat(grid.cellHidden(0, 1)).isFalse();
        assertThat(grid.cellHidden(0, 0)).isTrue();
        assertThat(grid.cellHidden(1, 1)).isTrue();
    }

    @Test
    void hidesNothingWhenKIsOne() {
        ProtectedGrid grid = new Suppression(1).protect(oneGroup(new long[][] {
                {1, 2, 1},
                {1, 0, 3}}));

        assertThat(grid.hiddenCount()).isZero();
    }

    @Test
    void hidesCountsBelowTheConfiguredK() {
        Grid counts = oneGroup(new long[][] {
                {7, 30, 30},
                {40, 50, 60}});

        assertThat(new Suppression(5).protect(counts).cellHidden(0, 0)).isFalse();
        assertThat(new Suppression(10).protect(counts).cellHidden(0, 0)).isTrue();
        assertThat(new Suppression(8).k()).isEqualTo(8);
    }

    @Test
    void refusesAKBelowOne() {
        assertThatThrownBy(() -> new Suppression(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsTheSmallCellsOfARegionsOnlyCentreOutOfTheRegionsTotals() {
        Grid counts = new Grid(List.of("moschato-tavros", "elefsina", "nea-smyrni", "mouzaki"),
                List.of("attica", "attica", "attica", "thessaly"), List.of("FEMALE", "MALE"),
                new long[][] {{40, 35}, {22, 28}, {60, 51}, {2, 19}});

        ProtectedGrid grid = suppression.protect(counts);

        assertThat(grid.cellHidden(3, 0)).isTrue();
        assertThat(grid.groupColumnTotal("thessaly", 0)).isEqualTo(2);
        assertThat(grid.groupColumnTotalHidden("thessaly", 0)).as("it equals the hidden cell").isTrue();
        assertThat(grid.groupTotalHidden("thessaly")).isEqualTo(grid.rowTotalHidden(3));
        assertThat(IndependentDisclosureCheck.disclosedValues(PublishedValues.of(grid))).isEmpty();
    }

    @Test
    void protectsATableWithOneRow() {
        ProtectedGrid grid = suppression.protect(oneGroup(new long[][] {{3, 40, 50}}));

        assertThat(grid.cellHidden(0, 0)).isTrue();
        assertThat(grid.columnTotalHidden(0)).as("the column total is that very cell").isTrue();
        assertThat(IndependentDisclosureCheck.disclosedValues(PublishedValues.of(grid))).isEmpty();
    }

    @Test
    void refusesAGroupThatNoRowBelongsTo() {
        ProtectedGrid grid = suppression.protect(oneGroup(new long[][] {{30, 40}}));

        assertThatThrownBy(() -> grid.groupTotalHidden("crete")).isInstanceOf(IllegalArgumentException.class);
    }

    static Grid oneGroup(long[][] counts) {
        return new Grid(IntStream.range(0, counts.length).mapToObj(r -> "centre-" + r).toList(),
                IntStream.range(0, counts.length).mapToObj(r -> "attica").toList(),
                IntStream.range(0, counts[0].length).mapToObj(c -> "column-" + c).toList(), counts);
    }
}
