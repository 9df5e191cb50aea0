package gr.kentra.reporting.suppression;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A second opinion on disclosure, written apart from {@link DisclosureAudit} and on a different model.
 * The unknowns here are the grid's cells, not the hidden values: every published value is a linear
 * equation "sum of its cells = value". A hidden value (itself a sum of cells) is determined exactly when
 * its cell vector lies in the span of the published equations, i.e. when appending it does not raise the
 * rank. Ranks are computed with Bareiss's fraction-free elimination over BigInteger.
 */
final class IndependentDisclosureCheck {

    private IndependentDisclosureCheck() {
    }

    /** Names of the hidden values that the published values determine. */
    static List<String> disclosedValues(PublishedValues values) {
        List<boolean[]> published = values.shown().stream().map(PublishedValues.Item::cells).toList();
        int publishedRank = rank(published);
        List<String> disclosed = new ArrayList<>();
        for (PublishedValues.Item hidden : values.hidden()) {
            List<boolean[]> withHidden = new ArrayList<>(published);
            withHidden.add(hidden.cells());
            if (rank(withHidden) == publishedRank) {
                disclosed.add(hidden.name());
            }
        }
        return disclosed;
    }

    static int rank(List<boolean[]> vectors) {
        if (vectors.isEmpty()) {
            return 0;
        }
        int columns = vectors.get(0).length;
        BigInteger[][] m = new BigInteger[vectors.size()][columns];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < columns; j++) {
                m[i][j] = vectors.get(i)[j] ? BigInteger.ONE : BigInteger.ZERO;
            }
        }
        return bareissRank(m);
    }

    private static int bareissRank(BigInteger[][] m) {
        BigInteger previous = BigInteger.ONE;
        int rank = 0;
        for (int c = 0; c < m[0].length && rank < m.length; c++) {
            int pivot = rank;
            while (pivot < m.length && m[pivot][c].signum() == 0) {
                pivot++;
            }
            if (pivot == m.length) {
                continue;
            }
            BigInteger[] swap = m[pivot];
            m[pivot] = m[rank];
            m[rank] = swap;
            for (int i = rank + 1; i < m.length; i++) {
                for (int j = c + 1; j < m[0].length; j++) {
                    BigInteger[] quotient = m[i][j].multiply(m[rank][c]).subtract(m[i][c].multiply(m[rank][j]))
                            .divideAndRemainder(previous);
                    if (quotient[1].signum() != 0) {
                        throw new IllegalStateException("Bareiss division was not exact");
                    }
                    m[i][j] = quotient[0];
                }
                m[i][c] = BigInteger.ZERO;
            }
            previous = m[rank][c];
            rank++;
        }
        return rank;
    }
}
