package gr.kentra.reporting.suppression;

import java.util.BitSet;

/** The same grid with every published value and whether it is hidden. */
public final class ProtectedGrid {

    private final Grid grid;
    private final GridLayout layout;
    private final LinearTable table;
    private final BitSet hidden;
    private final int k;
    private final boolean sizeMarks;

    /**
     * How a hidden value is marked. {@code PRIMARY}: below k, printed {@code <k}. {@code COMPLEMENTARY}: hidden
     * to protect other values, with no claim about its size (it may be large).
     */
    public enum Hidden {
        PRIMARY, COMPLEMENTARY
    }

    /**
     * @param sizeMarks whether a small hidden cell may say it is small: only where the protection saw the marks
     *     (intervals checked with them) and the cells bound no other hidden value (in linked grids, a grid whose
     *     cells are totals of others' does not); otherwise every hidden value is marked complementary
     */
    ProtectedGrid(Grid grid, GridLayout layout, LinearTable table, BitSet hidden, int k, boolean sizeMarks) {
        this.grid = grid;
        this.layout = layout;
        this.table = table;
        this.hidden = (BitSet) hidden.clone();
        this.k = k;
        this.sizeMarks = sizeMarks;
    }

    /** For tests in this package: the default k, marks of size allowed. */
    ProtectedGrid(Grid grid, GridLayout layout, LinearTable table, BitSet hidden) {
        this(grid, layout, table, hidden, Suppression.DEFAULT_K, true);
    }

    /** The mark of a hidden total (never {@code PRIMARY}: a small total would bound its hidden parts), or null. */
    public Hidden totalMark(boolean isHidden) {
        return isHidden ? Hidden.COMPLEMENTARY : null;
    }

    /** The mark of a hidden cell of this grid, or null when it is published. */
    public Hidden mark(long value, boolean isHidden) {
        if (!isHidden) {
            return null;
        }
        return sizeMarks && value > 0 && value < k ? Hidden.PRIMARY : Hidden.COMPLEMENTARY;
    }

    /** Whether small hidden values may be marked {@code <k} (see {@link #mark}). */
    public boolean sizeMarks() {
        return sizeMarks;
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
