package gr.kentra.cases.beneficiary.names;

import static java.util.Map.entry;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How a name sounds, as one key for the Greek spelling and every Latin one people type: ELOT 743, "greeklish"
 * (w for ω, 8 for θ, x for χ, b/d/g for μπ/ντ/γκ) and anglicised forms (Hadjidakis). Each word becomes its sounds:
 * ω/ο/o/w → o; η/ι/υ/ει/οι/υι/i/y/ee → i; ου/ou/oy/u → u; αι/ai/e → e; χ/ch/kh/h → h; θ/th/8 → th; μπ/mp/mb/b → b;
 * ντ/nt/d → d; γκ/γγ/gk/ng/g → g; τζ/tz/dz/dj/j → dz; ξ/ks → ks; ψ/ps; φ/ph/f → f; β/v → v; αυ/ευ as av/ev or
 * af/ef by the next sound (as ELOT 743 writes them); then doubled letters count once and a final s is dropped (so a
 * man's and a woman's surname, Χατζηδάκης and Χατζηδάκη, share a key). A Latin word may have more than one key
 * where the spelling is ambiguous: x is χ to most typists but ξ in ELOT 743. Greek and Latin letters never overlap,
 * so one table holds both; it is read greedily, longest spelling first.
 */
public final class PhoneticKey {

    /** Spellings → sounds; alternatives only where Latin spelling is really ambiguous. */
    private static final Map<String, List<String>> SOUNDS = Map.ofEntries(
            // Greek digraphs, then letters (after accents are stripped and ς is σ)
            entry("ου", List.of("u")), entry("αι", List.of("e")), entry("ει", List.of("i")),
            entry("οι", List.of("i")), entry("υι", List.of("i")), entry("μπ", List.of("b")),
            entry("ντ", List.of("d")), entry("γκ", List.of("g")), entry("γγ", List.of("g")),
            entry("γξ", List.of("gks")), entry("γχ", List.of("gh")), entry("τζ", List.of("dz")),
            entry("α", List.of("a")), entry("β", List.of("v")), entry("γ", List.of("g")), entry("δ", List.of("d")),
            entry("ε", List.of("e")), entry("ζ", List.of("z")), entry("η", List.of("i")), entry("θ", List.of("th")),
            entry("ι", List.of("i")), entry("κ", List.of("k")), entry("λ", List.of("l")), entry("μ", List.of("m")),
            entry("ν", List.of("n")), entry("ξ", List.of("ks")), entry("ο", List.of("o")), entry("π", List.of("p")),
            entry("ρ", List.of("r")), entry("σ", List.of("s")), entry("τ", List.of("t")), entry("υ", List.of("i")),
            entry("φ", List.of("f")), entry("χ", List.of("h")), entry("ψ", List.of("ps")), entry("ω", List.of("o")),
            // Latin: three letters (kept apart so that a shorter rule does not split them), two, one
            entry("nth", List.of("nth")), entry("nch", List.of("gh")),
            entry("ou", List.of("u")), entry("oy", List.of("u")), entry("ai", List.of("e")), entry("ei", List.of("i")),
            entry("oi", List.of("i")), entry("ee", List.of("i")), entry("mp", List.of("b")), entry("mb", List.of("b")),
            entry("nt", List.of("d")), entry("gk", List.of("g")), entry("ng", List.of("g")), entry("nx", List.of("gks")),
            entry("tz", List.of("dz")), entry("dz", List.of("dz")), entry("dj", List.of("dz")),
            entry("ch", List.of("h")), entry("kh", List.of("h")), entry("ph", List.of("f")), entry("ck", List.of("k")),
            entry("a", List.of("a")), entry("b", List.of("b")), entry("c", List.of("k")), entry("d", List.of("d")),
            entry("e", List.of("e")), entry("f", List.of("f")), entry("g", List.of("g")), entry("h", List.of("h")),
            entry("i", List.of("i")), entry("j", List.of("dz")), entry("k", List.of("k")), entry("l", List.of("l")),
            entry("m", List.of("m")), entry("n", List.of("n")), entry("o", List.of("o")), entry("p", List.of("p")),
            entry("q", List.of("k")), entry("r", List.of("r")), entry("s", List.of("s")), entry("t", List.of("t")),
            entry("u", List.of("u")), entry("v", List.of("v")), entry("w", List.of("o")), entry("x", List.of("h", "ks")),
            entry("y", List.of("i")), entry("z", List.of("z")),
            // greeklish digits that look like letters
            entry("8", List.of("th")), entry("3", List.of("ks")));

    private static final int LONGEST = 3;
    /** Enough for three ambiguous letters in one word; more would only widen the search. */
    private static final int MAX_KEYS = 8;
    /** Marks a diaeresis: the letters on either side are not a digraph (Αγλαΐα is a-i, not e). */
    private static final char BREAK = '|';
    /** Vowels that turn a following υ (or Latin u) into v/f: αυ, ευ, ηυ. */
    private static final String TURNS_UPSILON = "αεηae";
    /** Sounds after which αυ/ευ is af/ef rather than av/ev (ELOT 743's rule). */
    private static final String UNVOICED = "θκξπστφχψptkfsxhcq8";
    private static final String LATIN_VOWELS = "aeiouw";

    private PhoneticKey() {
    }

    /** The keys of one word, the likeliest first; none for a word with no letters. */
    public static List<String> ofWord(String word) {
        String letters = letters(word);
        List<StringBuilder> keys = new ArrayList<>(List.of(new StringBuilder()));
        int i = 0;
        while (i < letters.length()) {
            if (letters.charAt(i) == BREAK) {
                i++;
                continue;
            }
            Sound sound = soundAt(letters, i);
            keys = extend(keys, sound.keys());
            i += sound.length();
        }
        Set<String> distinct = new LinkedHashSet<>();
        keys.forEach(key -> distinct.add(finish(key)));
        distinct.remove("");
        return List.copyOf(distinct);
    }

    /** Keys of each word of a text, in order: one list of alternatives per word. */
    static List<List<String>> ofWords(String text) {
        List<List<String>> words = new ArrayList<>();
        for (String word : words(text)) {
            List<String> keys = ofWord(word);
            if (!keys.isEmpty()) {
                words.add(keys);
            }
        }
        return words;
    }

    /** The likeliest key of each word, joined by spaces: what a query is ranked by. */
    public static String of(String text) {
        return String.join(" ", ofWords(text).stream().map(List::getFirst).toList());
    }

    /** The words of a text as the key reads them: diaeresis kept as a break, anything else not a letter splits. */
    public static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c == '\u0308' && !word.isEmpty()) {
                word.insert(word.length() - 1, BREAK);
            } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            } else if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    private static String letters(String word) {
        StringBuilder out = new StringBuilder();
        for (String w : words(word)) {
            out.append(w);
        }
        return out.toString().toLowerCase(Locale.ROOT).replace('ς', 'σ');
    }

    private record Sound(List<String> keys, int length) {
    }

    private static Sound soundAt(String letters, int i) {
        char c = letters.charAt(i);
        char next = i + 1 < letters.length() ? letters.charAt(i + 1) : ' ';
        if (TURNS_UPSILON.indexOf(c) >= 0 && (next == 'υ' || next == 'u')
                && isGreek(c) == (next == 'υ')) {
            char after = i + 2 < letters.length() ? letters.charAt(i + 2) : ' ';
            boolean unvoiced = after == ' ' || UNVOICED.indexOf(after) >= 0;
            return new Sound(List.of(SOUNDS.get(String.valueOf(c)).getFirst() + (unvoiced ? "f" : "v")), 2);
        }
        char afterNext = i + 2 < letters.length() ? letters.charAt(i + 2) : ' ';
        if (c == 'o' && next == 'y' && LATIN_VOWELS.indexOf(afterNext) >= 0) {
            // Kefaloyanni, Boyatzis: oy before a vowel is ο and γι, not ου.
            return new Sound(List.of("o"), 1);
        }
        if (c == 'y' && LATIN_VOWELS.indexOf(next) >= 0
                && (i == 0 || LATIN_VOWELS.indexOf(letters.charAt(i - 1)) >= 0)) {
            // Yannis, Yiorgos, Panayiotis: an anglicised y before a vowel is γι.
            return new Sound(List.of("gi"), 1);
        }
        for (int length = Math.min(LONGEST, letters.length() - i); length > 0; length--) {
            List<String> keys = SOUNDS.get(letters.substring(i, i + length));
            if (keys != null) {
                return new Sound(keys, length);
            }
        }
        // Another script or letter: kept as it is, so such names still match themselves.
        return new Sound(List.of(String.valueOf(c)), 1);
    }

    private static boolean isGreek(char c) {
        return c >= '\u0370' && c <= '\u03ff';
    }

    private static List<StringBuilder> extend(List<StringBuilder> keys, List<String> sounds) {
        if (sounds.size() == 1) {
            keys.forEach(key -> key.append(sounds.getFirst()));
            return keys;
        }
        List<StringBuilder> extended = new ArrayList<>();
        for (StringBuilder key : keys) {
            for (String sound : sounds) {
                if (extended.size() < MAX_KEYS) {
                    extended.add(new StringBuilder(key).append(sound));
                }
            }
        }
        return extended;
    }

    /** Doubled letters count once; a final s goes. */
    private static String finish(StringBuilder key) {
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        if (out.length() > 1 && out.charAt(out.length() - 1) == 's') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }
}
