package gr.kentra.cases.beneficiary.names;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Greek to Latin transliteration after ELOT 743 (the standard of Greek passports): ου→ou, αυ/ευ/ηυ→av/ev/iv
 * before vowels and voiced consonants but af/ef/if before unvoiced ones and at the end of a word, μπ→b at
 * the start or end of a word and mp inside, γγ→ng, γξ→nx, γχ→nch, θ→th, χ→ch, ψ→ps, η→i, ω→o, υ→y.
 * Accents and diaeresis are dropped (a diaeresis breaks a digraph), case is kept. The result holds only ASCII
 * letters, spaces and hyphens.
 */
public final class Elot743 {

    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('α', "a"), Map.entry('β', "v"), Map.entry('γ', "g"), Map.entry('δ', "d"),
            Map.entry('ε', "e"), Map.entry('ζ', "z"), Map.entry('η', "i"), Map.entry('θ', "th"),
            Map.entry('ι', "i"), Map.entry('κ', "k"), Map.entry('λ', "l"), Map.entry('μ', "m"),
            Map.entry('ν', "n"), Map.entry('ξ', "x"), Map.entry('ο', "o"), Map.entry('π', "p"),
            Map.entry('ρ', "r"), Map.entry('σ', "s"), Map.entry('ς', "s"), Map.entry('τ', "t"),
            Map.entry('υ', "y"), Map.entry('φ', "f"), Map.entry('χ', "ch"), Map.entry('ψ', "ps"),
            Map.entry('ω', "o"));

    private static final String UNVOICED = "θκξπσςτφχψ";

    private Elot743() {
    }

    public static String transliterate(String greek) {
        if (greek == null) {
            return null;
        }
        Letter[] letters = Letter.split(greek);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < letters.length) {
            int consumed = appendGroup(letters, i, out);
            i += consumed;
        }
        return out.toString().replaceAll(" {2,}", " ").trim();
    }

    /** Appends the Latin form of the letter group starting at {@code i}; returns how many letters it used. */
    private static int appendGroup(Letter[] letters, int i, StringBuilder out) {
        Letter current = letters[i];
        char c = current.base;
        if (!LETTERS.containsKey(c)) {
            appendOther(current, out);
            return 1;
        }
        char next = baseAt(letters, i + 1);
        boolean nextKeepsDigraph = i + 1 < letters.length && !letters[i + 1].diaeresis;
        String latin;
        int used = 2;
        if (c == 'ο' && next == 'υ' && nextKeepsDigraph) {
            latin = "ou";
        } else if ((c == 'α' || c == 'ε' || c == 'η') && next == 'υ' && nextKeepsDigraph) {
            char after = baseAt(letters, i + 2);
            boolean unvoiced = !LETTERS.containsKey(after) || UNVOICED.indexOf(after) >= 0;
            latin = LETTERS.get(c) + (unvoiced ? "f" : "v");
        } else if (c == 'μ' && next == 'π') {
            boolean edge = !LETTERS.containsKey(baseAt(letters, i - 1))
                    || !LETTERS.containsKey(baseAt(letters, i + 2));
            latin = edge ? "b" : "mp";
        } else if (c == 'γ' && (next == 'γ' || next == 'ξ' || next == 'χ')) {
            latin = "n" + LETTERS.get(next);
        } else {
            latin = LETTERS.get(c);
            used = 1;
        }
        out.append(withCase(latin, letters, i, used));
        return used;
    }

    private static void appendOther(Letter letter, StringBuilder out) {
        char c = letter.original;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-') {
            out.append(c);
        } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            out.append(' ');
        }
    }

    private static String withCase(String latin, Letter[] letters, int i, int used) {
        if (!letters[i].upper) {
            return latin;
        }
        boolean wordIsUpper = (i + used < letters.length && letters[i + used].upper
                && LETTERS.containsKey(letters[i + used].base))
                || (used > 1 && letters[i + 1].upper)
                || (i > 0 && letters[i - 1].upper && LETTERS.containsKey(letters[i - 1].base));
        if (wordIsUpper) {
            return latin.toUpperCase(Locale.ROOT);
        }
        return Character.toUpperCase(latin.charAt(0)) + latin.substring(1);
    }

    private static char baseAt(Letter[] letters, int i) {
        return i >= 0 && i < letters.length ? letters[i].base : ' ';
    }

    /** One input character without its accents: its lower-case base, its case and whether it had a diaeresis. */
    private record Letter(char original, char base, boolean upper, boolean diaeresis) {

        static Letter[] split(String text) {
            String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
            java.util.List<Letter> letters = new java.util.ArrayList<>();
            for (int i = 0; i < decomposed.length(); i++) {
                char c = decomposed.charAt(i);
                if (Character.getType(c) == Character.NON_SPACING_MARK) {
                    if (c == '\u0308' && !letters.isEmpty()) {
                        Letter last = letters.removeLast();
                        letters.add(new Letter(last.original, last.base, last.upper, true));
                    }
                    continue;
                }
                letters.add(new Letter(c, Character.toLowerCase(c), Character.isUpperCase(c), false));
            }
            return letters.toArray(Letter[]::new);
        }
    }
}
