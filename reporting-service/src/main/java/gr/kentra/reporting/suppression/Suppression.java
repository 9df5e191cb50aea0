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
     * disclosure the heuristic missed. Past that the best-ranked one is hidden anyway and the audit runs
     * again; every round hides at least one more value, so the loop ends.
     */
    private static final int TRIALS = 8;

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
        return new ProtectedGrid(grid, layout, table, protectIntervals(hideUntilNothingIsDisclosed(state)).hidden(), k,
                true);
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
        return protectIntervals(hideUntilNothingIsDisclosed(state)).hidden();
    }

    /** The hidden values of a table whose values already hidden are {@code start}, protected further. */
    BitSet protectFrom(LinearTable table, BitSet start) {
        HidingState state = primary(table);
        start.stream().forEach(state::hide);
        state.closeSingleHiddenRelations();
        return protectIntervals(hideUntilNothingIsDisclosed(state)).hidden();
    }

    /**
     * Hides more until every small hidden value's interval is wide enough. Hiding more only widens intervals
     * (a published value becomes an unknown that may still take its true value), so a value found wide
     * enough stays so and each is checked until it is.
     */
    private HidingState protectIntervals(HidingState start) {
        HidingState state = start;
        IntervalAudit audit = new IntervalAudit(state.table(), k);
        BitSet hidden = state.hidden();
        for (int value = hidden.nextSetBit(0); value >= 0; value = hidden.nextSetBit(value + 1)) {
            if (!audit.isSmall(value)) {
                continue;
            }
            while (!audit.wideEnough(state.hidden(), value, lowerProtection, upperProtection)) {
                HidingState wider = widen(state, audit, value);
                if (wider == null) {
                    break;
                }
                state = wider;
            }
        }
        return state;
    }

    /** One more value hidden near {@code value} (the first of the best few that suffices), audited again. */
    private HidingState widen(HidingState state, IntervalAudit audit, int value) {
        List<Integer> candidates = candidatesAround(state, List.of(value));
        if (candidates.isEmpty()) {
            candidates = candidatesAround(state, state.hidden().stream().boxed().toList());
        }
        if (candidates.isEmpty()) {
            candidates = allCandidates(state);
        }
        if (candidates.isEmpty()) {
            return null;
        }
        int chosen = candidates.get(0);
        for (int candidate : candidates.subList(0, Math.min(TRIALS, candidates.size()))) {
            BitSet trial = state.hidden();
            trial.set(candidate);
            // Choosing among candidates: the quick check suffices (a miss only means the best-ranked is taken).
            if (audit.wideEnough(trial, value, lowerProtection, upperProtection, false)) {
                chosen = candidate;
                break;
            }
        }
        HidingState next = state.copy();
        next.hide(chosen);
        next.closeSingleHiddenRelations();
        return hideUntilNothingIsDisclosed(next);
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
