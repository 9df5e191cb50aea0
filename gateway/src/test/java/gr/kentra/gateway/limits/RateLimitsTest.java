package gr.kentra.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Mono;

class RateLimitsTest {

    @Test
    void letsAFloodThroughWhenTheLimitsAreTurnedOff() {
        RateLimits off = new RateLimits(limits(false));

        assertThat(passed(off, 50)).isEqualTo(50);
    }

    @Test
    void refusesTheFloodBeyondTheBurstWhenOn() {
        RateLimits on = new RateLimits(limits(true));

        assertThat(passed(on, 50)).as("a burst of 3, and at most a token or two refilled meanwhile").isBetween(3, 5);
    }

    private static int passed(RateLimits limits, int requests) {
        AtomicInteger passed = new AtomicInteger();
        JwtAuthenticationToken maria = new JwtAuthenticationToken(Jwt.withTokenValue("t").header("alg", "RS256")
                .subject("maria").claim("organization", List.of("mouzaki")).build(), List.of());
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
        return new LimitProperties(enabled, DataSize.ofMegabytes(2), new LimitProperties.Rate(1, 3),
                new LimitProperties.Rate(100, 100), 1000L, Duration.ofMinutes(1));
    }

}
