package gr.kentra.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * The gateway with its verified-token cache, on the real decoder path: what a cached token allows is exactly what
 * it allowed before, and a token that fails a check is refused however often a good one was seen.
 */
class VerifiedTokenCacheTest extends GatewayTest {

    @Autowired
    ObservationRegistry observations;

    @Autowired
    SecurityObservationSettings securityObservations;

    @Test
    void aCachedTokenStillOpensOnlyItsOwnCentre() {
        String moschato = TOKENS.member("moschato-tavros");
        for (int i = 0; i < 3; i++) {
            get("/t/moschato-tavros/api/beneficiaries", moschato).expectStatus().isOk();
        }
        CASES.reset();

        get("/t/elefsina/api/beneficiaries", moschato).expectStatus().isForbidden();
        assertThat(CASES.last()).as("nothing reached case-service").isNull();
        String elefsina = TOKENS.member("elefsina");
        get("/t/elefsina/api/beneficiaries", elefsina).expectStatus().isOk();
        get("/t/moschato-tavros/api/beneficiaries", elefsina).expectStatus().isForbidden();
    }

    @Test
    void refusesExpiredForgedAndTamperedTokensAfterAGoodOneWasCached() {
        String good = TOKENS.member("moschato-tavros");
        get("/t/moschato-tavros/api/beneficiaries", good).expectStatus().isOk();
        String[] parts = good.split("\\.");
        String[] other = TOKENS.member("elefsina").split("\\.");

        for (String token : new String[] {TOKENS.expired("moschato-tavros"), TOKENS.signedByAnotherKey("moschato-tavros"),
                TOKENS.unsigned("moschato-tavros"), parts[0] + "." + other[1] + "." + parts[2],
                parts[0] + "." + parts[1] + "." + other[2]}) {
            get("/t/moschato-tavros/api/beneficiaries", token).expectStatus().isUnauthorized();
            get("/t/elefsina/api/beneficiaries", token).expectStatus().isUnauthorized();
        }
        get("/t/moschato-tavros/api/beneficiaries", good).expectStatus().isOk();
    }

    @Test
    void observesRequestsButNotEachSecurityFilter() {
        assertThat(Observation.start("spring.security.filterchains", observations).isNoop()).isTrue();
        assertThat(Observation.start("spring.security.authentications", observations).isNoop()).isTrue();
        assertThat(Observation.start("http.server.requests", observations).isNoop()).isFalse();
        // Not even wrapped in no-op observations (issue 15, session 9).
        assertThat(securityObservations.shouldObserveRequests()).isFalse();
        assertThat(securityObservations.shouldObserveAuthentications()).isFalse();
        assertThat(securityObservations.shouldObserveAuthorizations()).isFalse();
    }
}
