package gr.kentra.cases.indicator;

import static gr.kentra.commons.testing.PropertyCheck.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import gr.kentra.commons.testing.Gen;
import gr.kentra.commons.tenant.TenantId;
import org.junit.jupiter.api.Test;

/** The rules that decide what a fact may say about a person. */
class AnonymisationPropertiesTest {

    private static final Pseudonyms PSEUDONYMS = new Pseudonyms("a-test-secret-of-at-least-thirty-two-chars");
    private static final TenantId A = TenantId.of("moschato-tavros");
    private static final TenantId B = TenantId.of("elefsina");

    private static final Gen<String> AMKAS = source -> source.string("0123456789", 11, 11);
    private static final Gen<UUID> IDS = source -> new UUID(source.nextLong(), source.nextLong());

    @Test
    void anAmkaHasOnePseudonymInEveryCentreThatRevealsNoDigitsOfIt() {
        forAll(AMKAS).check(amka -> {
            String here = PSEUDONYMS.of(amka, A, UUID.randomUUID());
            String there = PSEUDONYMS.of(amka, B, UUID.randomUUID());
            assertThat(here).isEqualTo(there).matches("[0-9a-f]{64}").doesNotContain(amka);
        });
    }

    @Test
    void differentAmkasGiveDifferentPseudonyms() {
        forAll(source -> List.of(AMKAS.next(source), AMKAS.next(source))).check(pair -> {
            String one = pair.get(0);
            String other = pair.get(1);
            if (!one.equals(other)) {
                assertThat(PSEUDONYMS.of(one, A, null)).isNotEqualTo(PSEUDONYMS.of(other, A, null));
            }
        });
    }

    @Test
    void withoutAnAmkaThePersonIsKnownOnlyWithinTheirCentre() {
        forAll(IDS).check(id -> assertThat(PSEUDONYMS.of(null, A, id)).isNotEqualTo(PSEUDONYMS.of(null, B, id))
                .isEqualTo(PSEUDONYMS.of(" ", A, id)));
    }

    @Test
    void anotherSecretGivesUnrelatedPseudonyms() {
        Pseudonyms other = new Pseudonyms("another-secret-of-at-least-thirty-two-chars");
        forAll(AMKAS).check(amka -> assertThat(other.of(amka, A, null)).isNotEqualTo(PSEUDONYMS.of(amka, A, null)));
    }

    record Age(int years, int days) {
    }

    @Test
    void theAgeBandContainsTheAgeOnTheFirstDayOfTheMonth() {
        forAll(source -> new Age(source.between(0, 110), source.between(0, 364))).check(given -> {
            YearMonth month = YearMonth.of(2026, 11);
            LocalDate born = month.atDay(1).minusYears(given.years()).minusDays(given.days());
            int age = Period.between(born, month.atDay(1)).getYears();
            String band = new Person("p", "FEMALE", born, null, null, List.of()).ageBand(month);
            int low = Integer.parseInt(band.replace("+", "").split("-")[0]);
            int high = band.endsWith("+") ? Integer.MAX_VALUE : Integer.parseInt(band.split("-")[1]);
            assertThat(age).isBetween(low, high);
            assertThat(band).isIn("0-17", "18-24", "25-29", "30-54", "55-64", "65+");
        });
    }

    @Test
    void anUnknownBirthDateIsAnUnknownBand() {
        forAll(source -> source.between(2000, 2100)).check(year -> assertThat(
                new Person("p", "MALE", null, null, null, List.of()).ageBand(YearMonth.of(year, 1)))
                .isEqualTo("UNKNOWN"));
    }
}
