package gr.kentra.reporting.indicator;

/** One published number: the count, or {@code null} with {@code suppressed} when it must not be shown. */
public record Value(Long value, boolean suppressed) {

    static Value of(long value, boolean hidden) {
        return hidden ? new Value(null, true) : new Value(value, false);
    }

    /** A distinct count that is not a sum of the grid: hidden with its grid twin, and on its own when small. */
    static Value distinct(Long value, boolean hiddenInGrid, int k) {
        long v = value == null ? 0 : value;
        return of(v, hiddenInGrid || (v > 0 && v < k));
    }
}
