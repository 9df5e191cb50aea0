package gr.kentra.commons.security;

import static gr.kentra.commons.testing.BearerHeaders.escaped;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;

import gr.kentra.commons.testing.BearerHeaders;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * The bearer token's syntax check without a regular expression gives the expression's answers, always, and the
 * servlet services' resolver around it the answers of Spring's {@code DefaultBearerTokenResolver}. A failure names
 * its seed; {@code -Dkentra.test.seed=<seed>} repeats it.
 */
class BearerTokenSyntaxTest {

    // Spring Security 7.0's DefaultBearerTokenResolver and ServerBearerTokenAuthenticationConverter (the same), copied:
    // what the loop must agree with.
    private static final Pattern SPRING = Pattern.compile("^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$",
            Pattern.CASE_INSENSITIVE);

    private final long seed = Long.getLong("kentra.test.seed", System.nanoTime());

    @Test
    void answersEveryGeneratedHeaderAsSpringsRegularExpression() {
        Random random = new Random(seed);
        int wellFormed = 0;
        for (int n = 0; n < 200_000; n++) {
            String header = BearerHeaders.header(random);
            boolean expected = SPRING.matcher(header).matches();
            assertThat(BearerTokenSyntax.isWellFormed(header)).as("seed %d, header %s", seed, escaped(header))
                    .isEqualTo(expected);
            wellFormed += expected ? 1 : 0;
        }
        // About 43,000 on average (22 %); a tenth either way is far outside any seed's spread.
        assertThat(wellFormed).as("seed %d: both answers asked often", seed).isBetween(20_000, 180_000);
    }

    @Test
    void resolvesEveryGeneratedRequestAsSpringsResolver() {
        Random random = new Random(seed);
        BearerTokenResolver spring = new DefaultBearerTokenResolver();
        BearerTokenResolver loop = new HeaderBearerTokenResolver();
        int tokens = 0;
        for (int n = 0; n < 20_000; n++) {
            String header = BearerHeaders.header(random);
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/t/mouzaki/api/beneficiaries");
            if (random.nextInt(20) > 0) {
                request.addHeader("Authorization", header);
            }
            if (random.nextInt(10) == 0) {
                // Spring's defaults never read the token from a parameter: neither may the loop.
                request.addParameter("access_token", "from-the-query");
            }
            String expected = outcome(spring, request);
            assertThat(outcome(loop, request)).as("seed %d, header %s", seed, escaped(header)).isEqualTo(expected);
            tokens += expected.startsWith("token ") ? 1 : 0;
        }
        // About 4,100 on average (4,000 was within the spread of seeds: a run failed at 3,986); at least a tenth
        // of the requests resolve to a token and at least a tenth do not.
        assertThat(tokens).as("seed %d: tokens and refusals both", seed).isBetween(2_000, 18_000);
    }

    @Test
    void takesAKeycloakTokenWithItsPaddingAndRefusesWhatFollowsIt() {
        String token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl-_==";
        assertThat(BearerTokenSyntax.isWellFormed("Bearer " + token)).isTrue();
        assertThat(BearerTokenSyntax.isWellFormed("bearer " + token)).isTrue();
        assertThat(BearerTokenSyntax.isWellFormed("Bearer " + token + "x")).as("padding only at the end").isFalse();
        assertThat(BearerTokenSyntax.isWellFormed("Bearer " + token + "\n")).as("no line end after it").isFalse();
        assertThat(BearerTokenSyntax.isWellFormed("Bearer ==")).as("padding alone is no token").isFalse();
        assertThat(BearerTokenSyntax.isWellFormed("Bearer ")).isFalse();
        assertThat(BearerTokenSyntax.isWellFormed("\u0392earer " + token)).as("a Greek capital beta").isFalse();
        BearerTokenResolver resolver = new HeaderBearerTokenResolver();
        assertThat(outcome(resolver, withAuthorization("Bearer " + token))).isEqualTo("token " + token);
        assertThat(outcome(resolver, withAuthorization("Bearer a b")))
                .isEqualTo("refused invalid_token Bearer token is malformed");
        assertThat(outcome(resolver, withAuthorization("Basic YTpi"))).isEqualTo("none");
    }

    private static MockHttpServletRequest withAuthorization(String header) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.addHeader("Authorization", header);
        return request;
    }

    /** What a resolver makes of a request: no bearer token, a token, or a refusal with its error. */
    private static String outcome(BearerTokenResolver resolver, MockHttpServletRequest request) {
        try {
            String token = resolver.resolve(request);
            return token == null ? "none" : "token " + token;
        } catch (OAuth2AuthenticationException e) {
            return "refused " + e.getError().getErrorCode() + " " + e.getError().getDescription();
        }
    }
}
