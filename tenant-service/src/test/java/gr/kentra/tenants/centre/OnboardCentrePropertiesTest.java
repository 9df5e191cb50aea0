package gr.kentra.tenants.centre;

import static org.assertj.core.api.Assertions.assertThat;

import gr.kentra.commons.tenant.TenantId;
import gr.kentra.tenants.centre.registry.Centre;
import gr.kentra.tenants.centre.registry.OnboardCentre;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class OnboardCentrePropertiesTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Property(tries = 300)
    void acceptsEveryWellFormedSlug(@ForAll("slugs") String slug) {
        assertThat(validator.validateProperty(centre(slug), "id")).isEmpty();
        assertThat(TenantId.isValid(slug)).as("the request's rule agrees with TenantId").isTrue();
    }

    @Property(tries = 300)
    void rejectsUpperCaseUnderscoresLeadingDigitsAndOverlongIds(@ForAll("badSlugs") String slug) {
        assertThat(validator.validateProperty(centre(slug), "id")).isNotEmpty();
        assertThat(TenantId.isValid(slug)).as("the request's rule agrees with TenantId").isFalse();
    }

    @Provide
    Arbitrary<String> slugs() {
        Arbitrary<Character> first = Arbitraries.chars().range('a', 'z');
        Arbitrary<String> rest = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars('-')
                .ofMinLength(1).ofMaxLength(39);
        return net.jqwik.api.Combinators.combine(first, rest).as((f, r) -> f + r);
    }

    @Provide
    Arbitrary<String> badSlugs() {
        return Arbitraries.oneOf(
                slugs().map(s -> s.toUpperCase(java.util.Locale.ROOT)).filter(s -> !s.equals(s.toLowerCase(java.util.Locale.ROOT))),
                slugs().map(s -> s + "_x"),
                slugs().map(s -> "9" + s),
                slugs().map(s -> s + "a".repeat(40)),
                Arbitraries.just("a"));
    }

    private static OnboardCentre centre(String id) {
        return new OnboardCentre(id, "Κέντρο", "Centre", "Δήμος", "attica", null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
    }
}
