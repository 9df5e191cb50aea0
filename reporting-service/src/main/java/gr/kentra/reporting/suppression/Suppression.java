package gr.kentra.reporting.suppression;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;

/**
 * Small-cell suppression with complementary suppression. A value {@code v} with {@code 0 < v < k} is hidden
 * (primary suppression; zeros are published); further values are hidden until no hidden value can be
 * worked out from the published ones through any combination of the table's "total = sum of parts"
 * relations, which an exact audit ({@link DisclosureAudit}) confirms. Since zeros are published, a
 * reader knows each hidden value is at least 1, so hidden parts of a published total that add up to their
 * own number (all 1s) are broken up too. The result is deterministic.
 *
 * <p>Then protection intervals: a reader who combines every relation with non-negativity and with the marks
 * (a {@code <k} value lies in 1..k-1, a value hidden to protect others is at least k) must not narrow a small
 * hidden value below {@code max(1, v - lower)}..{@code min(k - 1, v + upper)} (the protection levels, k and k by
 * default: nothing beyond its mark). Checked by linear programming ({@link IntervalAudit}); where an interval is
 * too narrow, more values around it are hidden.
 */
public final class Suppression {

    public static final int DEFAULT_K = 5;

    /*
     * How many complements are tried, in order of preference, to find one that on its own stops a
     * disclosure the heuristic missed (or widens a protection interval enough). Past that the best-ranked one is
     * hidden anyway and the audit runs again; every round hides at least one more value, so the loop ends.
     */
    private static final int TRIALS = 8;

    /** Interval checks by linear programming per table (see {@link #protectIntervals}). */
    static final int LINEAR_PROGRAMS = 200;

    private final int k;
    private final int lowerProtection;
    private final int upperProtection;

    public Suppression(int k) {
        this(k, k, k);
    }

    /**
     * @param lowerProtection how far below its value a small hidden value's interval must reach (down to 1)
     * @param upperProtection how far above its value it must reach (up to k - 1)
     */
    public Suppression(int k, int lowerProtection, int upperProtection) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        if (lowerProtection < 0 || upperProtection < 0) {
            throw new IllegalArgumentException("protection levels cannot be negative");
        }
        this.k = k;
        this.lowerProtection = lowerProtection;
        this.upperProtection = upperProtection;
    }

    public int k() {
        return k;
    }

    public ProtectedGrid protect(Grid grid) {
        GridLayout layout = new GridLayout(grid);
        LinearTable table = layout.table(grid);
        HidingState state = primary(table);
        RectangleCover rectangles = new RectangleCover(grid, layout);
        boolean changed = true;
        while (changed) {
            changed = rectangles.cover(state);
            changed |= state.closeSingleHiddenRelations();
        }
        return new ProtectedGrid(grid, layout, table,
                protectIntervals(hideUntilNothingIsDisclosed(state), new ZeroSumMove(grid, layout)).hidden(), k, true);
    }

    /**
     * The grid of a period of several months, protected by its months: a value is hidden when its counterpart is
     * hidden in any month's protected grid ({@code hiddenInMonths}, by {@link ProtectedGrid#hiddenKeys()}), and
     * when it is below k. Every value this publishes is then the sum of values the months publish, so it tells
     * nothing the monthly tables do not: a year minus its other eleven months cannot give a hidden month away.
     * Only for additive counts, where a period's value is the sum of its months'. No complementary search is
     * needed: a hidden value here is a sum over months, each part undetermined in its own month's table, and the
     * months' tables are independent of each other.
     */
    public ProtectedGrid protectWithin(Grid grid, java.util.Set<String> hiddenInMonths) {
        GridLayout layout = new GridLayout(grid);
        LinearTable table = layout.table(grid);
        HidingState state = primary(table);
        String[] keys = layout.keys(grid);
        for (int value = 0; value < keys.length; value++) {
            if (hiddenInMonths.contains(keys[value]) && !state.isHidden(value)) {
                state.hide(value);
            }
        }
        // No marks of size here: a period's "<k" would bound the sum of hidden month values, a relation the
        // months' protection did not see.
        return new ProtectedGrid(grid, layout, table, state.hidden(), k, false);
    }

    /** The hidden values of any table in the general shape. */
    BitSet protect(LinearTable table) {
        HidingState state = primary(table);
        state.closeSingleHiddenRelations();
        return protectIntervals(hideUntilNothingIsDisclosed(state), null).hidden();
    }

    /** The hidden values of a table whose values already hidden are {@code start}, protected further. */
    BitSet protectFrom(LinearTable table, BitSet start) {
        HidingState state = primary(table);
        start.stream().forEach(state::hide);
        state.closeSingleHiddenRelations();
        return protectIntervals(hideUntilNothingIsDisclosed(state), null).hidden();
    }

    /**
     * Hides more until every small hidden value's interval is wide enough, with bounded work (τ-ARGUS's way: one
     * check per cell, a few complements tried, then a set that is wide by construction). Per small hidden value:
     * <ol>
     * <li>if the {@link BalancedMove} of it, or a {@link ZeroSumMove} (grids only), is already hidden, it is wide
     * enough (no linear program);</li>
     * <li>else a linear program over its neighbourhood ({@link IntervalAudit#shownWideEnough}) may show it;</li>
     * <li>else the best few complements around it are tried one by one, each shown by such a program;</li>
     * <li>else, in a grid, its cheapest {@link ZeroSumMove} is hidden (cells and at most row totals: no regional or
     * national total), else its balanced move, or, in a table where none exists, every value connected to it.</li>
     * </ol>
     * At most {@link #LINEAR_PROGRAMS} checks per table, each of at most {@link IntervalAudit#MAX_UNKNOWNS}
     * unknowns; past them, steps 2 and 3 are skipped. Hiding more only widens intervals (a published value becomes
     * an unknown that may still take its true value), so a value found wide enough stays so while others are
     * protected, and the exact audit that runs last (it may hide more) cannot narrow any. The work counts, not the
     * clock, bound it, so the result stays deterministic.
     */
    private HidingState protectIntervals(HidingState start, ZeroSumMove zeroSum) {
        if (lowerProtection == 0 && upperProtection == 0) {
            return start; // no protection levels: the exact audit alone, as before intervals were checked
        }
        LinearTable table = start.table();
        IntervalAudit audit = new IntervalAudit(table, k);
        HidingState state = start.copy();
        BitSet targets = start.hidden();
        int checks = LINEAR_PROGRAMS;
        boolean hidMore = false;
        for (int value = targets.nextSetBit(0); value >= 0; value = targets.nextSetBit(value + 1)) {
            if (!audit.isSmall(value)) {
                continue;
            }
            long[] required = audit.required(value, lowerProtection, upperProtection);
            BitSet move = BalancedMove.of(table, value, table.value(value) - required[0],
                    required[1] - table.value(value), k);
            if (move != null && allHidden(state, move)) {
                continue;
            }
            BitSet keepsTotals = zeroSum == null ? null : zeroSum.cheapest(state, value,
                    table.value(value) - required[0], required[1] - table.value(value), k);
            if (keepsTotals != null && allHidden(state, keepsTotals)) {
                continue;
            }
            if (checks > 0) {
                checks--;
                if (audit.shownWideEnough(state.hidden(), value, lowerProtection, upperProtection)) {
                    continue;
                }
            }
            int complement = -1;
            for (int candidate : firstCandidates(state, value)) {
                if (checks == 0) {
                    break;
                }
                checks--;
                BitSet trial = state.hidden();
                trial.set(candidate);
                if (audit.shownWideEnough(trial, value, lowerProtection, upperProtection)) {
                    complement = candidate;
                    break;
                }
            }
            hidMore = true;
            if (complement >= 0) {
                state.hide(complement);
            } else if (keepsTotals != null) {
                keepsTotals.stream().forEach(state::hide);
            } else if (move != null) {
                move.stream().forEach(state::hide);
            } else {
                connected(state, value).stream().forEach(state::hide);
            }
        }
        if (!hidMore) {
            return state;
        }
        state.closeSingleHiddenRelations();
        return hideUntilNothingIsDisclosed(state);
    }

    private static boolean allHidden(HidingState state, BitSet values) {
        for (int v = values.nextSetBit(0); v >= 0; v = values.nextSetBit(v + 1)) {
            if (!state.isHidden(v)) {
                return false;
            }
        }
        return true;
    }

    private static List<Integer> firstCandidates(HidingState state, int value) {
        List<Integer> candidates = candidatesAround(state, List.of(value));
        return candidates.subList(0, Math.min(TRIALS, candidates.size()));
    }

    /** Every value that could be hidden and is tied to {@code value} through relations and inequalities. */
    private static BitSet connected(HidingState state, int value) {
        LinearTable table = state.table();
        BitSet reached = new BitSet(table.size());
        reached.set(value);
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(List.of(value));
        while (!queue.isEmpty()) {
            int next = queue.poll();
            List<int[]> groups = new ArrayList<>();
            for (int relation : table.relationsOf(next)) {
                groups.add(table.relations().get(relation).members());
            }
            for (int inequality : table.inequalitiesOf(next)) {
                groups.add(table.inequalities().get(inequality).members());
            }
            for (int[] members : groups) {
                for (int member : members) {
                    if (!reached.get(member)) {
                        reached.set(member);
                        queue.add(member);
                    }
                }
            }
        }
        BitSet hideable = new BitSet(table.size());
        reached.stream().filter(state::isCandidate).forEach(hideable::set);
        return hideable;
    }

    private HidingState primary(LinearTable table) {
        HidingState state = new HidingState(table);
        for (int v = 0; v < table.size(); v++) {
            if (table.value(v) > 0 && table.value(v) < k) {
                state.hide(v);
            }
        }
        return state;
    }

    private static HidingState hideUntilNothingIsDisclosed(HidingState start) {
        HidingState state = start;
        while (true) {
            Round round = new Round(state, DisclosureAudit.disclosed(state.table(), state.hidden()));
            while (!round.disclosed().isEmpty()) {
                round = protectFurther(round.state(), round.disclosed().nextSetBit(0));
            }
            state = round.state();
            if (!state.breakHiddenOnes()) {
                return state;
            }
            state.closeSingleHiddenRelations();
        }
    }

    private record Round(HidingState state, BitSet disclosed) {
    }

    private static Round protectFurther(HidingState state, int exposed) {
        List<Integer> candidates = candidatesAround(state, List.of(exposed));
        for (int candidate : candidates.subList(0, Math.min(TRIALS, candidates.size()))) {
            Round trial = hideAndAudit(state, candidate);
            if (!trial.disclosed().get(exposed)) {
                return trial;
            }
        }
        if (candidates.isEmpty()) {
            candidates = candidatesAround(state, state.hidden().stream().boxed().toList());
        }
        if (candidates.isEmpty()) {
            candidates = allCandidates(state);
        }
        if (candidates.isEmpty()) {
            // Cannot happen: with every non-zero value hidden the published values are all zero, so any
            // determined hidden value would have to be zero, and zeros are never hidden.
            throw new IllegalStateException("a hidden value is disclosed and nothing is left to hide");
        }
        return hideAndAudit(state, candidates.get(0));
    }

    private static Round hideAndAudit(HidingState state, int value) {
        HidingState next = state.copy();
        next.hide(value);
        next.closeSingleHiddenRelations();
        return new Round(next, DisclosureAudit.disclosed(next.table(), next.hidden()));
    }

    /** Values that could be hidden in the relations touching {@code values}, best first. */
    private static List<Integer> candidatesAround(HidingState state, List<Integer> values) {
        TreeSet<Integer> candidates = new TreeSet<>(state.preference(-1));
        for (int value : values) {
            for (int relation : state.table().relationsOf(value)) {
                for (int member : state.table().relations().get(relation).members()) {
                    if (state.isCandidate(member)) {
                        candidates.add(member);
                    }
                }
            }
        }
        return new ArrayList<>(candidates);
    }

    private static List<Integer> allCandidates(HidingState state) {
        TreeSet<Integer> candidates = new TreeSet<>(state.preference(-1));
        for (int v = 0; v < state.table().size(); v++) {
            if (state.isCandidate(v)) {
                candidates.add(v);
            }
        }
        return new ArrayList<>(candidates);
    }
}
