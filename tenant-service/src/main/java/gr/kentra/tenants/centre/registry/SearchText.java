package gr.kentra.tenants.centre.registry;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for accent- and case-insensitive search: "Μοσχάτου" and "ΜΟΣΧΑΤΟΥ" both become "μοσχατου".
 * Done in Java, the same way for the stored column and the query, so it needs no database extension.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchText() {
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String stripped = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return stripped.toLowerCase(Locale.ROOT).replace('ς', 'σ');
    }

    public static String of(String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part != null) {
                text.append(text.isEmpty() ? "" : " ").append(fold(part));
            }
        }
        return text.length() <= 1000 ? text.toString() : text.substring(0, 1000);
    }
}
