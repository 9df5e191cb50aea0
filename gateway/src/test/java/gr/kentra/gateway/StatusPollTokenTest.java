package gr.kentra.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

/** The gateway polls tenant-service's centre statuses with its own client-credentials token, kept until it expires. */
class StatusPollTokenTest extends GatewayTest {

    @Test
    void pollsTheCentreStatusesWithTheGatewaysOwnServiceToken() {
        await().atMost(Duration.ofSeconds(5)).until(() -> STATUSES.lastAuthorization() != null);

        String authorization = STATUSES.lastAuthorization();
        assertThat(authorization).startsWith("Bearer ");
        assertThat(claims(authorization.substring("Bearer ".length())))
                .as("a service token of kentra-gateway, not a person's")
                .containsEntry("azp", "kentra-gateway")
                .containsEntry("sub", "service-account-kentra-gateway");
    }

    @Test
    void asksForATokenOnceAndReusesItUntilItExpires() {
        await().atMost(Duration.ofSeconds(5)).until(() -> STATUSES.lastAuthorization() != null);
        int tokens = TOKENS.tokenRequests();
        int polls = STATUSES.requests();
        await().atMost(Duration.ofSeconds(5)).until(() -> STATUSES.requests() >= polls + 5);

        // Other cached test contexts poll too, each with its own token: counted before, none asked since.
        assertThat(tokens).isPositive();
        assertThat(TOKENS.tokenRequests()).as("no new token for five more polls (it lives five minutes)")
                .isEqualTo(tokens);
    }

    private static java.util.Map<String, Object> claims(String token) {
        try {
            return SignedJWT.parse(token).getJWTClaimsSet().getClaims();
        } catch (java.text.ParseException e) {
            throw new AssertionError(e);
        }
    }
}
