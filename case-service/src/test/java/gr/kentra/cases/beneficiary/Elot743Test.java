package gr.kentra.cases.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

    @Property
    void producesOnlyAsciiLettersSpacesAndHyphens(@ForAll("names") String name) {
        assertThat(Elot743.transliterate(name)).matches("[A-Za-z -]*");
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('\u0370', '\u03ff').withChars(' ', '-', '\'', 'é', '1').ofMaxLength(30),
                Arbitraries.strings().withCharRange('\u1f00', '\u1fff').ofMaxLength(10),
                Arbitraries.strings().all().ofMaxLength(20));
    }
}
