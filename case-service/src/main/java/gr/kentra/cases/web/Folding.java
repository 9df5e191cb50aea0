package gr.kentra.cases.web;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text as a list's filter compares it: without accents or diaeresis, lower case, final sigma as sigma. */
final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return bare.toLowerCase(Locale.ROOT).replace('ς', 'σ');
    }
}
