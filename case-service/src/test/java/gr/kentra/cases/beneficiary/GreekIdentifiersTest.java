package gr.kentra.cases.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;

class GreekIdentifiersTest {

    @Example
    void acceptsTheReferenceAmkaAndRejectsItsNeighbour() {
        assertThat(GreekIdentifiers.isValidAmka("01013099997")).isTrue();
        assertThat(GreekIdentifiers.isValidAmka("01013099998")).isFalse();
    }

    @Example
    void rejectsAmkaWithAnImpossibleDateOrWrongLength() {
        String payload = "3102800001";
        assertThat(GreekIdentifiers.isValidAmka(payload + GreekIdentifiers.luhnCheckDigit(payload))).isFalse();
        assertThat(GreekIdentifiers.isValidAmka("0101309999")).isFalse();
        assertThat(GreekIdentifiers.isValidAmka("0101309999a")).isFalse();
    }

    @Example
    void normalisesAfmPrefixesAndOldEightDigitNumbers() {
        assertThat(GreekIdentifiers.normaliseAfm("EL090000045")).isEqualTo("090000045");
        assertThat(GreekIdentifiers.normaliseAfm("gr 90000045")).isEqualTo("090000045");
        assertThat(GreekIdentifiers.isValidAfm("90000045")).isTrue();
        assertThat(GreekIdentifiers.isValidAfm("000000000")).isFalse();
    }

    @Property
    void acceptsEveryWellFormedAmka(@ForAll("amkas") String amka) {
        assertThat(GreekIdentifiers.isValidAmka(amka)).isTrue();
    }

    @Property
    void rejectsAnAmkaWithOneDigitChanged(@ForAll("amkas") String amka, @ForAll @IntRange(max = 10) int position,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        assertThat(GreekIdentifiers.isValidAmka(corrupt(amka, position, shift))).isFalse();
    }

    @Property
    void acceptsEveryWellFormedAfm(@ForAll("afms") String afm) {
        assertThat(GreekIdentifiers.isValidAfm(afm)).isTrue();
    }

    /**
     * The AFM rule folds remainder 10 into check digit 0, so only numbers whose check digit is not 0 detect every
     * single-digit change; for those, every change is caught.
     */
    @Property
    void rejectsAnAfmWithOneDigitChanged(@ForAll("afms") String afm, @ForAll @IntRange(max = 8) int position,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        Assume.that(afm.charAt(8) != '0');
        String corrupted = corrupt(afm, position, shift);
        Assume.that(!corrupted.equals("000000000"));
        assertThat(GreekIdentifiers.isValidAfm(corrupted)).isFalse();
    }

    @Provide
    Arbitrary<String> amkas() {
        Arbitrary<LocalDate> dates = Dates.dates().between(LocalDate.of(1920, 1, 1), LocalDate.of(2025, 12, 31));
        Arbitrary<String> serials = Arbitraries.strings().numeric().ofLength(4);
        return net.jqwik.api.Combinators.combine(dates, serials).as((date, serial) -> {
            String payload = date.format(DateTimeFormatter.ofPattern("ddMMyy")) + serial;
            return payload + GreekIdentifiers.luhnCheckDigit(payload);
        });
    }

    @Provide
    Arbitrary<String> afms() {
        return Arbitraries.strings().numeric().ofLength(8).filter(s -> !s.equals("00000000"))
                .map(s -> s + GreekIdentifiers.afmCheckDigit(s));
    }

    private static String corrupt(String number, int position, int shift) {
        char[] digits = number.toCharArray();
        digits[position] = (char) ('0' + (digits[position] - '0' + shift) % 10);
        return new String(digits);
    }
}
