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
 * <p>Not covered: bounds a reader can derive by combining several relations with non-negativity (interval
 * disclosure beyond the single-relation "all 1s" case); the linear audit is exact, that check is not.
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

    public Suppression(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        this.k = k;
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
        return new ProtectedGrid(grid, layout, table, hideUntilNothingIsDisclosed(state));
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
        return new ProtectedGrid(grid, layout, table, state.hidden());
    }

    /** The hidden values of any table in the general shape. */
    BitSet protect(LinearTable table) {
        HidingState state = primary(table);
        state.closeSingleHiddenRelations();
        return hideUntilNothingIsDisclosed(state);
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

    private static BitSet hideUntilNothingIsDisclosed(HidingState start) {
        HidingState state = start;
        while (true) {
            Round round = new Round(state, DisclosureAudit.disclosed(state.table(), state.hidden()));
            while (!round.disclosed().isEmpty()) {
                round = protectFurther(round.state(), round.disclosed().nextSetBit(0));
            }
            state = round.state();
            if (!state.breakHiddenOnes()) {
                return state.hidden();
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
