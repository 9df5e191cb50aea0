package gr.kentra.reporting.suppression;

import java.util.BitSet;
import java.util.List;

/**
 * Moves of a small cell (or row total) that leave every national total where it is: a rectangle (the cell and the
 * opposite corner up, the two other corners down), or the cell and another cell of its column in opposite directions
 * with the totals between them and the region (see {@link #cheapest}). Once every value of such a move is hidden, a
 * reader's interval of the cell reaches as far as the move goes, as with a {@link BalancedMove}, but no national
 * total has to be hidden for it. A {@link BalancedMove} climbs through every total above the cell up to
 * the grand total, so a sparse month (many small cells, interval checks spent) used to hide its national totals,
 * and with them every period containing the month (issue 18).
 */
final class ZeroSumMove {

    private final GridLayout layout;
    private final int rows;
    private final int columns;
    private final int[] groupOfRow;
    private final List<String> groups;

    ZeroSumMove(Grid grid, GridLayout layout) {
        this.layout = layout;
        this.rows = grid.rowCount();
        this.columns = grid.columnCount();
        this.groupOfRow = new int[rows];
        this.groups = grid.groups();
        for (int r = 0; r < rows; r++) {
            groupOfRow[r] = groups.indexOf(grid.rowGroups().get(r));
        }
    }

    /**
     * The move of {@code target} (a cell, a row total, a regional column total or a regional total) down by {@code down} and up by {@code up} that hides the
     * fewest values not hidden yet (then the preferred shape, then the smallest values, then the first), or null
     * when none stays within what the values' marks allow. Shapes, most preferred first: a rectangle within the
     * group; a rectangle across two groups (their four regional column totals move, no row, regional or national
     * total); two cells of one column and group with their row totals; two cells of one column in two groups with
     * their row, regional column and regional totals. None moves a national total. The search stops at the first
     * move already wholly hidden: nothing can be cheaper, and the caller only asks whether one is (in a sparse month,
     * where most cells are hidden, scanning every other row and column for each of thousands of small cells was
     * half of the protection's time).
     */
    BitSet cheapest(HidingState state, int target, long down, long up, int k) {
        int cells = rows * columns;
        if (target < cells) {
            return cheapest(state, target / columns, target % columns, target, down, up, k);
        }
        if (target < cells + rows) {
            int row = target - cells;
            BitSet best = null;
            for (int column = 0; column < columns && best == null; column++) {
                best = cheapest(state, row, column, target, down, up, k);
            }
            return best;
        }
        // A small regional total: a move across two regions keeps the national totals (at 20 % of centres active
        // these totals fell to their balanced move, which hid the national totals: issue 18).
        for (int g = 0; g < groups.size(); g++) {
            for (int column = 0; column < columns; column++) {
                if (target == layout.groupColumnTotal(g, column)) {
                    return acrossGroups(state, g, column, target, down, up, k, true);
                }
            }
            if (target == layout.groupTotal(g)) {
                BitSet best = null;
                for (int column = 0; column < columns && best == null; column++) {
                    best = acrossGroups(state, g, column, target, down, up, k, false);
                }
                return best;
            }
        }
        return null;
    }

    /**
     * The cheapest move of a regional column total ({@code rectangles}: a rectangle across two groups, or two cells
     * of its column in two groups) or of a regional total (only the latter moves it) of group {@code group}.
     */
    private BitSet acrossGroups(HidingState state, int group, int column, int target, long down, long up, int k,
            boolean rectangles) {
        LinearTable table = state.table();
        Best best = new Best();
        for (int row = 0; row < rows && !best.found(); row++) {
            if (groupOfRow[row] != group) {
                continue;
            }
            for (int other = 0; other < rows && !best.found(); other++) {
                if (groupOfRow[other] == group) {
                    continue;
                }
                int otherGroup = groupOfRow[other];
                for (int otherColumn = 0; rectangles && otherColumn < columns && !best.found(); otherColumn++) {
                    if (otherColumn != column) {
                        best.offer(state, table, new int[] {layout.cell(row, column), layout.cell(other, otherColumn),
                                layout.groupColumnTotal(group, column), layout.groupColumnTotal(otherGroup, otherColumn)},
                                new int[] {layout.cell(row, otherColumn), layout.cell(other, column),
                                        layout.groupColumnTotal(group, otherColumn),
                                        layout.groupColumnTotal(otherGroup, column)}, down, up, k, 1);
                    }
                }
                best.offer(state, table, new int[] {layout.cell(row, column), layout.rowTotal(row),
                        layout.groupColumnTotal(group, column), layout.groupTotal(group)},
                        new int[] {layout.cell(other, column), layout.rowTotal(other),
                                layout.groupColumnTotal(otherGroup, column), layout.groupTotal(otherGroup)},
                        down, up, k, 3);
            }
        }
        return best.move != null && best.move.get(target) ? best.move : null;
    }

    private BitSet cheapest(HidingState state, int row, int column, int target, long down, long up, int k) {
        LinearTable table = state.table();
        boolean cellTarget = target == layout.cell(row, column);
        Best best = new Best();
        for (int other = 0; other < rows && !best.found(); other++) {
            if (other == row) {
                continue;
            }
            boolean sameGroup = groupOfRow[other] == groupOfRow[row];
            int group = groupOfRow[row];
            int otherGroup = groupOfRow[other];
            if (cellTarget) {
                for (int otherColumn = 0; otherColumn < columns && !best.found(); otherColumn++) {
                    if (otherColumn == column) {
                        continue;
                    }
                    int[] with = sameGroup
                            ? new int[] {layout.cell(row, column), layout.cell(other, otherColumn)}
                            : new int[] {layout.cell(row, column), layout.cell(other, otherColumn),
                                    layout.groupColumnTotal(group, column),
                                    layout.groupColumnTotal(otherGroup, otherColumn)};
                    int[] against = sameGroup
                            ? new int[] {layout.cell(row, otherColumn), layout.cell(other, column)}
                            : new int[] {layout.cell(row, otherColumn), layout.cell(other, column),
                                    layout.groupColumnTotal(group, otherColumn),
                                    layout.groupColumnTotal(otherGroup, column)};
                    best.offer(state, table, with, against, down, up, k, sameGroup ? 0 : 1);
                }
            }
            int[] with = sameGroup ? new int[] {layout.cell(row, column), layout.rowTotal(row)}
                    : new int[] {layout.cell(row, column), layout.rowTotal(row), layout.groupColumnTotal(group, column),
                            layout.groupTotal(group)};
            int[] against = sameGroup ? new int[] {layout.cell(other, column), layout.rowTotal(other)}
                    : new int[] {layout.cell(other, column), layout.rowTotal(other),
                            layout.groupColumnTotal(otherGroup, column), layout.groupTotal(otherGroup)};
            best.offer(state, table, with, against, down, up, k, sameGroup ? 2 : 3);
        }
        return best.move;
    }

    /** The weight of each value a move newly hides in its cost: above any kind and size. */
    private static final long NEWLY = 1_000_000_000_000L;

    private static final class Best {
        private BitSet move;
        private long cost = Long.MAX_VALUE;

        /** Whether the move kept hides nothing new: no other can cost less. */
        boolean found() {
            return cost < NEWLY;
        }

        void offer(HidingState state, LinearTable table, int[] with, int[] against, long down, long up, int k,
                int kind) {
            if (found()) {
                return;
            }
            long offered = cost(state, table, with, against, down, up, k, kind);
            if (offered < cost) {
                cost = offered;
                move = set(with, against);
            }
        }
    }

    /**
     * Values newly hidden (weighted first), kind, then size; Long.MAX_VALUE when a value cannot move so far: those
     * moving with the target go {@code -down..+up}, the others {@code -up..+down}.
     */
    private static long cost(HidingState state, LinearTable table, int[] with, int[] against, long down, long up,
            int k, int kind) {
        long newly = 0;
        long size = 0;
        for (int value : with) {
            if (!BalancedMove.canMove(table, value, down, up, k)) {
                return Long.MAX_VALUE;
            }
            if (!state.isHidden(value)) {
                if (!state.isCandidate(value)) {
                    return Long.MAX_VALUE;
                }
                newly++;
                size += table.value(value);
            }
        }
        for (int value : against) {
            if (!BalancedMove.canMove(table, value, up, down, k)) {
                return Long.MAX_VALUE;
            }
            if (!state.isHidden(value)) {
                if (!state.isCandidate(value)) {
                    return Long.MAX_VALUE;
                }
                newly++;
                size += table.value(value);
            }
        }
        return newly * NEWLY + kind * 100_000_000_000L + Math.min(size, 99_999_999_999L);
    }

    private static BitSet set(int[] with, int[] against) {
        BitSet move = new BitSet();
        for (int value : with) {
            move.set(value);
        }
        for (int value : against) {
            move.set(value);
        }
        return move;
    }
}
