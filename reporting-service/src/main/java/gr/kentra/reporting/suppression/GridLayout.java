package gr.kentra.reporting.suppression;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

/**
 * Where each published value of a {@link Grid} sits in the {@link LinearTable}, and the relations between
 * them. Every total that a view can show is a value here, so one protected table covers the centre,
 * regional and national views at once.
 */
final class GridLayout {

    private final int rows;
    private final int columns;
    private final List<String> groups;
    private final Map<String, Integer> groupIndex = new HashMap<>();
    private final int[] groupOfRow;

    GridLayout(Grid grid) {
        this.rows = grid.rowCount();
        this.columns = grid.columnCount();
        this.groups = grid.groups();
        for (int g = 0; g < groups.size(); g++) {
            groupIndex.put(groups.get(g), g);
        }
        this.groupOfRow = new int[rows];
        for (int r = 0; r < rows; r++) {
            groupOfRow[r] = groupIndex.get(grid.rowGroups().get(r));
        }
    }

    int cell(int row, int column) {
        return checked(row, rows) * columns + checked(column, columns);
    }

    int rowTotal(int row) {
        return rows * columns + checked(row, rows);
    }

    int columnTotal(int column) {
        return rows * columns + rows + checked(column, columns);
    }

    int groupColumnTotal(String group, int column) {
        return rows * columns + rows + columns + group(group) * columns + checked(column, columns);
    }

    int groupTotal(String group) {
        return groupTotal(group(group));
    }

    int grandTotal() {
        return size() - 1;
    }

    int size() {
        return rows * columns + rows + columns + groups.size() * columns + groups.size() + 1;
    }

    /**
     * A name for every value, by the grid's keys rather than positions ({@code cell|row|column}, {@code row|row},
     * {@code column|column}, {@code group column|group|column}, {@code group|group}, {@code total}), so that the
     * same value can be found in the grid of another period, whose rows may differ.
     */
    String[] keys(Grid grid) {
        String[] keys = new String[size()];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                keys[cell(r, c)] = "cell|" + grid.rowKeys().get(r) + "|" + grid.columnKeys().get(c);
            }
            keys[rowTotal(r)] = "row|" + grid.rowKeys().get(r);
        }
        for (int c = 0; c < columns; c++) {
            keys[columnTotal(c)] = "column|" + grid.columnKeys().get(c);
            for (String group : groups) {
                keys[groupColumnTotal(group(group), c)] = "group column|" + group + "|" + grid.columnKeys().get(c);
            }
        }
        for (String group : groups) {
            keys[groupTotal(group)] = "group|" + group;
        }
        keys[grandTotal()] = "total";
        return keys;
    }

    /** The table with the grid's counts, every total summed from them, and all "total = sum" relations. */
    LinearTable table(Grid grid) {
        long[] values = new long[size()];
        boolean[] totals = new boolean[size()];
        for (int i = rows * columns; i < values.length; i++) {
            totals[i] = true;
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                long count = grid.count(r, c);
                values[cell(r, c)] = count;
                values[rowTotal(r)] = Math.addExact(values[rowTotal(r)], count);
                values[columnTotal(c)] = Math.addExact(values[columnTotal(c)], count);
                int groupColumn = groupColumnTotal(groupOfRow[r], c);
                values[groupColumn] = Math.addExact(values[groupColumn], count);
                values[groupTotal(groupOfRow[r])] = Math.addExact(values[groupTotal(groupOfRow[r])], count);
                values[grandTotal()] = Math.addExact(values[grandTotal()], count);
            }
        }
        return new LinearTable(values, totals, relations());
    }

    /*
     * Redundant relations are kept on purpose: the audit does not need them (they are combinations of the
     * others), but the heuristics look at one relation at a time and must see, e.g., that a group total is
     * the sum of its cells, of its rows and of its column subtotals alike.
     */
    private List<LinearTable.Relation> relations() {
        List<LinearTable.Relation> relations = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            int row = r;
            relations.add(relation(rowTotal(r), columns, c -> cell(row, c)));
        }
        for (int c = 0; c < columns; c++) {
            int column = c;
            relations.add(relation(columnTotal(c), rows, r -> cell(r, column)));
        }
        for (int g = 0; g < groups.size(); g++) {
            int[] members = rowsOf(g);
            for (int c = 0; c < columns; c++) {
                int column = c;
                relations.add(relation(groupColumnTotal(g, c), members.length, i -> cell(members[i], column)));
            }
            int group = g;
            relations.add(relation(groupTotal(g), members.length * columns,
                    i -> cell(members[i / columns], i % columns)));
            relations.add(relation(groupTotal(g), members.length, i -> rowTotal(members[i])));
            relations.add(relation(groupTotal(g), columns, c -> groupColumnTotal(group, c)));
        }
        for (int c = 0; c < columns; c++) {
            int column = c;
            relations.add(relation(columnTotal(c), groups.size(), g -> groupColumnTotal(g, column)));
        }
        relations.add(relation(grandTotal(), rows * columns, i -> cell(i / columns, i % columns)));
        relations.add(relation(grandTotal(), rows, this::rowTotal));
        relations.add(relation(grandTotal(), columns, this::columnTotal));
        relations.add(relation(grandTotal(), groups.size(), this::groupTotal));
        return relations;
    }

    private int[] rowsOf(int group) {
        return IntStream.range(0, rows).filter(r -> groupOfRow[r] == group).toArray();
    }

    private static LinearTable.Relation relation(int total, int parts, IntUnaryOperator part) {
        int[] indices = new int[parts];
        for (int i = 0; i < parts; i++) {
            indices[i] = part.applyAsInt(i);
        }
        return new LinearTable.Relation(total, indices);
    }

    /** The same by the group's index in the grid's {@link Grid#groups()}: no lookup by name in the moves' loops. */
    int groupColumnTotal(int group, int column) {
        return rows * columns + rows + columns + checked(group, groups.size()) * columns + checked(column, columns);
    }

    int groupTotal(int group) {
        return rows * columns + rows + columns + groups.size() * columns + checked(group, groups.size());
    }

    private int group(String group) {
        Integer index = groupIndex.get(group);
        if (index == null) {
            throw new IllegalArgumentException("no row belongs to group " + group);
        }
        return index;
    }

    private static int checked(int index, int bound) {
        if (index < 0 || index >= bound) {
            throw new IndexOutOfBoundsException("index " + index + " out of 0.." + (bound - 1));
        }
        return index;
    }
}
