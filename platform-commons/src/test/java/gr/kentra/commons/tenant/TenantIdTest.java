package gr.kentra.commons.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TenantIdTest {

    @Test
    void derivesSchemaNameFromSlug() {
        assertThat(TenantId.of("moschato-tavros").schemaName()).isEqualTo("t_moschato_tavros");
        assertThat(TenantId.of("moschato-tavros").quotedSchemaName()).isEqualTo("\"t_moschato_tavros\"");
    }

    @Test
    void rejectsIdsThatCouldEscapeAnIdentifier() {
        for (String bad : new String[] {null, "", "a", "Moschato", "1abc", "a b", "ab\"; drop", "ab_c", "ab.c",
                "x".repeat(41), "ελευσινα"}) {
            assertThatThrownBy(() -> TenantId.of(bad)).isInstanceOf(InvalidTenantIdException.class);
        }
    }

    @Property
    void everyValidIdGivesASafeDistinctSchemaName(@ForAll("slugs") String slug) {
        String schema = TenantId.of(slug).schemaName();
        assertThat(schema).matches("^t_[a-z][a-z0-9_]{1,39}$");
        assertThat(schema.length()).isLessThanOrEqualTo(63);
    }

    @Property
    void anythingOutsideTheSlugAlphabetIsRejected(@ForAll @StringLength(min = 2, max = 40) String candidate) {
        boolean valid = candidate.matches("^[a-z][a-z0-9-]{1,39}$");
        assertThat(TenantId.isValid(candidate)).isEqualTo(valid);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> slugs() {
        var first = net.jqwik.api.Arbitraries.chars().range('a', 'z');
        var rest = net.jqwik.api.Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
                .withChars('-').ofMinLength(1).ofMaxLength(39);
        return net.jqwik.api.Combinators.combine(first, rest).as((c, s) -> c + s);
    }
}
