package gr.kentra.tenants.centre;

import static gr.kentra.commons.testing.PropertyCheck.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import gr.kentra.commons.tenant.TenantId;
import gr.kentra.commons.testing.Gen;
import gr.kentra.tenants.centre.registry.Centre;
import gr.kentra.tenants.centre.registry.OnboardCentre;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

class OnboardCentrePropertiesTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    private static final Gen<String> SLUGS = source -> source.charBetween('a', 'z')
            + source.string("abcdefghijklmnopqrstuvwxyz0123456789-", 1, 39);

    private static final Gen<String> BAD_SLUGS = Gen.oneOf(
            SLUGS.map(s -> s.toUpperCase(Locale.ROOT)).filter(s -> !s.equals(s.toLowerCase(Locale.ROOT))),
            SLUGS.map(s -> s + "_x"),
            SLUGS.map(s -> "9" + s),
            SLUGS.map(s -> s + "a".repeat(40)),
            Gen.constant("a"));

    @Test
    void acceptsEveryWellFormedSlug() {
        forAll(SLUGS).tries(300).check(slug -> {
            assertThat(validator.validateProperty(centre(slug), "id")).isEmpty();
            assertThat(TenantId.isValid(slug)).as("the request's rule agrees with TenantId").isTrue();
        });
    }

    @Test
    void rejectsUpperCaseUnderscoresLeadingDigitsAndOverlongIds() {
        forAll(BAD_SLUGS).tries(300).check(slug -> {
            assertThat(validator.validateProperty(centre(slug), "id")).isNotEmpty();
            assertThat(TenantId.isValid(slug)).as("the request's rule agrees with TenantId").isFalse();
        });
    }

    private static OnboardCentre centre(String id) {
        return new OnboardCentre(id, "Κέντρο", "Centre", "Δήμος", "attica", null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
    }
}
