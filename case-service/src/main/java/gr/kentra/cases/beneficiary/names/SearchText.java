package gr.kentra.cases.beneficiary.names;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The normalised form that name search runs on: lower case, no accents or diaeresis, final sigma as σ,
 * punctuation as spaces. A beneficiary's search text holds the Greek names, the given Latin names and the
 * ELOT 743 forms of the Greek names, so a query typed in either alphabet finds them.
 */
public final class SearchText {

    private SearchText() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.toLowerCase(Locale.ROOT)
                .replace('ς', 'σ')
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim();
    }

    public static String of(String firstName, String lastName, String latinFirstName, String latinLastName) {
        return Stream.of(firstName, lastName, latinFirstName, latinLastName,
                        Elot743.transliterate(firstName), Elot743.transliterate(lastName))
                .filter(Objects::nonNull)
                .map(SearchText::normalise)
                .flatMap(words -> Arrays.stream(words.split(" ")))
                .filter(word -> !word.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new))
                .stream().collect(Collectors.joining(" "));
    }
}
