package gr.kentra.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;

/**
 * The bearer token's syntax check without a regular expression gives the expression's answers, always, and the
 * converter around it Spring's converter's. A failure names its seed; {@code -Dkentra.test.seed=<seed>} repeats it.
 */
class BearerTokensTest {

    // Spring Security 7.0's ServerBearerTokenAuthenticationConverter, copied: what the loop must agree with.
    private static final Pattern SPRING = Pattern.compile("^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$",
            Pattern.CASE_INSENSITIVE);

    private static final String TOKEN_CHARACTERS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~+/";

    /** Where the two could part: the class's neighbours, '=', blanks, line ends, case folds outside ASCII. */
    private static final int[] EDGES = {0, '\t', '\n', '\r', 0x0b, 0x0c, ' ', '!', '"', '$', '%', '&', '\'', '(', ')',
        '*', ',', ':', ';', '<', '=', '>', '?', '@', '[', '\\', ']', '^', '`', '{', '|', '}', 0x7f, 0x80, 0x85, 0xa0,
        'B' - 1, 'Z' + 1, 'a' - 1, 'z' + 1, '0' - 1, '9' + 1, 'B' | 0x80, 'b' ^ 0x20, 'b' | 0x100, 0x0131, 0x017f,
        0x212a, 0x212b, 0x0392, 0x03b2, 0x0412, 0xff22, 0xff42, 0x2028, 0x2029, 0x3000, 0xfeff, 0xd800, 0xdc00,
        0x1d401, 0x1f600, 0x10ffff};

    private static final String[] SCHEMES = {"Bearer ", "bearer ", "BEARER ", "bEaReR ", "Bearer", "Bearer  ",
        "Bearer\t", "Bearer\u00a0", " Bearer ", "Bearer: ", "Basic ", "Bearerx", "Bear ", "Bearer=", "\u0392earer ",
        "Beare\u0280 ", "bearer\n", ""};

    private final long seed = Long.getLong("kentra.test.seed", System.nanoTime());

    @Test
    void answersEveryGeneratedHeaderAsSpringsRegularExpression() {
        Random random = new Random(seed);
        int wellFormed = 0;
        for (int n = 0; n < 200_000; n++) {
            String header = header(random);
            boolean expected = SPRING.matcher(header).matches();
            assertThat(BearerTokens.isWellFormed(header)).as("seed %d, header %s", seed, escaped(header))
                    .isEqualTo(expected);
            wellFormed += expected ? 1 : 0;
        }
        assertThat(wellFormed).as("seed %d: both answers asked often", seed).isBetween(40_000, 160_000);
    }

    @Test
    void readsEveryGeneratedRequestAsSpringsConverter() {
        Random random = new Random(seed);
        ServerAuthenticationConverter spring = new ServerBearerTokenAuthenticationConverter();
        ServerAuthenticationConverter loop = new BearerTokens();
        for (int n = 0; n < 20_000; n++) {
            String header = header(random);
            MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/t/mouzaki/api/beneficiaries");
            if (random.nextInt(20) > 0) {
                request.header("Authorization", header);
            }
            MockServerWebExchange exchange = MockServerWebExchange.from(request);
            assertThat(outcome(loop, exchange)).as("seed %d, header %s", seed, escaped(header))
                    .isEqualTo(outcome(spring, exchange));
        }
    }

    @Test
    void takesAKeycloakTokenWithItsPaddingAndRefusesWhatFollowsIt() {
        String token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl-_==";
        assertThat(BearerTokens.isWellFormed("Bearer " + token)).isTrue();
        assertThat(BearerTokens.isWellFormed("bearer " + token)).isTrue();
        assertThat(BearerTokens.isWellFormed("Bearer " + token + "x")).as("padding only at the end").isFalse();
        assertThat(BearerTokens.isWellFormed("Bearer " + token + "\n")).as("no line end after it").isFalse();
        assertThat(BearerTokens.isWellFormed("Bearer ==")).as("padding alone is no token").isFalse();
        assertThat(BearerTokens.isWellFormed("Bearer ")).isFalse();
        assertThat(BearerTokens.isWellFormed("\u0392earer " + token)).as("a Greek capital beta").isFalse();
        assertThat(outcome(new BearerTokens(), MockServerWebExchange.from(MockServerHttpRequest.get("/")
                .header("Authorization", "Bearer " + token)))).isEqualTo("token " + token);
        assertThat(outcome(new BearerTokens(), MockServerWebExchange.from(MockServerHttpRequest.get("/")
                .header("Authorization", "Bearer a b")))).isEqualTo("refused invalid_token Bearer token is malformed");
        assertThat(outcome(new BearerTokens(), MockServerWebExchange.from(MockServerHttpRequest.get("/")
                .header("Authorization", "Basic YTpi")))).isEqualTo("none");
    }

    /** What a converter makes of a request: no bearer token, a token, or a refusal with its error. */
    private static String outcome(ServerAuthenticationConverter converter, MockServerWebExchange exchange) {
        try {
            Authentication authentication = converter.convert(exchange).block();
            if (authentication == null) {
                return "none";
            }
            return "token " + ((BearerTokenAuthenticationToken) authentication).getToken();
        } catch (OAuth2AuthenticationException e) {
            return "refused " + e.getError().getErrorCode() + " " + e.getError().getDescription();
        }
    }

    /** A scheme (mostly a valid one), then token characters, padding and now and then a hostile character. */
    private static String header(Random random) {
        StringBuilder header = new StringBuilder(SCHEMES[random.nextInt(4) > 0 ? random.nextInt(4)
                : random.nextInt(SCHEMES.length)]);
        int length = random.nextInt(8) == 0 ? 1_000 + random.nextInt(600) : random.nextInt(14);
        int hostile = random.nextInt(3) == 0 ? -1 : random.nextInt(length + 3);
        for (int i = 0; i < length; i++) {
            if (i == hostile) {
                header.appendCodePoint(hostileCharacter(random));
            } else if (i >= length - 2 && random.nextBoolean()) {
                header.append('=');
            } else {
                header.append(TOKEN_CHARACTERS.charAt(random.nextInt(TOKEN_CHARACTERS.length())));
            }
        }
        if (hostile >= length && hostile < length + 2) {
            header.appendCodePoint(hostileCharacter(random));
        }
        if (random.nextInt(10) == 0 && !header.isEmpty()) {
            // Anywhere, the scheme included.
            int at = random.nextInt(header.length());
            header.setCharAt(at, (char) hostileCharacter(random));
        }
        return header.toString();
    }

    private static int hostileCharacter(Random random) {
        int kind = random.nextInt(4);
        return kind < 2 ? EDGES[random.nextInt(EDGES.length)]
                : kind == 2 ? random.nextInt(0x180)
                : random.nextInt(0xffff);
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : "\\u%04x".formatted(c)));
        return out.toString();
    }
}
