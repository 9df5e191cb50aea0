package gr.kentra.reporting.suppression;

import java.util.ArrayList;
import java.util.List;

/**
 * Every value a protected grid publishes, read through the public API only, each described as the set of
 * cells it adds up. Tests use it to check the engine from the outside, independently of its internal
 * layout and relations.
 */
record PublishedValues(Grid grid, List<Item> items) {

    /** One published value: its name, its true value, whether it is hidden, and which cells it sums. */
    record Item(String name, long value, boolean hidden, boolean[] cells) {
    }

    static PublishedValues of(ProtectedGrid protectedGrid) {
        Grid grid = protectedGrid.grid();
        int rows = grid.rowCount();
        int columns = grid.columnCount();
        List<Item> items = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int row = r;
                int column = c;
                items.add(new Item("cell " + r + "," + c, grid.count(r, c), protectedGrid.cellHidden(r, c),
                        cells(rows, columns, (i, j) -> i == row && j == column)));
            }
        }
        for (int r = 0; r < rows; r++) {
            int row = r;
            items.add(new Item("row total " + r, protectedGrid.rowTotal(r), protectedGrid.rowTotalHidden(r),
                    cells(rows, columns, (i, j) -> i == row)));
        }
        for (int c = 0; c < columns; c++) {
            int column = c;
            items.add(new Item("column total " + c, protectedGrid.columnTotal(c), protectedGrid.columnTotalHidden(c),
                    cells(rows, columns, (i, j) -> j == column)));
        }
        for (String group : grid.groups()) {
            for (int c = 0; c < columns; c++) {
                int column = c;
                items.add(new Item("group " + group + " column " + c, protectedGrid.groupColumnTotal(group, c),
                        protectedGrid.groupColumnTotalHidden(group, c),
                        cells(rows, columns, (i, j) -> j == column && grid.rowGroups().get(i).equals(group))));
            }
            items.add(new Item("group total " + group, protectedGrid.groupTotal(group),
                    protectedGrid.groupTotalHidden(group),
                    cells(rows, columns, (i, j) -> grid.rowGroups().get(i).equals(group))));
        }
        items.add(new Item("grand total", protectedGrid.grandTotal(), protectedGrid.grandTotalHidden(),
                cells(rows, columns, (i, j) -> true)));
        return new PublishedValues(grid, items);
    }

    /** The sum of the grid's cells that the item covers, computed here rather than asked of the engine. */
    long sumOfCells(Item item) {
        long sum = 0;
        for (int r = 0; r < grid.rowCount(); r++) {
            for (int c = 0; c < grid.columnCount(); c++) {
                sum += item.cells()[r * grid.columnCount() + c] ? grid.count(r, c) : 0;
            }
        }
        return sum;
    }

    List<Item> hidden() {
        return items.stream().filter(Item::hidden).toList();
    }

    List<Item> shown() {
        return items.stream().filter(item -> !item.hidden()).toList();
    }

    private interface CellFilter {
        boolean covers(int row, int column);
    }

    private static boolean[] cells(int rows, int columns, CellFilter filter) {
        boolean[] cells = new boolean[rows * columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                cells[r * columns + c] = filter.covers(r, c);
            }
        }
        return cells;
    }
}
