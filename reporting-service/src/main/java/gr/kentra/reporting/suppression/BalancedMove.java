package gr.kentra.reporting.suppression;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

/**
 * A set of values that can all move together by the same amount while every relation and subset inequality of
 * the table still holds: a small cell with every total above it (its row total, its group's column total, its
 * column total, its group total, the grand total), and in linked tables one part of each partition whose total
 * moves. Once every value of such a set is hidden, a reader's interval of the cell reaches as far as the set's
 * bounds allow, which {@link #of} has checked against the protection levels: protection by construction, with no
 * linear program to solve. The cheap, always sufficient fallback of the interval protection (τ-ARGUS's "hide the
 * whole row and column", narrowed to the totals a move needs).
 */
final class BalancedMove {

    private BalancedMove() {
    }

    /**
     * The set moving {@code target} down by {@code down} and up by {@code up} (each value in it by the same
     * amount), or null when no such set is found: a value it would need is fixed, zero, or bounded too tightly
     * by its mark, or a relation would need two of its parts to move.
     */
    static BitSet of(LinearTable table, int target, long down, long up, int k) {
        BitSet moving = new BitSet(table.size());
        moving.set(target);
        Deque<Integer> queue = new ArrayDeque<>(List.of(target));
        while (!queue.isEmpty()) {
            int value = queue.poll();
            for (int r : table.relationsOf(value)) {
                int added = balance(table, table.relations().get(r), moving, down, up, k);
                if (added == FAIL) {
                    return null;
                }
                if (added >= 0) {
                    moving.set(added);
                    queue.add(added);
                }
            }
            for (int i : table.inequalitiesOf(value)) {
                int added = balance(table, table.inequalities().get(i), moving, down, up, k);
                if (added == FAIL) {
                    return null;
                }
                if (added >= 0) {
                    moving.set(added);
                    queue.add(added);
                }
            }
        }
        return moving;
    }

    private static final int FAIL = -2;
    private static final int BALANCED = -1;

    /** The value to add so that the relation stays true under the move, BALANCED, or FAIL. */
    private static int balance(LinearTable table, LinearTable.Relation relation, BitSet moving, long down, long up,
            int k) {
        int totalMoves = moving.get(relation.total()) ? 1 : 0;
        int partsMoving = 0;
        for (int part : relation.parts()) {
            partsMoving += moving.get(part) ? 1 : 0;
        }
        if (totalMoves == partsMoving) {
            return BALANCED;
        }
        if (totalMoves == 0 && partsMoving == 1) {
            return canMove(table, relation.total(), down, up, k) ? relation.total() : FAIL;
        }
        if (totalMoves == 1 && partsMoving == 0) {
            return roomiest(table, relation.parts(), down, up, k);
        }
        return FAIL;
    }

    /** The same for {@code sum(parts) <= whole}: holds under the move when its slack absorbs the difference. */
    private static int balance(LinearTable table, LinearTable.AtMost atMost, BitSet moving, long down, long up,
            int k) {
        long slack = table.value(atMost.whole());
        int partsMoving = 0;
        for (int part : atMost.parts()) {
            slack -= table.value(part);
            partsMoving += moving.get(part) ? 1 : 0;
        }
        int wholeMoves = moving.get(atMost.whole()) ? 1 : 0;
        long needed = Math.max((partsMoving - wholeMoves) * up, (wholeMoves - partsMoving) * down);
        if (needed <= slack) {
            return BALANCED;
        }
        if (partsMoving == 1 && wholeMoves == 0) {
            return canMove(table, atMost.whole(), down, up, k) ? atMost.whole() : FAIL;
        }
        if (partsMoving == 0 && wholeMoves == 1) {
            return roomiest(table, atMost.parts(), down, up, k);
        }
        return FAIL;
    }

    /** The part with the largest value that can move (it bounds nothing tighter than the others), or FAIL. */
    private static int roomiest(LinearTable table, int[] parts, long down, long up, int k) {
        int best = FAIL;
        for (int part : parts) {
            if (canMove(table, part, down, up, k) && (best == FAIL || table.value(part) > table.value(best))) {
                best = part;
            }
        }
        return best;
    }

    /** Whether the value may be hidden and moved by {@code -down..up} within what its mark tells a reader. */
    static boolean canMove(LinearTable table, int value, long down, long up, int k) {
        long v = table.value(value);
        if (table.isFixed(value) || v == 0) {
            return false;
        }
        boolean small = v < k;
        long lowest = table.isMarked(value) && !small ? k : 1;
        long highest = table.isMarked(value) && small ? k - 1L : Long.MAX_VALUE;
        return v - down >= lowest && v + up <= highest;
    }
}
