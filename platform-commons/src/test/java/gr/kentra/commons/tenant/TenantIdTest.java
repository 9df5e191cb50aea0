package gr.kentra.commons.tenant;

import static gr.kentra.commons.testing.PropertyCheck.forAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gr.kentra.commons.testing.Gen;
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

    @Test
    void everyValidIdGivesASafeDistinctSchemaName() {
        forAll(SLUGS).check(slug -> {
            String schema = TenantId.of(slug).schemaName();
            assertThat(schema).matches("^t_[a-z][a-z0-9_]{1,39}$");
            assertThat(schema.length()).isLessThanOrEqualTo(63);
        });
    }

    @Test
    void anythingOutsideTheSlugAlphabetIsRejected() {
        forAll(CANDIDATES).check(candidate -> {
            boolean valid = candidate.matches("^[a-z][a-z0-9-]{1,39}$");
            assertThat(TenantId.isValid(candidate)).isEqualTo(valid);
        });
    }

    private static final String SLUG_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789-";

    private static final Gen<String> SLUGS = source -> source.charBetween('a', 'z')
            + source.string(SLUG_ALPHABET, 1, 39);

    /** Any characters at all, and near misses of the slug alphabet so that valid ids come up too. */
    private static final Gen<String> CANDIDATES = Gen.oneOf(
            source -> source.string(Character.MIN_VALUE, Character.MAX_VALUE, 2, 40),
            source -> source.string(SLUG_ALPHABET + "AZ_. \"é", 2, 40),
            SLUGS, SLUGS.map(slug -> slug + "a".repeat(41 - slug.length())));
}
