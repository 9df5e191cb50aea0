package gr.kentra.reporting.suppression;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;

/**
 * Small-cell suppression with complementary suppression. A value {@code v} with {@code 0 < v < k} is hidden
 * (primary suppression; zeros are published); further values are hidden until no hidden value can be
 * worked out from the published ones through any combination of the table's "total = sum of parts"
 * relations, which an exact audit ({@link DisclosureAudit}) confirms. The result is deterministic.
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
        return new ProtectedGrid(grid, layout, table, protect(table));
    }

    /** The hidden values of any table in the general shape. */
    BitSet protect(LinearTable table) {
        HidingState state = new HidingState(table);
        for (int v = 0; v < table.size(); v++) {
            if (table.value(v) > 0 && table.value(v) < k) {
                state.hide(v);
            }
        }
        state.closeSingleHiddenRelations();
        Round round = new Round(state, DisclosureAudit.disclosed(table, state.hidden()));
        while (!round.disclosed().isEmpty()) {
            round = protectFurther(round.state(), round.disclosed().nextSetBit(0));
        }
        return round.state().hidden();
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
