package gr.kentra.cases.beneficiary.identifiers;

import static gr.kentra.commons.testing.PropertyCheck.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import gr.kentra.commons.testing.Gen;
import org.junit.jupiter.api.Test;

class GreekIdentifiersTest {

    @Test
    void acceptsTheReferenceAmkaAndRejectsItsNeighbour() {
        assertThat(GreekIdentifiers.isValidAmka("01013099997")).isTrue();
        assertThat(GreekIdentifiers.isValidAmka("01013099998")).isFalse();
    }

    @Test
    void rejectsAmkaWithAnImpossibleDateOrWrongLength() {
        String payload = "3102800001";
        assertThat(GreekIdentifiers.isValidAmka(payload + GreekIdentifiers.luhnCheckDigit(payload))).isFalse();
        assertThat(GreekIdentifiers.isValidAmka("0101309999")).isFalse();
        assertThat(GreekIdentifiers.isValidAmka("0101309999a")).isFalse();
    }

    @Test
    void normalisesAfmPrefixesAndOldEightDigitNumbers() {
        assertThat(GreekIdentifiers.normaliseAfm("EL090000045")).isEqualTo("090000045");
        assertThat(GreekIdentifiers.normaliseAfm("gr 90000045")).isEqualTo("090000045");
        assertThat(GreekIdentifiers.isValidAfm("90000045")).isTrue();
        assertThat(GreekIdentifiers.isValidAfm("000000000")).isFalse();
    }

    @Test
    void acceptsEveryWellFormedAmka() {
        forAll(AMKAS).check(amka -> assertThat(GreekIdentifiers.isValidAmka(amka)).isTrue());
    }

    @Test
    void rejectsAnAmkaWithOneDigitChanged() {
        forAll(source -> new Change(AMKAS.next(source), source.between(0, 10), source.between(1, 9)))
                .check(change -> assertThat(GreekIdentifiers.isValidAmka(change.applied())).isFalse());
    }

    @Test
    void acceptsEveryWellFormedAfm() {
        forAll(AFMS).check(afm -> assertThat(GreekIdentifiers.isValidAfm(afm)).isTrue());
    }

    /**
     * The AFM rule folds remainder 10 into check digit 0, so only numbers whose check digit is not 0 detect every
     * single-digit change; for those, every change is caught.
     */
    @Test
    void rejectsAnAfmWithOneDigitChanged() {
        Gen<String> detecting = AFMS.filter(afm -> afm.charAt(8) != '0');
        forAll(source -> new Change(detecting.next(source), source.between(0, 8), source.between(1, 9)))
                .check(change -> {
                    String corrupted = change.applied();
                    if (!corrupted.equals("000000000")) {
                        assertThat(GreekIdentifiers.isValidAfm(corrupted)).isFalse();
                    }
                });
    }

    private static final Gen<String> AMKAS = source -> {
        LocalDate date = LocalDate.ofEpochDay(source.between(LocalDate.of(1920, 1, 1).toEpochDay(),
                LocalDate.of(2025, 12, 31).toEpochDay()));
        String payload = date.format(DateTimeFormatter.ofPattern("ddMMyy")) + source.string("0123456789", 4, 4);
        return payload + GreekIdentifiers.luhnCheckDigit(payload);
    };

    private static final Gen<String> AFMS = ((Gen<String>) source -> source.string("0123456789", 8, 8))
            .filter(s -> !s.equals("00000000")).map(s -> s + GreekIdentifiers.afmCheckDigit(s));

    /** A number with the digit at {@code position} moved on by {@code shift} (mod 10). */
    record Change(String number, int position, int shift) {

        String applied() {
            char[] digits = number.toCharArray();
            digits[position] = (char) ('0' + (digits[position] - '0' + shift) % 10);
            return new String(digits);
        }
    }
}
