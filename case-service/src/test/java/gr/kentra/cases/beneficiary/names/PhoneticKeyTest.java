package gr.kentra.cases.beneficiary.names;

import static gr.kentra.commons.testing.PropertyCheck.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import gr.kentra.commons.testing.Gen;
import gr.kentra.commons.testing.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneticKeyTest {

    @ParameterizedTest
    @CsvSource({
            "Χατζηδάκης, Hadjidakis", "Χατζηδάκης, Chatzidakis", "Χατζηδάκης, Xatzidakis", "Χατζηδάκης, hatzidakis",
            "Χατζηδάκης, Χατζιδάκη", "Παπαδόπουλος, Papadopoylos", "Παπαδόπουλος, papadopoulos",
            "Θεόδωρος, 8eodoros", "Θεόδωρος, Theodoros", "Μπάμπης, Mpampis", "Μπάμπης, Babis", "Ντίνος, Ntinos",
            "Ντίνος, Dinos", "Αικατερίνη, Ekaterini", "Αικατερίνη, Aikaterini", "Κώστας, Costas", "Κώστας, Kwstas",
            "Γιώργος, Yiorgos", "Γιώργος, Giorgos", "Γιάννης, Yannis", "Παναγιώτης, Panayiotis",
            "Ευάγγελος, Evangelos", "Ευάγγελος, Evaggelos", "Ευάγγελος, Euaggelos", "Ευθύμιος, Efthimios",
            "Γκιουζέλη, Giouzeli", "Λαμπράκης, Lambrakis", "Ξανθή, Xanthi", "Ξανθή, Ksanthi", "Ψαρουδάκη, Psaroudaki",
            "Παππάς, Papas", "Φώτιος, Photios", "Ειρήνη, Irini", "Οικονόμου, Ikonomou", "Βασιλείου, Vasiliou",
            "Σταυρούλα, Stavroula", "Τσακίρης, Tsakiris", "Κωνσταντίνου, Konstantinou", "Ευαγγέλου, Evangelou", "Κεφαλογιάννη, Kefaloyanni", "Μπογιατζής, Boyatzis",
    })
    void givesAGreekNameAndAWayOfWritingItInLatinTheSameKey(String greek, String latin) {
        assertThat(PhoneticKey.ofWord(latin)).contains(PhoneticKey.ofWord(greek).getFirst());
    }

    @ParameterizedTest
    @CsvSource({"Χατζηδάκης, hadzidaki", "Παπαδοπούλου, papadopulu", "Θεόδωρος, theodoro", "Μπάμπης, babi",
            "Αικατερίνη, ekaterini", "Ευθύμιος, efthimio", "Παύλος, pavlo", "Αγλαΐα, aglaia"})
    void soundsOutAGreekName(String greek, String key) {
        assertThat(PhoneticKey.ofWord(greek)).containsExactly(key);
    }

    @Test
    void readsXBothAsChiAndAsXi() {
        assertThat(PhoneticKey.ofWord("Xatzis")).containsExactly("hadzi", "ksadzi");
    }

    @Test
    void keepsTheWordsOfAText() {
        assertThat(PhoneticKey.of("Ζωή  Καραμανλή-Ντόκου")).isEqualTo("zoi karamanli doku");
        assertThat(PhoneticKey.ofWords(" , ")).isEmpty();
    }

    @Test
    void storesEverydayFormsOfAFormalName() {
        String stored = PhoneticNames.of("Γεώργιος", "Χατζηδάκης", "Georgios", "Hadjidakis");
        assertThat(stored.split(" ")).contains("hadzidaki", "georgio", "giorgo");
        assertThat(PhoneticNames.of("Κωνσταντίνος", "Ιωάννου", null, null).split(" "))
                .contains("kosta", "dino", "konstadino", "ioanu", "gianu");
    }

    /** A Greek name, its ELOT 743 form and greeklish ways of typing it all share a key. */
    @Test
    void everyWayOfWritingAGreekNameSharesItsKey() {
        forAll(NAMES).check(name -> {
            String key = PhoneticKey.ofWord(name.greek()).getFirst();
            assertThat(PhoneticKey.ofWord(Elot743.transliterate(name.greek()))).as("ELOT 743").contains(key);
            assertThat(PhoneticKey.ofWord(name.greeklish())).as(name.greeklish()).contains(key);
            assertThat(PhoneticKey.ofWord(name.greek().toUpperCase(Locale.ROOT))).containsExactly(key);
        });
    }

    @Test
    void givesAnyWordAFewKeysAtMost() {
        forAll(Gen.<String>oneOf(source -> source.string('\u0370', '\u03ff', 0, 20),
                source -> source.string(' ', '\u024f', 0, 20))).check(text -> PhoneticKey.ofWords(text)
                .forEach(keys -> assertThat(keys).isNotEmpty().hasSizeLessThanOrEqualTo(8)));
    }

    record Name(String greek, String greeklish) {
    }

    /**
     * Greek name syllables as names are made of (no vowel pairs that only a diaeresis would tell apart), and for
     * each Greek spelling the ways people type it in Latin letters.
     */
    private static final List<String> ONSETS = List.of("", "π", "τ", "κ", "μπ", "ντ", "γκ", "β", "γ", "δ", "ζ",
            "θ", "λ", "μ", "ν", "ρ", "σ", "φ", "χ", "ψ", "ξ", "τσ", "τζ", "στ", "σπ", "σκ", "κρ", "τρ", "πρ", "γρ",
            "δρ", "θρ", "χρ", "φρ", "βλ", "κλ", "πλ", "γλ", "σμ", "γι", "κι", "χι", "λι", "νι", "μι", "πι");
    private static final List<String> VOWELS = List.of("α", "ε", "η", "ι", "ο", "ω", "ου", "αι", "ει", "οι", "υ",
            "ά", "έ", "ή", "ί", "ό", "ώ", "ού", "αί", "εί", "οί", "ύ", "αυ", "ευ");
    private static final List<String> CODAS = List.of("", "", "", "ς", "ν", "ρ", "λ", "ς", "σ", "γγ", "μ");
    private static final Map<String, List<String>> GREEKLISH = Map.ofEntries(
            Map.entry("α", List.of("a")), Map.entry("β", List.of("v")), Map.entry("γ", List.of("g")),
            Map.entry("δ", List.of("d")), Map.entry("ε", List.of("e")), Map.entry("ζ", List.of("z")),
            Map.entry("η", List.of("i")), Map.entry("θ", List.of("th", "8")), Map.entry("ι", List.of("i")),
            Map.entry("κ", List.of("k", "c")), Map.entry("λ", List.of("l")), Map.entry("μ", List.of("m")),
            Map.entry("ν", List.of("n")), Map.entry("ξ", List.of("x", "ks")), Map.entry("ο", List.of("o")),
            Map.entry("π", List.of("p")), Map.entry("ρ", List.of("r")), Map.entry("σ", List.of("s")),
            Map.entry("ς", List.of("s")), Map.entry("τ", List.of("t")), Map.entry("υ", List.of("y", "i")),
            Map.entry("φ", List.of("f", "ph")), Map.entry("χ", List.of("ch", "h", "x", "kh")),
            Map.entry("ψ", List.of("ps")), Map.entry("ω", List.of("o", "w")), Map.entry("ου", List.of("ou", "u", "oy")),
            Map.entry("αι", List.of("ai", "e")), Map.entry("ει", List.of("ei", "i")), Map.entry("οι", List.of("oi", "i")),
            Map.entry("μπ", List.of("mp", "b")), Map.entry("ντ", List.of("nt", "d")), Map.entry("γκ", List.of("gk", "g")),
            Map.entry("γγ", List.of("gg", "ng")), Map.entry("τζ", List.of("tz", "dz", "j")));

    private static final Gen<Name> NAMES = source -> {
        int syllables = source.upTo(1, 5);
        StringBuilder greek = new StringBuilder();
        StringBuilder greeklish = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            // Only a name's first syllable may start with a vowel: two vowels meeting would read as a digraph.
            String syllable = source.oneOf(i == 0 ? ONSETS : ONSETS.subList(1, ONSETS.size())) + source.oneOf(VOWELS) + (i == syllables - 1
                    ? source.oneOf(CODAS) : "");
            greek.append(syllable);
        }
        String bare = java.text.Normalizer.normalize(greek, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        typeInLatin(bare, source, greeklish);
        return new Name(greek.toString(), greeklish.toString());
    };

    /** Types each Greek letter or digraph one of the usual ways; at most two x (each doubles the keys). */
    private static void typeInLatin(String greek, Source source, StringBuilder out) {
        int i = 0;
        int xs = 0;
        while (i < greek.length()) {
            String two = i + 1 < greek.length() ? greek.substring(i, i + 2) : "";
            if (two.matches("[αε]υ")) {
                char after = i + 2 < greek.length() ? greek.charAt(i + 2) : ' ';
                boolean unvoiced = after == ' ' || "θκξπστφχψς".indexOf(after) >= 0;
                // ευτζ is typed eftz: "eu" before a j or dz would sound voiced.
                unvoiced = unvoiced || greek.startsWith("τζ", i + 2);
                out.append(GREEKLISH.get(two.substring(0, 1)).getFirst())
                        .append(source.oneOf(unvoiced && !greek.startsWith("τζ", i + 2) ? List.of("f", "u")
                                : unvoiced ? List.of("f") : List.of("v", "u")));
                i += 2;
            } else {
                String letters = GREEKLISH.containsKey(two) ? two : greek.substring(i, i + 1);
                boolean anotherX = xs < 2;
                List<String> ways = GREEKLISH.get(letters).stream().filter(way -> anotherX || !way.equals("x")).toList();
                String typed = source.oneOf(ways);
                xs += typed.equals("x") ? 1 : 0;
                out.append(typed);
                i += letters.length();
            }
        }
    }
}
