package gr.kentra.reporting.suppression;

import java.util.ArrayList;
import java.util.List;

/**
 * The general shape of a published table: values (cells and totals) and the linear relations
 * "total = sum of parts" that tie them together. Suppression and the audit work on this shape only, so a
 * new kind of published view needs a new layout, not a new algorithm.
 */
final class LinearTable {

    /** {@code values[total] = sum of values[parts]}. */
    record Relation(int total, int[] parts) {

        /** The total first, then the parts. */
        int[] members() {
            int[] members = new int[parts.length + 1];
            members[0] = total;
            System.arraycopy(parts, 0, members, 1, parts.length);
            return members;
        }
    }

    private final long[] values;
    private final boolean[] totals;
    private final List<Relation> relations;
    private final int[][] relationsOf;

    LinearTable(long[] values, boolean[] totals, List<Relation> relations) {
        if (values.length != totals.length) {
            throw new IllegalArgumentException("one total flag per value");
        }
        this.values = values.clone();
        this.totals = totals.clone();
        this.relations = List.copyOf(relations);
        this.relationsOf = index(values.length, this.relations);
        for (Relation relation : this.relations) {
            long sum = 0;
            for (int part : relation.parts()) {
                sum = Math.addExact(sum, values[part]);
            }
            if (sum != values[relation.total()]) {
                throw new IllegalArgumentException("relation does not hold for total " + relation.total());
            }
        }
    }

    int size() {
        return values.length;
    }

    long value(int index) {
        return values[index];
    }

    /** Totals are less useful to hide than cells: hiding one blanks out a whole margin for readers. */
    boolean isTotal(int index) {
        return totals[index];
    }

    List<Relation> relations() {
        return relations;
    }

    /** Indices (into {@link #relations()}) of the relations the value takes part in. */
    int[] relationsOf(int index) {
        return relationsOf[index];
    }

    private static int[][] index(int size, List<Relation> relations) {
        List<List<Integer>> lists = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            lists.add(new ArrayList<>(4));
        }
        for (int r = 0; r < relations.size(); r++) {
            for (int member : relations.get(r).members()) {
                List<Integer> list = lists.get(member);
                if (list.isEmpty() || list.get(list.size() - 1) != r) {
                    list.add(r);
                }
            }
        }
        int[][] index = new int[size][];
        for (int i = 0; i < size; i++) {
            index[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return index;
    }
}
