package gr.kentra.commons.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The firewall's header checks without regular expressions give the regular expressions' answers, always. */
class HeaderCharactersTest {

    // Spring Security 7.0's StrictHttpFirewall and StrictServerWebExchangeFirewall (the same two), copied: what the
    // loop must agree with.
    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    /** Characters where the two could part: controls, tab, DEL, C1, unassigned, surrogates (paired or not), Greek. */
    private static final int[] EDGES = {0, '\t', '\n', '\r', 0x1f, ' ', '~', 0x7f, 0x80, 0x9f, 0xa0, 0x0378, 0x03b1,
        0x2028, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xfffe, 0xffff, 0x1f600, 0x10ffff, 0xe0001, 0x50000};

    @Test
    void answersEveryGeneratedNameAndValueAsTheFirewallsRegularExpressions() {
        long seed = Long.getLong("kentra.test.seed", System.nanoTime());
        Random random = new Random(seed);
        for (int n = 0; n < 20_000; n++) {
            String text = text(random);
            assertThat(HeaderCharacters.isAllowedName(text)).as("seed %d, name %s", seed, escaped(text))
                    .isEqualTo(NAMES.matcher(text).matches());
            assertThat(HeaderCharacters.isAllowedValue(text)).as("seed %d, value %s", seed, escaped(text))
                    .isEqualTo(VALUES.matcher(text).matches());
        }
    }

    @Test
    void letsABearerTokenThroughAndStopsHeaderInjection() {
        String token = "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl-_";
        assertThat(HeaderCharacters.isAllowedValue(token)).isTrue();
        assertThat(HeaderCharacters.isAllowedValue("a\tb")).isTrue();
        assertThat(HeaderCharacters.isAllowedName("a\tb")).isFalse();
        assertThat(HeaderCharacters.isAllowedValue("x\r\nSet-Cookie: a=b")).isFalse();
        assertThat(HeaderCharacters.isAllowedValue("x\u0000")).isFalse();
        assertThat(HeaderCharacters.isAllowedValue("x\u0085")).isFalse();
        assertThat(HeaderCharacters.isAllowedName("")).isTrue();
        // The firewall asks about headers that were read but not sent: its own rules let null pass.
        assertThat(HeaderCharacters.isAllowedName(null)).isTrue();
        assertThat(HeaderCharacters.isAllowedValue(null)).isTrue();
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0, length = random.nextInt(12); i < length; i++) {
            int kind = random.nextInt(4);
            int codePoint = kind == 0 ? EDGES[random.nextInt(EDGES.length)]
                    : kind == 1 ? 0x20 + random.nextInt(0x5f)
                    : kind == 2 ? random.nextInt(0x800)
                    : random.nextInt(Character.MAX_CODE_POINT + 1);
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : "\\u{%x}".formatted(c)));
        return out.toString();
    }
}
