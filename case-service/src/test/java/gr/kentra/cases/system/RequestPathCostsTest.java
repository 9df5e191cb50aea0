package gr.kentra.cases.system;

import static org.assertj.core.api.Assertions.assertThat;

import gr.kentra.cases.CaseServiceIntegrationTest;
import gr.kentra.commons.security.CachingJwtDecoder;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The two savings of issue 15 are wired in (their behaviour is tested in platform-commons' CachingJwtDecoderTest
 * against a real Nimbus decoder with this service's validators): a token is verified once per lifetime, and Spring
 * Security's per-filter observations are off while the request's own observation stays.
 */
class RequestPathCostsTest extends CaseServiceIntegrationTest {

    @Autowired
    JwtDecoder decoder;

    @Autowired
    ObservationRegistry observations;

    @Autowired
    SecurityObservationSettings securityObservations;

    @Test
    void verifiesEachTokenOncePerLifetime() {
        assertThat(decoder).isInstanceOf(CachingJwtDecoder.class);
    }

    @Test
    void observesRequestsButNotEachSecurityFilter() {
        assertThat(Observation.start("spring.security.filterchains", observations).isNoop()).isTrue();
        assertThat(Observation.start("spring.security.authorizations", observations).isNoop()).isTrue();
        assertThat(Observation.start("http.server.requests", observations).isNoop()).isFalse();
        // Not even wrapped in no-op observations (issue 15, session 9).
        assertThat(securityObservations.shouldObserveRequests()).isFalse();
        assertThat(securityObservations.shouldObserveAuthentications()).isFalse();
        assertThat(securityObservations.shouldObserveAuthorizations()).isFalse();
    }
}
