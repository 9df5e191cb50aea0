package gr.kentra.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Mono;

class RateLimitsTest {

    @Test
    void letsAFloodThroughWhenTheLimitsAreTurnedOff() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        RateLimits off = new RateLimits(limits(false), meters);

        assertThat(passed(off, 50)).isEqualTo(50);
        assertThat(meters.get(RateLimits.REFUSALS).tag("limit", "user").counter().count()).isZero();
    }

    @Test
    void refusesTheFloodBeyondTheBurstWhenOn() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        RateLimits on = new RateLimits(limits(true), meters);

        int passed = passed(on, 50);
        assertThat(passed).as("a burst of 3, and at most a token or two refilled meanwhile").isBetween(3, 5);
        assertThat(meters.get(RateLimits.REFUSALS).tag("limit", "user").counter().count())
                .as("every refusal counted").isEqualTo(50.0 - passed);
    }

    @Test
    void refusesAnAnonymousFloodFromOneAddressButNotASignedInPersonFromTheSameAddress() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        RateLimits on = new RateLimits(limits(true), meters);

        int passed = anonymousPassed(on, "203.0.113.7", 50);
        assertThat(passed).as("burst of 3 per address").isBetween(3, 5);
        assertThat(meters.get(RateLimits.REFUSALS).tag("limit", "address").counter().count())
                .as("every refusal counted").isEqualTo(50.0 - passed);
        assertThat(anonymousPassed(on, "203.0.113.8", 3)).as("another address has its own bucket").isEqualTo(3);
        assertThat(passed(on, 3)).as("a person's requests never spend the address's bucket").isEqualTo(3);
    }

    @Test
    void leavesHealthProbesAndBearerCallsToTheirOwnChecks() {
        RateLimits on = new RateLimits(limits(true), new SimpleMeterRegistry());
        AtomicInteger passed = new AtomicInteger();
        for (int i = 0; i < 20; i++) {
            on.anonymousFilter().filter(exchange(MockServerHttpRequest.get("/actuator/health/readiness"), "203.0.113.9"),
                    e -> countPassed(passed)).block();
            on.anonymousFilter().filter(exchange(MockServerHttpRequest.get("/t/mouzaki/api/x")
                    .header("Authorization", "Bearer not-checked-here"), "203.0.113.9"), e -> countPassed(passed)).block();
        }
        assertThat(passed).hasValue(40);
        long[] waits = new long[20];
        for (int i = 0; i < waits.length; i++) {
            waits[i] = on.waitForFailedCredentials(exchange(MockServerHttpRequest.get("/t/mouzaki/api/x")
                    .header("Authorization", "Bearer failed"), "203.0.113.9"));
        }
        assertThat(waits).as("failed tokens spend the address's bucket once it is checked").startsWith(0, 0, 0)
                .contains(1L);
    }

    @Test
    void keysAPersonByTheirSubjectWhetherTheyComeWithATokenOrASignedInSession() {
        RateLimits on = new RateLimits(limits(true), new SimpleMeterRegistry());
        Instant now = Instant.now();
        // A browser session is named by preferred_username; its bucket is still the subject's.
        OidcIdToken idToken = new OidcIdToken("id", now, now.plusSeconds(300),
                Map.of("sub", "f1d2-maria", "preferred_username", "maria"));
        OAuth2AuthenticationToken session = new OAuth2AuthenticationToken(
                new DefaultOidcUser(List.of(), idToken, "preferred_username"), List.of(), "keycloak");
        JwtAuthenticationToken bearer = new JwtAuthenticationToken(Jwt.withTokenValue("t").header("alg", "RS256")
                .subject("f1d2-maria").build(), List.of());
        JwtAuthenticationToken otherName = new JwtAuthenticationToken(Jwt.withTokenValue("u").header("alg", "RS256")
                .subject("maria").build(), List.of());

        assertThat(passed(on, session, 3)).isEqualTo(3);
        assertThat(passed(on, bearer, 5)).as("the session spent the subject's burst").isLessThanOrEqualTo(2);
        assertThat(passed(on, otherName, 3)).as("the session's name is not its bucket").isEqualTo(3);
    }

    @Test
    void leavesATokenWithoutASubjectToTheCentresLimitOnly() {
        RateLimits on = new RateLimits(limits(true), new SimpleMeterRegistry());
        JwtAuthenticationToken anonymousClient = new JwtAuthenticationToken(Jwt.withTokenValue("t")
                .header("alg", "RS256").claim("azp", "gateway").build(), List.of());

        assertThat(anonymousClient.getName()).isNull();
        assertThat(passed(on, anonymousClient, 20)).isEqualTo(20);
    }

    private static int anonymousPassed(RateLimits limits, String address, int requests) {
        AtomicInteger passed = new AtomicInteger();
        for (int i = 0; i < requests; i++) {
            limits.anonymousFilter().filter(exchange(MockServerHttpRequest.get("/oauth2/authorization/keycloak"), address),
                    e -> countPassed(passed)).block();
        }
        return passed.get();
    }

    private static MockServerWebExchange exchange(MockServerHttpRequest.BaseBuilder<?> request, String address) {
        return MockServerWebExchange.from(request.remoteAddress(new InetSocketAddress(address, 40000)));
    }

    private static Mono<Void> countPassed(AtomicInteger passed) {
        passed.incrementAndGet();
        return Mono.empty();
    }

    private static int passed(RateLimits limits, int requests) {
        JwtAuthenticationToken maria = new JwtAuthenticationToken(Jwt.withTokenValue("t").header("alg", "RS256")
                .subject("maria").claim("organization", List.of("mouzaki")).build(), List.of());
        return passed(limits, maria, requests);
    }

    private static int passed(RateLimits limits, Authentication maria, int requests) {
        AtomicInteger passed = new AtomicInteger();
        for (int i = 0; i < requests; i++) {
            MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/t/mouzaki/api/x"));
            limits.filter().filter(exchange, e -> {
                passed.incrementAndGet();
                return Mono.empty();
            }).contextWrite(ReactiveSecurityContextHolder.withAuthentication(maria)).block();
        }
        return passed.get();
    }

    private static LimitProperties limits(boolean enabled) {
        return new LimitProperties(enabled, DataSize.ofMegabytes(2), null, null, new LimitProperties.Rate(1, 3),
                new LimitProperties.Rate(100, 100), new LimitProperties.Rate(1, 3), 1000L, Duration.ofMinutes(1));
    }

}
