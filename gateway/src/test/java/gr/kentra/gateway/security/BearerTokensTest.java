package gr.kentra.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import gr.kentra.commons.testing.BearerHeaders;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;

/**
 * The gateway's converter gives Spring's converter's answers, always (the syntax check itself is held to Spring's
 * regular expression by platform-commons' {@code BearerTokenSyntaxTest}). A failure names its seed;
 * {@code -Dkentra.test.seed=<seed>} repeats it.
 */
class BearerTokensTest {

    private final long seed = Long.getLong("kentra.test.seed", System.nanoTime());

    @Test
    void readsEveryGeneratedRequestAsSpringsConverter() {
        Random random = new Random(seed);
        ServerAuthenticationConverter spring = new ServerBearerTokenAuthenticationConverter();
        ServerAuthenticationConverter loop = new BearerTokens();
        for (int n = 0; n < 20_000; n++) {
            String header = BearerHeaders.header(random);
            MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/t/mouzaki/api/beneficiaries");
            if (random.nextInt(20) > 0) {
                request.header("Authorization", header);
            }
            MockServerWebExchange exchange = MockServerWebExchange.from(request);
            assertThat(outcome(loop, exchange)).as("seed %d, header %s", seed, BearerHeaders.escaped(header))
                    .isEqualTo(outcome(spring, exchange));
        }
    }

    @Test
    void takesAKeycloakTokenWithItsPaddingAndRefusesWhatFollowsIt() {
        String token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl-_==";
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
}
