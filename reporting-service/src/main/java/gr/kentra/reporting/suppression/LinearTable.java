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

    /**
     * {@code sum of values[parts] <= values[whole]}: one indicator's people are a subset of another's, or
     * several disjoint ones are within another's.
     */
    record AtMost(int[] parts, int whole) {

        /** The parts, then the whole. */
        int[] members() {
            int[] members = java.util.Arrays.copyOf(parts, parts.length + 1);
            members[parts.length] = whole;
            return members;
        }
    }

    private final long[] values;
    private final boolean[] totals;
    private final boolean[] fixed;
    private final boolean[] marked;
    private final List<Relation> relations;
    private final List<AtMost> inequalities;
    private final int[][] relationsOf;
    private final int[][] inequalitiesOf;

    LinearTable(long[] values, boolean[] totals, List<Relation> relations) {
        this(values, totals, new boolean[values.length], negation(totals), relations, List.of());
    }

    /**
     * @param fixed values a reader is assumed to know though they are never published (e.g. how many
     *     participants have no stated employment status): never hidden, never a candidate
     * @param marked values that say, when hidden, whether they are below k ({@code <k}) or not: cells that bound
     *     no other value. A hidden total is never marked so (a small one would bound its hidden parts).
     * @param inequalities subset relations between values, which a reader can combine with the others
     */
    LinearTable(long[] values, boolean[] totals, boolean[] fixed, boolean[] marked, List<Relation> relations,
            List<AtMost> inequalities) {
        if (values.length != totals.length || values.length != fixed.length || values.length != marked.length) {
            throw new IllegalArgumentException("one total, fixed and marked flag per value");
        }
        this.values = values.clone();
        this.totals = totals.clone();
        this.fixed = fixed.clone();
        this.marked = marked.clone();
        this.relations = List.copyOf(relations);
        this.inequalities = List.copyOf(inequalities);
        for (AtMost atMost : this.inequalities) {
            long sum = 0;
            for (int part : atMost.parts()) {
                sum = Math.addExact(sum, values[part]);
            }
            if (sum > values[atMost.whole()]) {
                throw new IllegalArgumentException("parts exceed their whole " + atMost.whole());
            }
        }
        this.relationsOf = index(values.length, this.relations.stream().map(Relation::members).toList());
        this.inequalitiesOf = index(values.length, this.inequalities.stream().map(AtMost::members).toList());
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

    /** Known to a reader though not published: never hidden. */
    boolean isFixed(int index) {
        return fixed[index];
    }

    /** Whether the value, hidden, is marked {@code <k} when small and so known to be at least k otherwise. */
    boolean isMarked(int index) {
        return marked[index];
    }

    List<Relation> relations() {
        return relations;
    }

    private static boolean[] negation(boolean[] flags) {
        boolean[] negation = new boolean[flags.length];
        for (int i = 0; i < flags.length; i++) {
            negation[i] = !flags[i];
        }
        return negation;
    }

    List<AtMost> inequalities() {
        return inequalities;
    }

    /** Indices (into {@link #relations()}) of the relations the value takes part in. */
    int[] relationsOf(int index) {
        return relationsOf[index];
    }

    /** Indices (into {@link #inequalities()}) of the subset inequalities the value takes part in. */
    int[] inequalitiesOf(int index) {
        return inequalitiesOf[index];
    }

    private static int[][] index(int size, List<int[]> relations) {
        List<List<Integer>> lists = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            lists.add(new ArrayList<>(4));
        }
        for (int r = 0; r < relations.size(); r++) {
            for (int member : relations.get(r)) {
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
