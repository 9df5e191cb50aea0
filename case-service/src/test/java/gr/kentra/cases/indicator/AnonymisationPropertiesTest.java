package gr.kentra.cases.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import gr.kentra.commons.tenant.TenantId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

/** The rules that decide what a fact may say about a person. */
class AnonymisationPropertiesTest {

    private static final Pseudonyms PSEUDONYMS = new Pseudonyms("a-test-secret-of-at-least-thirty-two-chars");
    private static final TenantId A = TenantId.of("moschato-tavros");
    private static final TenantId B = TenantId.of("elefsina");

    @Property
    void anAmkaHasOnePseudonymInEveryCentreThatRevealsNoDigitsOfIt(
            @ForAll @NumericChars @StringLength(11) String amka) {
        String here = PSEUDONYMS.of(amka, A, UUID.randomUUID());
        String there = PSEUDONYMS.of(amka, B, UUID.randomUUID());
        assertThat(here).isEqualTo(there).matches("[0-9a-f]{64}").doesNotContain(amka);
    }

    @Property
    void differentAmkasGiveDifferentPseudonyms(@ForAll @NumericChars @StringLength(11) String one,
            @ForAll @NumericChars @StringLength(11) String other) {
        if (!one.equals(other)) {
            assertThat(PSEUDONYMS.of(one, A, null)).isNotEqualTo(PSEUDONYMS.of(other, A, null));
        }
    }

    @Property
    void withoutAnAmkaThePersonIsKnownOnlyWithinTheirCentre(@ForAll("ids") UUID id) {
        assertThat(PSEUDONYMS.of(null, A, id)).isNotEqualTo(PSEUDONYMS.of(null, B, id))
                .isEqualTo(PSEUDONYMS.of(" ", A, id));
    }

    @Property
    void anotherSecretGivesUnrelatedPseudonyms(@ForAll @NumericChars @StringLength(11) String amka) {
        Pseudonyms other = new Pseudonyms("another-secret-of-at-least-thirty-two-chars");
        assertThat(other.of(amka, A, null)).isNotEqualTo(PSEUDONYMS.of(amka, A, null));
    }

    @Property
    void theAgeBandContainsTheAgeOnTheFirstDayOfTheMonth(@ForAll @IntRange(min = 0, max = 110) int years,
            @ForAll @IntRange(min = 0, max = 364) int days) {
        YearMonth month = YearMonth.of(2026, 11);
        LocalDate born = month.atDay(1).minusYears(years).minusDays(days);
        int age = Period.between(born, month.atDay(1)).getYears();
        String band = new Person("p", "FEMALE", born, null, null, List.of()).ageBand(month);
        int low = Integer.parseInt(band.replace("+", "").split("-")[0]);
        int high = band.endsWith("+") ? Integer.MAX_VALUE : Integer.parseInt(band.split("-")[1]);
        assertThat(age).isBetween(low, high);
        assertThat(band).isIn("0-17", "18-24", "25-29", "30-54", "55-64", "65+");
    }

    @Property
    void anUnknownBirthDateIsAnUnknownBand(@ForAll @IntRange(min = 2000, max = 2100) int year) {
        assertThat(new Person("p", "MALE", null, null, null, List.of()).ageBand(YearMonth.of(year, 1)))
                .isEqualTo("UNKNOWN");
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<UUID> ids() {
        return net.jqwik.api.Arbitraries.randomValue(random -> new UUID(random.nextLong(), random.nextLong()));
    }
}
