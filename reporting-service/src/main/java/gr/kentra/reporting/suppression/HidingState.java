package gr.kentra.reporting.suppression;

import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Which values of a table are hidden, with how many hidden members each relation has, and the
 * complementary heuristic that works on it.
 */
final class HidingState {

    private final LinearTable table;
    private final BitSet hidden;
    private final int[] hiddenMembers;

    HidingState(LinearTable table) {
        this(table, new BitSet(table.size()), new int[table.relations().size()]);
    }

    private HidingState(LinearTable table, BitSet hidden, int[] hiddenMembers) {
        this.table = table;
        this.hidden = hidden;
        this.hiddenMembers = hiddenMembers;
    }

    HidingState copy() {
        return new HidingState(table, (BitSet) hidden.clone(), hiddenMembers.clone());
    }

    LinearTable table() {
        return table;
    }

    boolean isHidden(int value) {
        return hidden.get(value);
    }

    BitSet hidden() {
        return (BitSet) hidden.clone();
    }

    void hide(int value) {
        if (!hidden.get(value)) {
            hidden.set(value);
            for (int relation : table.relationsOf(value)) {
                hiddenMembers[relation] += occurrences(table.relations().get(relation), value);
            }
        }
    }

    /**
     * Until no relation has exactly one hidden member (that member would be its published total minus its
     * published parts), hides one more member of such a relation, in a fixed order so the result is
     * deterministic. True if anything was hidden.
     */
    boolean closeSingleHiddenRelations() {
        boolean any = false;
        boolean changed = true;
        while (changed) {
            changed = false;
            List<LinearTable.Relation> relations = table.relations();
            for (int r = 0; r < relations.size(); r++) {
                if (hiddenMembers[r] == 1) {
                    int complement = bestCandidate(relations.get(r).members(), r);
                    if (complement >= 0) {
                        hide(complement);
                        changed = true;
                        any = true;
                    }
                }
            }
        }
        return any;
    }

    /**
     * Zeros are always published, so a reader knows that every hidden value is at least 1: hidden parts of
     * a relation with a published total that add up to their own number are all 1s. Hides one more member
     * of each such relation (a value other than 1 if there is one, since another 1 keeps the pattern);
     * true if anything was hidden.
     */
    boolean breakHiddenOnes() {
        boolean any = false;
        List<LinearTable.Relation> relations = table.relations();
        for (int r = 0; r < relations.size(); r++) {
            LinearTable.Relation relation = relations.get(r);
            if (hiddenMembers[r] > 0 && !hidden.get(relation.total()) && hiddenPartsAreAllOnes(relation)) {
                Comparator<Integer> order = Comparator.<Integer>comparingInt(v -> table.value(v) == 1 ? 1 : 0)
                        .thenComparing(preference(r));
                int best = -1;
                for (int member : relation.members()) {
                    if (isCandidate(member) && (best < 0 || order.compare(member, best) < 0)) {
                        best = member;
                    }
                }
                if (best >= 0) {
                    hide(best);
                    any = true;
                }
            }
        }
        return any;
    }

    private boolean hiddenPartsAreAllOnes(LinearTable.Relation relation) {
        long sum = 0;
        int count = 0;
        for (int part : relation.parts()) {
            if (hidden.get(part)) {
                sum += table.value(part);
                count++;
            }
        }
        return count > 0 && sum == count;
    }

    /** The best value among {@code members} to hide next, or -1 when none can be hidden usefully. */
    int bestCandidate(int[] members, int exceptRelation) {
        int best = -1;
        Comparator<Integer> order = preference(exceptRelation);
        for (int member : members) {
            if (isCandidate(member) && (best < 0 || order.compare(member, best) < 0)) {
                best = member;
            }
        }
        return best;
    }

    /** Published non-zero values: hiding a zero protects nothing, and zeros are always published. */
    boolean isCandidate(int value) {
        return !hidden.get(value) && table.value(value) > 0 && !table.isFixed(value);
    }

    /**
     * Cells before totals (a hidden total blanks a margin), then values that also close another relation
     * with a single hidden member (one hide doing two jobs), then the smallest value (least information
     * lost), then the lowest index so that ties are broken the same way every time.
     */
    Comparator<Integer> preference(int exceptRelation) {
        return Comparator.<Integer>comparingInt(v -> table.isTotal(v) ? 1 : 0)
                .thenComparingInt(v -> closesAnother(v, exceptRelation) ? 0 : 1)
                .thenComparingLong(table::value)
                .thenComparingInt(v -> v);
    }

    private boolean closesAnother(int value, int exceptRelation) {
        for (int relation : table.relationsOf(value)) {
            if (relation != exceptRelation && hiddenMembers[relation] == 1) {
                return true;
            }
        }
        return false;
    }

    private static int occurrences(LinearTable.Relation relation, int value) {
        int count = relation.total() == value ? 1 : 0;
        for (int part : relation.parts()) {
            count += part == value ? 1 : 0;
        }
        return count;
    }
}
