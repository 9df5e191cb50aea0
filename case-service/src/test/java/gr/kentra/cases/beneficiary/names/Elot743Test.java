package gr.kentra.cases.beneficiary.names;

import static gr.kentra.commons.testing.PropertyCheck.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import gr.kentra.commons.testing.Gen;
import gr.kentra.commons.testing.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Elot743Test {

    @ParameterizedTest
    @CsvSource({
            "Παπαδόπουλος, Papadopoulos",
            "Γεωργίου, Georgiou",
            "Νικόλαος, Nikolaos",
            "Ελένη, Eleni",
            "Ευάγγελος, Evangelos",
            "Ευθυμίου, Efthymiou",
            "Αύγουστος, Avgoustos",
            "Μπακογιάννη, Bakogianni",
            "Λαμπράκης, Lamprakis",
            "Ψυχογιός, Psychogios",
            "Χατζηθεοδώρου, Chatzitheodorou",
            "Ντίνος, Ntinos",
            "Άγγελος, Angelos",
            "Σπύρος, Spyros",
            "Ευσταθίου, Efstathiou",
            "Αγλαΐα, Aglaia",
            "ΠΑΠΑΔΟΠΟΥΛΟΣ, PAPADOPOULOS",
            "Μαρία-Ελένη, Maria-Eleni",
            "Θεοφάνης, Theofanis",
    })
    void transliteratesAfterElot743(String greek, String latin) {
        assertThat(Elot743.transliterate(greek)).isEqualTo(latin);
    }

    @Test
    void producesOnlyAsciiLettersSpacesAndHyphens() {
        forAll(NAMES).check(name -> assertThat(Elot743.transliterate(name)).matches("[A-Za-z -]*"));
    }

    /** Greek and Coptic with a few strangers, polytonic Greek, and any characters at all. */
    private static final Gen<String> NAMES = Gen.oneOf(
            Elot743Test::greekWithStrangers,
            source -> source.string('\u1f00', '\u1fff', 0, 10),
            source -> source.string(Character.MIN_VALUE, Character.MAX_VALUE, 0, 20));

    private static String greekWithStrangers(Source source) {
        int length = source.upTo(0, 30);
        StringBuilder name = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            name.append(source.oneIn(20) ? source.charOf(" -'\u00e91") : source.charBetween('\u0370', '\u03ff'));
        }
        return name.toString();
    }
}
