package gr.kentra.reporting.suppression;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The feasible interval of a hidden value as a reader can work it out: every relation and subset inequality of
 * the table with the published values in place, and what the marks say of each hidden value (a {@code <k} value
 * lies in {@code 1..k-1}, zeros being published; a value hidden to protect others is at least k). Linear
 * programming (ojAlgo), rounded to whole numbers as a reader would.
 *
 * <p>Bounded: the hidden values near the target (those sharing a relation with it, and theirs) are the unknowns
 * and every other hidden value is held at its true value. That feasible set is a slice of the reader's, so an
 * interval found wide enough there is wide enough; one found too narrow makes the caller hide more (a complement,
 * or at last a {@link BalancedMove}), never solve a larger program.
 */
final class IntervalAudit {

    private static final double EPSILON = 1e-6;

    /** The most unknowns of one linear program: a dense simplex of this size takes milliseconds. */
    static final int MAX_UNKNOWNS = 120;

    private final LinearTable table;
    private final int k;
    private final int[][] inequalitiesOf;

    IntervalAudit(LinearTable table, int k) {
        this.table = table;
        this.k = k;
        List<List<Integer>> lists = new ArrayList<>(table.size());
        for (int i = 0; i < table.size(); i++) {
            lists.add(new ArrayList<>(0));
        }
        List<LinearTable.AtMost> inequalities = table.inequalities();
        for (int i = 0; i < inequalities.size(); i++) {
            for (int part : inequalities.get(i).parts()) {
                lists.get(part).add(i);
            }
            lists.get(inequalities.get(i).whole()).add(i);
        }
        this.inequalitiesOf = new int[table.size()][];
        for (int i = 0; i < table.size(); i++) {
            inequalitiesOf[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Whether the marked value is small: primary suppression, printed {@code <k}. */
    boolean isSmall(int value) {
        long v = table.value(value);
        return v > 0 && v < k;
    }

    /**
     * The interval a small hidden value's must reach, {@code {low, high}}. A value marked {@code <k}: from
     * {@code max(1, v - lower)} to {@code min(k - 1, v + upper)}; with the default levels (k, k) a reader learns
     * nothing about it beyond its mark. A value not so marked (a total): up to {@code min(k - 1, v + upper)}, and
     * never one value (at k - 1 already, one below); its lower end is not asked further, since its hidden parts are
     * each at least 1 and its published parts bound it from below, which no hiding could change. What
     * {@code LinkedAttacker} asks too.
     */
    long[] required(int target, int lower, int upper) {
        long v = table.value(target);
        long high = Math.min(k - 1L, v + upper);
        if (table.isMarked(target)) {
            return new long[] {Math.max(1, v - lower), high};
        }
        return high > v ? new long[] {v, high} : new long[] {v - 1, v};
    }

    /**
     * True when linear programming shows {@code target}'s interval reaching {@link #required}, over the hidden
     * values near it (two, then four relations away) with every other value at its true value: a slice of the
     * reader's feasible set, so true is proof and false only "not shown". Neighbourhoods of more than
     * {@link #MAX_UNKNOWNS} unknowns are not solved, which bounds the time of one check.
     */
    boolean shownWideEnough(BitSet hidden, int target, int lower, int upper) {
        long[] required = required(target, lower, upper);
        for (int hops : new int[] {2, 4}) {
            BitSet free = neighbourhood(hidden, target, hops, MAX_UNKNOWNS);
            if (free == null) {
                return false;
            }
            long[] interval = interval(hidden, target, free);
            if (interval[0] <= required[0] && interval[1] >= required[1]) {
                return true;
            }
        }
        return false;
    }

    /** The reader's interval of {@code target} with every hidden value connected to it unknown: {@code {min, max}}. */
    long[] interval(BitSet hidden, int target) {
        return interval(hidden, target, neighbourhood(hidden, target, Integer.MAX_VALUE, Integer.MAX_VALUE));
    }

    /**
     * Hidden values reachable from {@code target} through relations and inequalities in at most {@code hops}, or
     * null as soon as they are more than {@code most}: in a table where most values are hidden (a month of 250
     * centres by 30 columns) the whole neighbourhood is thousands of values, and walking it only to find it too large
     * cost nine tenths of the protection's time.
     */
    private BitSet neighbourhood(BitSet hidden, int target, int hops, int most) {
        BitSet reached = new BitSet(table.size());
        reached.set(target);
        int count = 1;
        Deque<int[]> queue = new ArrayDeque<>();
        queue.add(new int[] {target, 0});
        while (!queue.isEmpty()) {
            int[] next = queue.poll();
            if (next[1] >= hops) {
                continue;
            }
            for (int relation : table.relationsOf(next[0])) {
                for (int member : table.relations().get(relation).members()) {
                    if (hidden.get(member) && !reached.get(member)) {
                        if (++count > most) {
                            return null;
                        }
                        reached.set(member);
                        queue.add(new int[] {member, next[1] + 1});
                    }
                }
            }
            for (int inequality : inequalitiesOf[next[0]]) {
                LinearTable.AtMost atMost = table.inequalities().get(inequality);
                for (int member : members(atMost)) {
                    if (hidden.get(member) && !reached.get(member)) {
                        if (++count > most) {
                            return null;
                        }
                        reached.set(member);
                        queue.add(new int[] {member, next[1] + 1});
                    }
                }
            }
        }
        return reached;
    }

    /** Min and max of {@code target} with {@code free} as unknowns, every other value at its true value. */
    private long[] interval(BitSet hidden, int target, BitSet free) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Map<Integer, Variable> variables = new HashMap<>();
        for (int v = free.nextSetBit(0); v >= 0; v = free.nextSetBit(v + 1)) {
            boolean marked = table.isMarked(v);
            Variable variable = model.addVariable("v" + v).lower(marked && !isSmall(v) ? k : 1);
            if (marked && isSmall(v)) {
                variable.upper(k - 1);
            }
            variables.put(v, variable);
        }
        BitSet seen = new BitSet();
        for (int v = free.nextSetBit(0); v >= 0; v = free.nextSetBit(v + 1)) {
            for (int r : table.relationsOf(v)) {
                if (!seen.get(r)) {
                    seen.set(r);
                    addRelation(model, variables, table.relations().get(r));
                }
            }
        }
        BitSet seenInequalities = new BitSet();
        for (int v = free.nextSetBit(0); v >= 0; v = free.nextSetBit(v + 1)) {
            for (int i : inequalitiesOf[v]) {
                if (!seenInequalities.get(i)) {
                    seenInequalities.set(i);
                    addInequality(model, variables, table.inequalities().get(i));
                }
            }
        }
        variables.get(target).weight(1);
        Optimisation.Result min = model.minimise();
        Optimisation.Result max = model.maximise();
        if (!min.getState().isFeasible() || !max.getState().isFeasible()) {
            // The true values are feasible, so this is a numerical failure: report the narrowest interval,
            // which makes the caller hide more rather than trust it.
            long v = table.value(target);
            return new long[] {v, v};
        }
        long low = (long) Math.ceil(min.getValue() - EPSILON);
        long high = max.getState() == Optimisation.State.UNBOUNDED ? Long.MAX_VALUE
                : (long) Math.floor(max.getValue() + EPSILON);
        return new long[] {low, high};
    }

    /** {@code total - sum(parts) = 0} with the known values moved to the right-hand side. */
    private void addRelation(ExpressionsBasedModel model, Map<Integer, Variable> variables, LinearTable.Relation relation) {
        Map<Integer, Long> coefficients = new HashMap<>();
        long constant = 0;
        int[] members = relation.members();
        for (int i = 0; i < members.length; i++) {
            long sign = i == 0 ? 1 : -1;
            if (variables.containsKey(members[i])) {
                coefficients.merge(members[i], sign, Long::sum);
            } else {
                constant += sign * table.value(members[i]);
            }
        }
        coefficients.values().removeIf(c -> c == 0);
        if (coefficients.isEmpty()) {
            return;
        }
        Expression expression = model.addExpression().level(-constant);
        coefficients.forEach((v, c) -> expression.set(variables.get(v), c));
    }

    private static int[] members(LinearTable.AtMost atMost) {
        int[] members = java.util.Arrays.copyOf(atMost.parts(), atMost.parts().length + 1);
        members[atMost.parts().length] = atMost.whole();
        return members;
    }

    /** {@code sum(parts) - whole <= 0} with the known values moved to the right-hand side. */
    private void addInequality(ExpressionsBasedModel model, Map<Integer, Variable> variables, LinearTable.AtMost atMost) {
        Map<Integer, Long> coefficients = new HashMap<>();
        long constant = 0;
        int[] members = members(atMost);
        for (int i = 0; i < members.length; i++) {
            long sign = i == members.length - 1 ? -1 : 1;
            if (variables.containsKey(members[i])) {
                coefficients.merge(members[i], sign, Long::sum);
            } else {
                constant += sign * table.value(members[i]);
            }
        }
        coefficients.values().removeIf(c -> c == 0);
        if (coefficients.isEmpty()) {
            return;
        }
        Expression expression = model.addExpression().upper(-constant);
        coefficients.forEach((v, c) -> expression.set(variables.get(v), c));
    }
}
