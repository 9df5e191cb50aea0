package gr.kentra.reporting.suppression;

import java.util.List;

/**
 * Grid-specific first guess at complementary suppression, after the hypercube method: every hidden cell
 * gets a rectangle of hidden cells (its row, another row of the same group, its column and another
 * column). A rectangle survives every row, column and group-column relation, so the exact audit that
 * follows usually has little left to repair. The one-relation heuristic tends to build chains instead,
 * and a chain's end is always disclosed. Zeros cannot take part: they are published.
 */
final class RectangleCover {

    private final GridLayout layout;
    private final int rows;
    private final int columns;
    private final int[] groupOfRow;

    RectangleCover(Grid grid, GridLayout layout) {
        this.layout = layout;
        this.rows = grid.rowCount();
        this.columns = grid.columnCount();
        this.groupOfRow = new int[rows];
        List<String> groups = grid.groups();
        for (int r = 0; r < rows; r++) {
            groupOfRow[r] = groups.indexOf(grid.rowGroups().get(r));
        }
    }

    /** Gives every hidden cell that lacks one its cheapest rectangle; true if anything was hidden. */
    boolean cover(HidingState state) {
        boolean changed = false;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (state.isHidden(layout.cell(r, c)) && !inHiddenRectangle(state, r, c)) {
                    changed |= hideCheapestRectangle(state, r, c);
                }
            }
        }
        return changed;
    }

    private boolean inHiddenRectangle(HidingState state, int row, int column) {
        for (int otherRow = 0; otherRow < rows; otherRow++) {
            if (otherRow == row || groupOfRow[otherRow] != groupOfRow[row] || !hidden(state, otherRow, column)) {
                continue;
            }
            for (int otherColumn = 0; otherColumn < columns; otherColumn++) {
                if (otherColumn != column && hidden(state, row, otherColumn) && hidden(state, otherRow, otherColumn)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Cheapest = least total value newly hidden; ties go to the lowest row, then column. */
    private boolean hideCheapestRectangle(HidingState state, int row, int column) {
        long bestCost = Long.MAX_VALUE;
        int bestRow = -1;
        int bestColumn = -1;
        for (int otherRow = 0; otherRow < rows; otherRow++) {
            if (otherRow == row || groupOfRow[otherRow] != groupOfRow[row]) {
                continue;
            }
            for (int otherColumn = 0; otherColumn < columns; otherColumn++) {
                if (otherColumn == column) {
                    continue;
                }
                long cost = cost(state, row, otherColumn, otherRow, column, otherRow, otherColumn);
                if (cost < bestCost) {
                    bestCost = cost;
                    bestRow = otherRow;
                    bestColumn = otherColumn;
                }
            }
        }
        if (bestRow < 0) {
            return false;
        }
        state.hide(layout.cell(row, bestColumn));
        state.hide(layout.cell(bestRow, column));
        state.hide(layout.cell(bestRow, bestColumn));
        return true;
    }

    /** The value newly hidden by hiding the three cells, or Long.MAX_VALUE if one of them is a zero. */
    private long cost(HidingState state, int... rowColumnPairs) {
        long cost = 0;
        for (int i = 0; i < rowColumnPairs.length; i += 2) {
            int cell = layout.cell(rowColumnPairs[i], rowColumnPairs[i + 1]);
            if (!state.isHidden(cell)) {
                if (!state.isCandidate(cell)) {
                    return Long.MAX_VALUE;
                }
                cost += state.table().value(cell);
            }
        }
        return cost;
    }

    private boolean hidden(HidingState state, int row, int column) {
        return state.isHidden(layout.cell(row, column));
    }
}
