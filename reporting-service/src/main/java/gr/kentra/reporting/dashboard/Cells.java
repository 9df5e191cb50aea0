package gr.kentra.reporting.dashboard;

import java.text.NumberFormat;
import java.util.Locale;

import gr.kentra.reporting.indicator.Value;

/**
 * How a published number reads on a page. A suppressed value arrives without its number (the API's
 * {@link Value} carries none), so the page can only ever print its mark: {@code <k} when it is below k,
 * {@code ×} when it is hidden to protect other values (no claim about its size).
 */
final class Cells {

    private Cells() {
    }

    static String text(Value value, int k, Locale locale) {
        if (value == null) {
            return "—";
        }
        return value.text(k, NumberFormat.getIntegerInstance(locale)::format);
    }

    /** The change from the comparison period, or a dash when either end is hidden. */
    static String change(Value now, Value before, Locale locale) {
        if (now == null || before == null || now.suppressed() || before.suppressed()) {
            return "—";
        }
        long difference = now.value() - before.value();
        String sign = difference > 0 ? "+" : "";
        String absolute = sign + NumberFormat.getIntegerInstance(locale).format(difference);
        if (before.value() == 0) {
            return absolute;
        }
        double percent = 100.0 * difference / before.value();
        return absolute + " (" + String.format(locale, "%+.1f%%", percent) + ")";
    }
}
