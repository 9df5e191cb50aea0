package gr.kentra.commons.web.locale;

import java.util.List;
import java.util.Locale;

/** Kentra speaks Greek, and English on request; nothing else. */
public final class Languages {

    public static final Locale GREEK = Locale.forLanguageTag("el");
    public static final List<Locale> SUPPORTED = List.of(GREEK, Locale.ENGLISH);

    private Languages() {
    }

    /** The supported locale a {@code lang} value names ({@code el}, {@code en}), or null for anything else. */
    public static Locale named(String language) {
        if ("en".equals(language)) {
            return Locale.ENGLISH;
        }
        return "el".equals(language) ? GREEK : null;
    }
}
