package gr.kentra.reporting.suppression;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Objects;

/**
 * Exact check of which hidden values a reader can work out from the published values.
 *
 * <p>Move the published values of every relation to the right-hand side: what is left is a system
 * {@code A x = b} over the hidden values. A hidden value {@code x_i} is disclosed exactly when the unit
 * vector {@code e_i} lies in the row space of {@code A}. After Gauss-Jordan elimination every pivot column
 * is zero outside its own row, so {@code e_i} is in the row space only if the reduced row whose pivot is
 * {@code i} has no other non-zero entry. The arithmetic is exact: fraction-free elimination on longs
 * (rows kept small by dividing out their gcd), repeated with BigInteger if a long would overflow.
 */
final class DisclosureAudit {

    private DisclosureAudit() {
    }

    /** The hidden values (indices into the table) that the published values and relations determine. */
    static BitSet disclosed(LinearTable table, BitSet hidden) {
        int[] column = new int[table.size()];
        int[] valueOf = new int[hidden.cardinality()];
        Arrays.fill(column, -1);
        int width = 0;
        for (int v = hidden.nextSetBit(0); v >= 0; v = hidden.nextSetBit(v + 1)) {
            column[v] = width;
            valueOf[width++] = v;
        }
        long[][] matrix = table.relations().stream()
                .map(relation -> restrictedRow(relation, column, valueOf.length))
                .filter(Objects::nonNull)
                .toArray(long[][]::new);
        boolean[] determined = determinedColumns(matrix, width);
        BitSet disclosed = new BitSet(table.size());
        for (int c = 0; c < width; c++) {
            if (determined[c]) {
                disclosed.set(valueOf[c]);
            }
        }
        return disclosed;
    }

    /** For each column of the matrix, whether its unit vector lies in the matrix's row space. */
    static boolean[] determinedColumns(long[][] matrix, int width) {
        try {
            return withLongs(matrix, width);
        } catch (ArithmeticException overflow) {
            return withBigIntegers(matrix, width);
        }
    }

    /** The relation as a row over the hidden values (total +1, parts -1), or null if it has none. */
    private static long[] restrictedRow(LinearTable.Relation relation, int[] column, int width) {
        long[] row = new long[width];
        boolean any = false;
        if (column[relation.total()] >= 0) {
            row[column[relation.total()]] += 1;
            any = true;
        }
        for (int part : relation.parts()) {
            if (column[part] >= 0) {
                row[column[part]] -= 1;
                any = true;
            }
        }
        return any ? row : null;
    }

    static boolean[] withLongs(long[][] matrix, int width) {
        long[][] rows = new long[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            rows[i] = matrix[i].clone();
        }
        int[] pivotColumn = new int[rows.length];
        int rank = 0;
        for (int col = 0; col < width && rank < rows.length; col++) {
            int pivotRow = firstNonZero(rows, rank, col);
            if (pivotRow < 0) {
                continue;
            }
            long[] pivot = rows[pivotRow];
            rows[pivotRow] = rows[rank];
            rows[rank] = pivot;
            long a = pivot[col];
            for (int i = 0; i < rows.length; i++) {
                long b = rows[i][col];
                if (i == rank || b == 0) {
                    continue;
                }
                long[] row = rows[i];
                for (int j = 0; j < width; j++) {
                    row[j] = Math.subtractExact(Math.multiplyExact(row[j], a), Math.multiplyExact(pivot[j], b));
                }
                divideByGcd(row);
            }
            pivotColumn[rank++] = col;
        }
        boolean[] determined = new boolean[width];
        for (int i = 0; i < rank; i++) {
            determined[pivotColumn[i]] = nonZeroCount(rows[i]) == 1;
        }
        return determined;
    }

    static boolean[] withBigIntegers(long[][] matrix, int width) {
        BigInteger[][] rows = new BigInteger[matrix.length][width];
        for (int i = 0; i < matrix.length; i++) {
            for (int j = 0; j < width; j++) {
                rows[i][j] = BigInteger.valueOf(matrix[i][j]);
            }
        }
        int[] pivotColumn = new int[rows.length];
        int rank = 0;
        for (int col = 0; col < width && rank < rows.length; col++) {
            int pivotRow = -1;
            for (int i = rank; i < rows.length && pivotRow < 0; i++) {
                pivotRow = rows[i][col].signum() != 0 ? i : -1;
            }
            if (pivotRow < 0) {
                continue;
            }
            BigInteger[] pivot = rows[pivotRow];
            rows[pivotRow] = rows[rank];
            rows[rank] = pivot;
            BigInteger a = pivot[col];
            for (int i = 0; i < rows.length; i++) {
                BigInteger b = rows[i][col];
                if (i == rank || b.signum() == 0) {
                    continue;
                }
                BigInteger gcd = BigInteger.ZERO;
                for (int j = 0; j < width; j++) {
                    rows[i][j] = rows[i][j].multiply(a).subtract(pivot[j].multiply(b));
                    gcd = gcd.gcd(rows[i][j]);
                }
                for (int j = 0; gcd.compareTo(BigInteger.ONE) > 0 && j < width; j++) {
                    rows[i][j] = rows[i][j].divide(gcd);
                }
            }
            pivotColumn[rank++] = col;
        }
        boolean[] determined = new boolean[width];
        for (int i = 0; i < rank; i++) {
            int nonZero = 0;
            for (BigInteger entry : rows[i]) {
                nonZero += entry.signum() != 0 ? 1 : 0;
            }
            determined[pivotColumn[i]] = nonZero == 1;
        }
        return determined;
    }

    private static int firstNonZero(long[][] rows, int from, int col) {
        for (int i = from; i < rows.length; i++) {
            if (rows[i][col] != 0) {
                return i;
            }
        }
        return -1;
    }

    private static void divideByGcd(long[] row) {
        long gcd = 0;
        for (long entry : row) {
            gcd = gcd(gcd, Math.absExact(entry));
        }
        if (gcd > 1) {
            for (int j = 0; j < row.length; j++) {
                row[j] /= gcd;
            }
        }
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    private static int nonZeroCount(long[] row) {
        int count = 0;
        for (long entry : row) {
            count += entry != 0 ? 1 : 0;
        }
        return count;
    }
}
