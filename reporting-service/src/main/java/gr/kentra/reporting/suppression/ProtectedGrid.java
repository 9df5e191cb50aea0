package gr.kentra.reporting.suppression;

import java.util.BitSet;

/** The same grid with every published value and whether it is hidden. */
public final class ProtectedGrid {

    private final Grid grid;
    private final GridLayout layout;
    private final LinearTable table;
    private final BitSet hidden;

    ProtectedGrid(Grid grid, GridLayout layout, LinearTable table, BitSet hidden) {
        this.grid = grid;
        this.layout = layout;
        this.table = table;
        this.hidden = (BitSet) hidden.clone();
    }

    public Grid grid() {
        return grid;
    }

    public boolean cellHidden(int row, int column) {
        return hidden.get(layout.cell(row, column));
    }

    public boolean rowTotalHidden(int row) {
        return hidden.get(layout.rowTotal(row));
    }

    public boolean columnTotalHidden(int column) {
        return hidden.get(layout.columnTotal(column));
    }

    public boolean groupColumnTotalHidden(String group, int column) {
        return hidden.get(layout.groupColumnTotal(group, column));
    }

    public boolean groupTotalHidden(String group) {
        return hidden.get(layout.groupTotal(group));
    }

    public boolean grandTotalHidden() {
        return hidden.get(layout.grandTotal());
    }

    public long rowTotal(int row) {
        return table.value(layout.rowTotal(row));
    }

    public long columnTotal(int column) {
        return table.value(layout.columnTotal(column));
    }

    public long groupColumnTotal(String group, int column) {
        return table.value(layout.groupColumnTotal(group, column));
    }

    public long groupTotal(String group) {
        return table.value(layout.groupTotal(group));
    }

    public long grandTotal() {
        return table.value(layout.grandTotal());
    }

    /** How many published values (cells and totals) are hidden, for footnotes and metrics. */
    public int hiddenCount() {
        return hidden.cardinality();
    }

    /** The names of the hidden values (see {@link Suppression#protectWithin}), to match them in other periods' grids. */
    public java.util.Set<String> hiddenKeys() {
        String[] keys = layout.keys(grid);
        java.util.Set<String> hiddenKeys = new java.util.HashSet<>();
        hidden.stream().forEach(value -> hiddenKeys.add(keys[value]));
        return hiddenKeys;
    }

    /** The hidden values as indices of the underlying table, for tests in this package. */
    BitSet hiddenValues() {
        return (BitSet) hidden.clone();
    }

    @Override
    public String toString() {
        return "ProtectedGrid[" + grid.rowCount() + "x" + grid.columnCount() + ", hidden=" + hiddenCount() + "]";
    }
}
