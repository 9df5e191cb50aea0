package gr.kentra.cases.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import gr.kentra.commons.tenant.TenantId;
import org.junit.jupiter.api.Test;

/** The code's format: printed, typed back in any of the ways people type, and bound to its centre. */
class VerificationCodeTest {

    private static final TenantId CENTRE = TenantId.of("moschato-tavros");

    @Test
    void readsBackEveryWayAPersonMightTypeTheCode() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        SecureRandom secure = new SecureRandom();
        for (int i = 0; i < 500; i++) {
            VerificationCode code = VerificationCode.random(CENTRE, secure);
            String printed = code.text();
            String typed = switch (random.nextInt(4)) {
                case 0 -> printed.toLowerCase(Locale.ROOT);
                case 1 -> CENTRE.value() + "." + code.text().substring(CENTRE.value().length() + 1).replace("-", " ");
                case 2 -> printed.replace('0', 'O').replace('1', random.nextBoolean() ? 'I' : 'l');
                default -> " https://kentra.example/verify/" + printed + " ";
            };
            assertThat(VerificationCode.parse(typed)).as("seed " + seed + ": " + typed).contains(code);
        }
    }

    @Test
    void printsTheCentreAndTwentyFiveCharactersInFiveGroups() {
        String printed = VerificationCode.random(CENTRE, new SecureRandom()).text();
        assertThat(printed).matches("moschato-tavros\\.[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){4}");
    }

    @Test
    void theSameSecretUnderAnotherCentreHasAnotherHash() {
        VerificationCode code = VerificationCode.random(CENTRE, new SecureRandom());
        VerificationCode elsewhere = new VerificationCode(TenantId.of("elefsina"), code.secret());
        assertThat(elsewhere.hash()).isNotEqualTo(code.hash()).hasSize(64);
        assertThat(code.toString()).doesNotContain(code.secret());
    }

    @Test
    void refusesWhatIsNotACode() {
        String secret = "K7QM2-XD9PA-3FG8H-TT4R1-ZZ9QW";
        for (String wrong : new String[] {null, "", "moschato-tavros", "moschato-tavros." + secret + "Q",
                "moschato-tavros." + secret.substring(1), "Moschato_Tavros." + secret, "." + secret,
                "moschato-tavros." + secret.replace('Q', 'U'), "x." + secret, "a".repeat(201)}) {
            assertThat(VerificationCode.parse(wrong)).as(String.valueOf(wrong)).isEmpty();
        }
        assertThat(VerificationCode.parse("moschato-tavros." + secret)).isPresent();
    }

    @Test
    void drawsNoCodeTwiceInTenThousand() {
        Set<String> seen = new HashSet<>();
        SecureRandom secure = new SecureRandom();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(VerificationCode.random(CENTRE, secure).secret())).isTrue();
        }
    }
}
