package gr.kentra.reporting.indicator;

import gr.kentra.reporting.suppression.ProtectedGrid;

/**
 * One published number: the count, or {@code null} with {@code suppressed} when it must not be shown. A hidden
 * number says why in {@code hidden}: {@code PRIMARY}, fewer than k (printed {@code <k}), or {@code COMPLEMENTARY},
 * hidden to protect other numbers, with no claim about its size (printed {@value #COMPLEMENTARY_MARK}); null when
 * published.
 */
public record Value(Long value, boolean suppressed, ProtectedGrid.Hidden hidden) {

    /** How a number hidden to protect others is printed in every format. */
    public static final String COMPLEMENTARY_MARK = "×";

    public static Value of(long value, ProtectedGrid.Hidden mark) {
        return mark != null ? new Value(null, true, mark) : new Value(value, false, null);
    }

    /**
     * A distinct count that is not a sum of the grid: hidden with its grid twin, and on its own when small. It is
     * a total, so never marked {@code <k} (a small total would bound its hidden parts).
     */
    public static Value distinct(Long value, boolean hiddenInGrid, int k) {
        long v = value == null ? 0 : value;
        return of(v, hiddenInGrid || v > 0 && v < k ? ProtectedGrid.Hidden.COMPLEMENTARY : null);
    }

    /** The text of this number in a table: the number, {@code <k} or the complementary mark. */
    public String text(int k, java.util.function.LongFunction<String> number) {
        if (!suppressed) {
            return number.apply(value);
        }
        return hidden == ProtectedGrid.Hidden.COMPLEMENTARY ? COMPLEMENTARY_MARK : "<" + k;
    }
}
