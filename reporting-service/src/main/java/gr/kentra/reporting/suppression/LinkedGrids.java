package gr.kentra.reporting.suppression;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grids of several indicators over the same rows and columns whose numbers are tied to each other (the rows of
 * an ESF table: long-term unemployed within unemployed, employment statuses adding up to all participants), and
 * protected as ONE table: a reader combines them, so protecting each on its own is not enough (τ-ARGUS's and
 * sdcTable's linked tables). Each grid is first protected on its own; then the relations between grids, cell by
 * cell and total by total, join one linear table that is protected further with the same audits (exact rank
 * test, protection intervals by linear programming, which also see the subset inequalities).
 */
public final class LinkedGrids {

    /** {@code total = sum(parts) + those in no part} cell by cell; a reader is assumed to know the last number. */
    public record Partition(String total, List<String> parts) {
    }

    /** {@code sum(parts) <= whole} cell by cell: one subset, or disjoint subsets that need not cover the whole. */
    public record AtMost(List<String> parts, String whole) {
    }

    private LinkedGrids() {
    }

    /**
     * The grids (by name, same columns; rows are aligned by key, a row missing from a grid counting zero there),
     * protected together. The answer has a grid per name, over the rows of all of them.
     */
    public static Map<String, ProtectedGrid> protect(Suppression suppression, Map<String, Grid> grids,
            List<Partition> partitions, List<AtMost> inequalities) {
        List<String> names = new ArrayList<>(grids.keySet());
        Map<String, Grid> aligned = align(grids);
        Grid first = aligned.get(names.get(0));
        GridLayout layout = new GridLayout(first);
        int size = layout.size();
        Map<String, Integer> block = new LinkedHashMap<>();
        List<LinearTable> tables = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        List<Boolean> totals = new ArrayList<>();
        List<LinearTable.Relation> relations = new ArrayList<>();
        BitSet start = new BitSet();
        for (String name : names) {
            int offset = tables.size() * size;
            block.put(name, offset);
            Grid grid = aligned.get(name);
            LinearTable table = layout.table(grid);
            tables.add(table);
            for (int v = 0; v < size; v++) {
                values.add(table.value(v));
                totals.add(table.isTotal(v));
            }
            for (LinearTable.Relation relation : table.relations()) {
                relations.add(shifted(relation, offset));
            }
            suppression.protect(grid).hiddenValues().stream().forEach(v -> start.set(offset + v));
        }
        int known = values.size();
        for (Partition partition : partitions) {
            int total = offset(block, partition.total());
            int[] parts = partition.parts().stream().mapToInt(p -> offset(block, p)).toArray();
            for (int v = 0; v < size; v++) {
                long rest = values.get(total + v);
                int[] members = new int[parts.length];
                for (int p = 0; p < parts.length; p++) {
                    members[p] = parts[p] + v;
                    rest -= values.get(members[p]);
                }
                if (rest < 0) {
                    throw new IllegalArgumentException("the parts of " + partition.total() + " exceed it");
                }
                if (rest > 0) {
                    int[] withRest = java.util.Arrays.copyOf(members, members.length + 1);
                    withRest[members.length] = values.size();
                    values.add(rest);
                    totals.add(false);
                    members = withRest;
                }
                relations.add(new LinearTable.Relation(total + v, members));
            }
        }
        List<LinearTable.AtMost> atMosts = new ArrayList<>();
        for (AtMost atMost : inequalities) {
            int whole = offset(block, atMost.whole());
            int[] parts = atMost.parts().stream().mapToInt(p -> offset(block, p)).toArray();
            for (int v = 0; v < size; v++) {
                int[] members = new int[parts.length];
                for (int p = 0; p < parts.length; p++) {
                    members[p] = parts[p] + v;
                }
                atMosts.add(new LinearTable.AtMost(members, whole + v));
            }
        }
        // A grid whose cells are totals of other grids' cells never marks them "<k": that would bound its parts.
        // Nor does a part of a partition: where the other parts are published zeros (zeros are never hidden), a
        // part's "<k" bounds the whole, and through the whole every part of its other partitions (employed men
        // 2 "<5", unemployed and inactive men 0: all men at most 4, so two hidden education levels of 1 each are
        // at most 3), a bound no hiding can lift (issue 18, LinkedPeriodsAttackTest).
        java.util.Set<String> wholes = new java.util.HashSet<>();
        partitions.forEach(p -> wholes.add(p.total()));
        partitions.forEach(p -> wholes.addAll(p.parts()));
        inequalities.forEach(a -> wholes.add(a.whole()));
        long[] all = values.stream().mapToLong(Long::longValue).toArray();
        boolean[] isTotal = new boolean[all.length];
        boolean[] fixed = new boolean[all.length];
        boolean[] marked = new boolean[all.length];
        for (int v = 0; v < all.length; v++) {
            isTotal[v] = v < known && totals.get(v);
            fixed[v] = v >= known;
            marked[v] = v < known && !isTotal[v] && !wholes.contains(names.get(v / size));
        }
        BitSet hidden = suppression.protectFrom(new LinearTable(all, isTotal, fixed, marked, relations, atMosts),
                start);
        Map<String, ProtectedGrid> protectedGrids = new LinkedHashMap<>();
        for (String name : names) {
            int offset = block.get(name);
            protectedGrids.put(name, new ProtectedGrid(aligned.get(name), layout, tables.get(names.indexOf(name)),
                    hidden.get(offset, offset + size), suppression.k(), !wholes.contains(name)));
        }
        return protectedGrids;
    }

    private static int offset(Map<String, Integer> block, String name) {
        Integer offset = block.get(name);
        if (offset == null) {
            throw new IllegalArgumentException("no grid named " + name);
        }
        return offset;
    }

    private static LinearTable.Relation shifted(LinearTable.Relation relation, int offset) {
        int[] parts = relation.parts().clone();
        for (int i = 0; i < parts.length; i++) {
            parts[i] += offset;
        }
        return new LinearTable.Relation(relation.total() + offset, parts);
    }

    /** Every grid over the union of the rows (in order of first appearance), with the same columns. */
    private static Map<String, Grid> align(Map<String, Grid> grids) {
        if (grids.isEmpty()) {
            throw new IllegalArgumentException("no grids");
        }
        Map<String, String> rows = new LinkedHashMap<>();
        List<String> columns = null;
        for (Grid grid : grids.values()) {
            if (columns == null) {
                columns = grid.columnKeys();
            } else if (!columns.equals(grid.columnKeys())) {
                throw new IllegalArgumentException("linked grids need the same columns");
            }
            for (int r = 0; r < grid.rowCount(); r++) {
                String before = rows.putIfAbsent(grid.rowKeys().get(r), grid.rowGroups().get(r));
                if (before != null && !before.equals(grid.rowGroups().get(r))) {
                    throw new IllegalArgumentException("row " + grid.rowKeys().get(r) + " in two groups");
                }
            }
        }
        List<String> rowKeys = new ArrayList<>(rows.keySet());
        List<String> rowGroups = new ArrayList<>(rows.values());
        Map<String, Grid> aligned = new LinkedHashMap<>();
        for (Map.Entry<String, Grid> entry : grids.entrySet()) {
            Grid grid = entry.getValue();
            if (grid.rowKeys().equals(rowKeys)) {
                aligned.put(entry.getKey(), grid);
                continue;
            }
            Map<String, Integer> index = new LinkedHashMap<>();
            for (int r = 0; r < grid.rowCount(); r++) {
                index.put(grid.rowKeys().get(r), r);
            }
            long[][] counts = new long[rowKeys.size()][columns.size()];
            for (int r = 0; r < rowKeys.size(); r++) {
                Integer from = index.get(rowKeys.get(r));
                for (int c = 0; from != null && c < columns.size(); c++) {
                    counts[r][c] = grid.count(from, c);
                }
            }
            aligned.put(entry.getKey(), new Grid(rowKeys, rowGroups, columns, counts));
        }
        return aligned;
    }
}
