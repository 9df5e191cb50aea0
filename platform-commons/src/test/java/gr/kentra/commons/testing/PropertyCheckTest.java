package gr.kentra.commons.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PropertyCheckTest {

    private static final Gen<String> WORDS = source -> source.string("abc", 0, 40);

    @Test
    void checksEveryTryAndTheSameCasesForTheSameSeed() {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();

        PropertyCheck.forAll(WORDS).tries(250).seed(7).check(first::add);
        PropertyCheck.forAll(WORDS).tries(250).seed(7).check(second::add);

        assertThat(first).hasSize(250).isEqualTo(second);
        assertThat(first).anyMatch(word -> word.length() >= 30).allMatch(word -> word.length() <= 40);
    }

    @Test
    void anotherSeedGivesOtherCases() {
        List<String> first = new ArrayList<>();
        List<String> other = new ArrayList<>();

        PropertyCheck.forAll(WORDS).tries(50).seed(7).check(first::add);
        PropertyCheck.forAll(WORDS).tries(50).seed(8).check(other::add);

        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void namesTheSeedTheCaseAndASmallerFailingCase() {
        Gen<String> longWords = source -> source.string("ab", 1, 60);

        assertThatThrownBy(() -> PropertyCheck.forAll(longWords).tries(100).seed(3)
                .check(word -> assertThat(word).hasSizeLessThan(10)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("seed 3; reproduce with -Dkentra.property.seed=3")
                .hasMessageContaining("failing case (size ")
                .hasMessageContaining("smallest failing case found")
                .hasCauseInstanceOf(AssertionError.class);
    }

    @Test
    void treatsAnExceptionAsAFailure() {
        assertThatThrownBy(() -> PropertyCheck.forAll(Gen.constant("x")).tries(3).check(word -> {
            throw new IllegalStateException("broken");
        })).isInstanceOf(AssertionError.class).hasMessageContaining("broken");
    }

    @Test
    void spellsOutArraysRecordsAndOddCharacters() {
        record Case(long[][] counts, String name) {
        }

        assertThat(PropertyCheck.describe(new Case(new long[][] {{1, 2}, {3}}, "a\u0000\"")))
                .isEqualTo("Case[counts=[[1, 2], [3]], name=\"a\\u0000\\u0022\"]");
    }

    @Test
    void readsTheSeedFromTheSystemProperty() {
        String before = System.getProperty(PropertyCheck.SEED_PROPERTY);
        try {
            System.setProperty(PropertyCheck.SEED_PROPERTY, "0x10");
            assertThat(PropertyCheck.seed()).isEqualTo(16);
            System.clearProperty(PropertyCheck.SEED_PROPERTY);
            assertThat(PropertyCheck.seed()).isEqualTo(PropertyCheck.DEFAULT_SEED);
        } finally {
            if (before != null) {
                System.setProperty(PropertyCheck.SEED_PROPERTY, before);
            }
        }
    }
}
