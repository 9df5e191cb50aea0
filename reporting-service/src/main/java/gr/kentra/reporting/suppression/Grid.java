package gr.kentra.reporting.suppression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Counts in a grid: rows (e.g. centres) each belonging to a group (e.g. a region), and columns (e.g.
 * categories, or gender). Published: every cell, each row total, each column total, each group's
 * per-column subtotal and group total, and the grand total.
 *
 * <p>{@code rowGroups.get(i)} is the group of row {@code i}. The grid is immutable: the counts are copied
 * in, and {@link #counts()} hands out a copy (use {@link #count(int, int)} in loops).
 */
public record Grid(List<String> rowKeys, List<String> rowGroups, List<String> columnKeys, long[][] counts) {

    public Grid {
        rowKeys = List.copyOf(Objects.requireNonNull(rowKeys, "rowKeys"));
        rowGroups = List.copyOf(Objects.requireNonNull(rowGroups, "rowGroups"));
        columnKeys = List.copyOf(Objects.requireNonNull(columnKeys, "columnKeys"));
        Objects.requireNonNull(counts, "counts");
        requireUnique(rowKeys, "row key");
        requireUnique(columnKeys, "column key");
        if (rowGroups.size() != rowKeys.size()) {
            throw new IllegalArgumentException(
                    "rowGroups has " + rowGroups.size() + " entries for " + rowKeys.size() + " rows");
        }
        if (counts.length != rowKeys.size()) {
            throw new IllegalArgumentException("counts has " + counts.length + " rows for " + rowKeys.size() + " row keys");
        }
        counts = copy(counts);
        for (int r = 0; r < counts.length; r++) {
            if (counts[r].length != columnKeys.size()) {
                throw new IllegalArgumentException("row " + r + " has " + counts[r].length + " counts for "
                        + columnKeys.size() + " columns");
            }
            for (int c = 0; c < counts[r].length; c++) {
                if (counts[r][c] < 0) {
                    throw new IllegalArgumentException("count at row " + r + ", column " + c + " is negative");
                }
            }
        }
    }

    /** A copy of the counts: the grid itself cannot be changed through it. */
    @Override
    public long[][] counts() {
        return copy(counts);
    }

    public long count(int row, int column) {
        return counts[row][column];
    }

    public int rowCount() {
        return rowKeys.size();
    }

    public int columnCount() {
        return columnKeys.size();
    }

    /** The distinct groups, in the order of their first row. */
    public List<String> groups() {
        return List.copyOf(new LinkedHashSet<>(rowGroups));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Grid that && rowKeys.equals(that.rowKeys) && rowGroups.equals(that.rowGroups)
                && columnKeys.equals(that.columnKeys) && Arrays.deepEquals(counts, that.counts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rowKeys, rowGroups, columnKeys, Arrays.deepHashCode(counts));
    }

    @Override
    public String toString() {
        return "Grid[rowKeys=" + rowKeys + ", rowGroups=" + rowGroups + ", columnKeys=" + columnKeys + ", counts="
                + Arrays.deepToString(counts) + "]";
    }

    private static void requireUnique(List<String> keys, String what) {
        if (new HashSet<>(keys).size() != keys.size()) {
            List<String> seen = new ArrayList<>();
            for (String key : keys) {
                if (seen.contains(key)) {
                    throw new IllegalArgumentException("duplicate " + what + ": " + key);
                }
                seen.add(key);
            }
        }
    }

    private static long[][] copy(long[][] source) {
        long[][] copy = new long[source.length][];
        for (int r = 0; r < source.length; r++) {
            copy[r] = Objects.requireNonNull(source[r], "counts row " + r).clone();
        }
        return copy;
    }
}
