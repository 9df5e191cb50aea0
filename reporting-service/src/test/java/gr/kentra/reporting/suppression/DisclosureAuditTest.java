package gr.kentra.reporting.suppression;

import static gr.kentra.commons.testing.PropertyCheck.forAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import java.util.List;

import gr.kentra.commons.testing.Gen;
import org.junit.jupiter.api.Test;

class DisclosureAuditTest {

    private static final long[][] LARGE_4X4 = {
            {30, 31, 32, 33},
            {34, 35, 36, 37},
            {38, 39, 40, 41},
            {42, 43, 44, 45}};

    @Test
    void aHiddenRectangleOfCellsDisclosesNothing() {
        ProtectedGrid grid = hiding(LARGE_4X4, new int[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});

        assertThat(audit(grid).isEmpty()).isTrue();
        assertThat(IndependentDisclosureCheck.disclosedValues(PublishedValues.of(grid))).isEmpty();
    }

    @Test
    void findsTheCellJoiningTwoHiddenRectanglesThoughEveryRowAndColumnHasTwoHiddenCells() {
        // Two rectangles, rows 0-1 x columns 0-1 and rows 2-3 x columns 2-3, joined by cell (0,2). Every
        // row and column holds at least two hidden cells, yet the joining cell is a bridge: summing the
        // rows 0-1 and columns 0-1 margins leaves it alone.
        ProtectedGrid grid = hiding(LARGE_4X4, new int[][] {
                {0, 0}, {0, 1}, {1, 0}, {1, 1}, {2, 2}, {2, 3}, {3, 2}, {3, 3}, {0, 2}});

        GridLayout layout = new GridLayout(grid.grid());
        BitSet expected = new BitSet();
        expected.set(layout.cell(0, 2));
        assertThat(audit(grid)).isEqualTo(expected);
        assertThat(IndependentDisclosureCheck.disclosedValues(PublishedValues.of(grid))).containsExactly("cell 0,2");
    }

    @Test
    void findsALoneHiddenCell() {
        ProtectedGrid grid = hiding(LARGE_4X4, new int[][] {{1, 2}});

        assertThat(audit(grid).cardinality()).isEqualTo(1);
        assertThat(IndependentDisclosureCheck.disclosedValues(PublishedValues.of(grid))).containsExactly("cell 1,2");
    }

    /** A table that the one-relation-at-a-time heuristic, left alone, protected badly (found by a property test). */
    static final long[][] SPARSE_ONES = {
            {0, 0, 0, 0, 0, 0},
            {0, 0, 0, 0, 0, 0},
            {0, 0, 0, 0, 0, 1},
            {0, 0, 0, 0, 0, 1},
            {0, 0, 0, 0, 1, 0},
            {0, 0, 0, 1, 1, 0}};

    @Test
    void findsARowTotalThatOnlyTheGrandTotalGivesAway() {
        // With k = 2 every 1 is hidden, and every relation has two hidden members. Yet the published row
        // total 2 of the last row and the published column total 2 of the last column, taken from the
        // published grand total 5, leave the row total of row 4 (and its only non-zero cell) at 1.
        Grid grid = SuppressionTest.oneGroup(SPARSE_ONES);
        GridLayout layout = new GridLayout(grid);
        BitSet hidden = new BitSet();
        for (int index : new int[] {layout.cell(2, 5), layout.cell(3, 5), layout.cell(4, 4), layout.cell(5, 3),
                layout.cell(5, 4), layout.rowTotal(2), layout.rowTotal(3), layout.rowTotal(4), layout.columnTotal(3),
                layout.columnTotal(4), layout.groupColumnTotal("attica", 3), layout.groupColumnTotal("attica", 4)}) {
            hidden.set(index);
        }
        ProtectedGrid protectedGrid = new ProtectedGrid(grid, layout, layout.table(grid), hidden);

        BitSet expected = new BitSet();
        expected.set(layout.cell(4, 4));
        expected.set(layout.rowTotal(4));
        assertThat(audit(protectedGrid)).isEqualTo(expected);
        assertThat(IndependentDisclosureCheck.disclosedValues(PublishedValues.of(protectedGrid)))
                .containsExactlyInAnyOrder("cell 4,4", "row total 4");
    }

    @Test
    void fallsBackToBigIntegersWhenLongsWouldOverflow() {
        long big = Long.MAX_VALUE / 2;
        long[][] matrix = {{big, 1, 1}, {1, big, 0}};

        assertThatThrownBy(() -> DisclosureAudit.withLongs(matrix, 3)).isInstanceOf(ArithmeticException.class);
        assertThat(DisclosureAudit.determinedColumns(matrix, 3)).containsExactly(false, false, false);
        assertThat(DisclosureAudit.determinedColumns(new long[][] {{big, big - 1}, {1, 1}}, 2))
                .containsExactly(true, true);
    }

    @Test
    void longAndBigIntegerEliminationAgree() {
        forAll(MATRICES).tries(300).check(matrix -> {
            int width = matrix[0].length;

            assertThat(DisclosureAudit.withLongs(matrix, width))
                    .isEqualTo(DisclosureAudit.withBigIntegers(matrix, width));
        });
    }

    /** One to eight rows of one to six small coefficients. */
    private static final Gen<long[][]> MATRICES = source -> {
        int width = source.upTo(1, 6);
        long[][] matrix = new long[source.upTo(1, 8)][width];
        for (long[] row : matrix) {
            for (int c = 0; c < width; c++) {
                row[c] = source.between(-3L, 3L);
            }
        }
        return matrix;
    };

    private static BitSet audit(ProtectedGrid grid) {
        GridLayout layout = new GridLayout(grid.grid());
        return DisclosureAudit.disclosed(layout.table(grid.grid()), grid.hiddenValues());
    }

    /** A protected grid with exactly the given cells hidden, bypassing the engine's choice. */
    private static ProtectedGrid hiding(long[][] counts, int[][] cells) {
        Grid grid = SuppressionTest.oneGroup(counts);
        GridLayout layout = new GridLayout(grid);
        BitSet hidden = new BitSet();
        for (int[] cell : cells) {
            hidden.set(layout.cell(cell[0], cell[1]));
        }
        return new ProtectedGrid(grid, layout, layout.table(grid), hidden);
    }

    @Test
    void listsHiddenValuesByName() {
        assertThat(PublishedValues.of(hiding(LARGE_4X4, new int[][] {{3, 3}})).hidden())
                .extracting(PublishedValues.Item::name).isEqualTo(List.of("cell 3,3"));
    }
}
