package gr.kentra.reporting.suppression;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grids of several indicators over the same rows whose numbers are tied to each other (the rows of an ESF table:
 * long-term unemployed within unemployed, employment statuses adding up to all participants; a table broken down by
 * one more dimension than another, {@link Breakdown}), and
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

    /**
     * The {@code detail} grid breaks the {@code whole} down by one more dimension (referrals closed by outcome, and by
     * service type and outcome): cell by cell, each column of the whole is the sum of the detail's columns
     * {@code columns} names for it, so their row totals, regional and national totals are equal too. The two grids
     * have their own columns; every column of the detail belongs to exactly one of the whole's.
     */
    public record Breakdown(String whole, String detail, Map<String, List<String>> columns) {

        public Breakdown {
            columns = Map.copyOf(columns);
        }
    }

    private LinkedGrids() {
    }

    /** The same with no breakdowns: grids of the same columns. */
    public static Map<String, ProtectedGrid> protect(Suppression suppression, Map<String, Grid> grids,
            List<Partition> partitions, List<AtMost> inequalities) {
        return protect(suppression, grids, partitions, inequalities, List.of());
    }

    /**
     * The grids (by name; rows are aligned by key, a row missing from a grid counting zero there), protected
     * together. Grids tied by a partition or an inequality have the same columns; a breakdown ties grids of different
     * columns. The answer has a grid per name, over the rows of all of them.
     */
    public static Map<String, ProtectedGrid> protect(Suppression suppression, Map<String, Grid> grids,
            List<Partition> partitions, List<AtMost> inequalities, List<Breakdown> breakdowns) {
        List<String> names = new ArrayList<>(grids.keySet());
        Map<String, Grid> aligned = align(grids);
        Map<String, Integer> block = new LinkedHashMap<>();
        Map<String, GridLayout> layouts = new LinkedHashMap<>();
        Map<String, LinearTable> tables = new LinkedHashMap<>();
        List<Long> values = new ArrayList<>();
        List<Boolean> totals = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        List<LinearTable.Relation> relations = new ArrayList<>();
        BitSet start = new BitSet();
        for (String name : names) {
            int offset = values.size();
            block.put(name, offset);
            Grid grid = aligned.get(name);
            GridLayout layout = new GridLayout(grid);
            LinearTable table = layout.table(grid);
            layouts.put(name, layout);
            tables.put(name, table);
            for (int v = 0; v < layout.size(); v++) {
                values.add(table.value(v));
                totals.add(table.isTotal(v));
                owners.add(name);
            }
            for (LinearTable.Relation relation : table.relations()) {
                relations.add(shifted(relation, offset));
            }
            suppression.protect(grid).hiddenValues().stream().forEach(v -> start.set(offset + v));
        }
        int known = values.size();
        for (Partition partition : partitions) {
            int total = offset(block, partition.total());
            int size = sameColumns(aligned, layouts, partition.total(), partition.parts());
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
            int size = sameColumns(aligned, layouts, atMost.whole(), atMost.parts());
            int[] parts = atMost.parts().stream().mapToInt(p -> offset(block, p)).toArray();
            for (int v = 0; v < size; v++) {
                int[] members = new int[parts.length];
                for (int p = 0; p < parts.length; p++) {
                    members[p] = parts[p] + v;
                }
                atMosts.add(new LinearTable.AtMost(members, whole + v));
            }
        }
        for (Breakdown breakdown : breakdowns) {
            for (BreakdownRelation relation : breakdownRelations(breakdown, aligned, layouts, block)) {
                long sum = 0;
                for (int part : relation.parts()) {
                    sum += values.get(part);
                }
                if (sum != values.get(relation.total())) {
                    throw new IllegalArgumentException(breakdown.detail() + " does not add up to " + breakdown.whole());
                }
                relations.add(new LinearTable.Relation(relation.total(), relation.parts()));
            }
        }
        // A grid whose cells are totals of other grids' cells never marks them "<k": that would bound its parts.
        // Nor does a part of a partition: where the other parts are published zeros (zeros are never hidden), a
        // part's "<k" bounds the whole, and through the whole every part of its other partitions (employed men
        // 2 "<5", unemployed and inactive men 0: all men at most 4, so two hidden education levels of 1 each are
        // at most 3), a bound no hiding can lift (issue 18, LinkedPeriodsAttackTest). A breakdown's detail is such
        // a part too (the other service types of an outcome published zeros).
        java.util.Set<String> wholes = new java.util.HashSet<>();
        partitions.forEach(p -> wholes.add(p.total()));
        partitions.forEach(p -> wholes.addAll(p.parts()));
        inequalities.forEach(a -> wholes.add(a.whole()));
        breakdowns.forEach(b -> wholes.addAll(List.of(b.whole(), b.detail())));
        long[] all = values.stream().mapToLong(Long::longValue).toArray();
        boolean[] isTotal = new boolean[all.length];
        boolean[] fixed = new boolean[all.length];
        boolean[] marked = new boolean[all.length];
        for (int v = 0; v < all.length; v++) {
            isTotal[v] = v < known && totals.get(v);
            fixed[v] = v >= known;
            marked[v] = v < known && !isTotal[v] && !wholes.contains(owners.get(v));
        }
        BitSet hidden = suppression.protectFrom(new LinearTable(all, isTotal, fixed, marked, relations, atMosts),
                start);
        Map<String, ProtectedGrid> protectedGrids = new LinkedHashMap<>();
        for (String name : names) {
            int offset = block.get(name);
            GridLayout layout = layouts.get(name);
            protectedGrids.put(name, new ProtectedGrid(aligned.get(name), layout, tables.get(name),
                    hidden.get(offset, offset + layout.size()), suppression.k(), !wholes.contains(name)));
        }
        return protectedGrids;
    }

    private record BreakdownRelation(int total, int[] parts) {
    }

    /**
     * Every "whole's value = sum of the detail's values" a breakdown gives: cells, column totals and regional column
     * totals by the column map; row, regional and grand totals one to one.
     */
    private static List<BreakdownRelation> breakdownRelations(Breakdown breakdown, Map<String, Grid> aligned,
            Map<String, GridLayout> layouts, Map<String, Integer> block) {
        Grid whole = aligned.get(breakdown.whole());
        Grid detail = aligned.get(breakdown.detail());
        if (whole == null || detail == null) {
            throw new IllegalArgumentException("no grid named " + (whole == null ? breakdown.whole()
                    : breakdown.detail()));
        }
        GridLayout w = layouts.get(breakdown.whole());
        GridLayout d = layouts.get(breakdown.detail());
        int wo = block.get(breakdown.whole());
        int dof = block.get(breakdown.detail());
        int[][] columnsOf = new int[whole.columnCount()][];
        java.util.Set<String> covered = new java.util.HashSet<>();
        for (int c = 0; c < whole.columnCount(); c++) {
            List<String> parts = breakdown.columns().getOrDefault(whole.columnKeys().get(c), List.of());
            columnsOf[c] = parts.stream().mapToInt(key -> {
                int index = detail.columnKeys().indexOf(key);
                if (index < 0 || !covered.add(key)) {
                    throw new IllegalArgumentException(breakdown.detail() + " has no column " + key + " (or twice)");
                }
                return index;
            }).toArray();
        }
        if (covered.size() != detail.columnCount()) {
            throw new IllegalArgumentException("a column of " + breakdown.detail() + " belongs to no column of "
                    + breakdown.whole());
        }
        List<BreakdownRelation> relations = new ArrayList<>();
        for (int c = 0; c < whole.columnCount(); c++) {
            int[] parts = columnsOf[c];
            for (int r = 0; r < whole.rowCount(); r++) {
                int row = r;
                relations.add(new BreakdownRelation(wo + w.cell(r, c),
                        java.util.Arrays.stream(parts).map(p -> dof + d.cell(row, p)).toArray()));
            }
            relations.add(new BreakdownRelation(wo + w.columnTotal(c),
                    java.util.Arrays.stream(parts).map(p -> dof + d.columnTotal(p)).toArray()));
            for (String group : whole.groups()) {
                relations.add(new BreakdownRelation(wo + w.groupColumnTotal(group, c),
                        java.util.Arrays.stream(parts).map(p -> dof + d.groupColumnTotal(group, p)).toArray()));
            }
        }
        for (int r = 0; r < whole.rowCount(); r++) {
            relations.add(new BreakdownRelation(wo + w.rowTotal(r), new int[] {dof + d.rowTotal(r)}));
        }
        for (String group : whole.groups()) {
            relations.add(new BreakdownRelation(wo + w.groupTotal(group), new int[] {dof + d.groupTotal(group)}));
        }
        relations.add(new BreakdownRelation(wo + w.grandTotal(), new int[] {dof + d.grandTotal()}));
        return relations;
    }

    /** The size of the grids' layouts, which a relation cell by cell needs to be the same: same columns. */
    private static int sameColumns(Map<String, Grid> aligned, Map<String, GridLayout> layouts, String one,
            List<String> others) {
        Grid first = aligned.get(one);
        if (first == null) {
            throw new IllegalArgumentException("no grid named " + one);
        }
        for (String other : others) {
            Grid grid = aligned.get(other);
            if (grid == null) {
                throw new IllegalArgumentException("no grid named " + other);
            }
            if (!grid.columnKeys().equals(first.columnKeys())) {
                throw new IllegalArgumentException("linked grids need the same columns: " + one + ", " + other);
            }
        }
        return layouts.get(one).size();
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

    /** Every grid over the union of the rows (in order of first appearance), each with its own columns. */
    private static Map<String, Grid> align(Map<String, Grid> grids) {
        if (grids.isEmpty()) {
            throw new IllegalArgumentException("no grids");
        }
        Map<String, String> rows = new LinkedHashMap<>();
        for (Grid grid : grids.values()) {
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
            List<String> columns = grid.columnKeys();
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
