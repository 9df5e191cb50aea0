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
        // A basis of the published equations (same span, fewer rows) keeps each rank test small.
        List<boolean[]> publishedRows = values.shown().stream().map(PublishedValues.Item::cells).toList();
        List<BigInteger[]> basis = echelonBasis(matrix(publishedRows));
        List<String> disclosed = new ArrayList<>();
        for (PublishedValues.Item hidden : values.hidden()) {
            List<BigInteger[]> withHidden = new ArrayList<>(basis);
            withHidden.add(matrix(List.of(hidden.cells())).get(0));
            if (echelonBasis(withHidden).size() == basis.size()) {
                disclosed.add(hidden.name());
            }
        }
        return disclosed;
    }

    private static List<BigInteger[]> matrix(List<boolean[]> vectors) {
        List<BigInteger[]> rows = new ArrayList<>();
        for (boolean[] vector : vectors) {
            BigInteger[] row = new BigInteger[vector.length];
            for (int j = 0; j < vector.length; j++) {
                row[j] = vector[j] ? BigInteger.ONE : BigInteger.ZERO;
            }
            rows.add(row);
        }
        return rows;
    }

    /** The non-zero rows left by elimination: a basis of the rows' span, its size their rank. */
    private static List<BigInteger[]> echelonBasis(List<BigInteger[]> rows) {
        BigInteger[][] m = new BigInteger[rows.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = rows.get(i).clone();
        }
        int rank = m.length == 0 ? 0 : bareissRank(m);
        return List.of(m).subList(0, rank);
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
