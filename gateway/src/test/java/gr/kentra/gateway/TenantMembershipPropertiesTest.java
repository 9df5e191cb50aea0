package gr.kentra.gateway;

import static gr.kentra.commons.testing.PropertyCheck.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import gr.kentra.gateway.tenant.CentreAvailability;
import gr.kentra.gateway.tenant.TenantMembershipFilter;
import gr.kentra.commons.testing.Gen;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

class TenantMembershipPropertiesTest {

    private final TenantMembershipFilter filter = new TenantMembershipFilter(CentreAvailability.ALWAYS_OPEN);

    /** Every refusal is the very same bytes, so nothing about the requested centre (or its existence) leaks. */
    @Test
    void refusesEveryCentreTheTokenDoesNotNameWithTheSameBody() {
        String reference = refusal("no-such-centre").body();
        forAll(PATHS).tries(300).check(tenant -> {
            Outcome outcome = refusal(tenant);

            assertThat(outcome.passed()).isEqualTo(tenant.equals("moschato-tavros"));
            if (!outcome.passed()) {
                assertThat(outcome.status()).isEqualTo(403);
                assertThat(outcome.body()).isEqualTo(reference);
            }
        });
    }

    record Outcome(boolean passed, int status, String body) {
    }

    private Outcome refusal(String tenant) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/t/" + tenant + "/api/x"));
        boolean[] passed = {false};
        filter.filter(exchange, e -> {
            passed[0] = true;
            return Mono.empty();
        }).contextWrite(ReactiveSecurityContextHolder.withAuthentication(memberOf("moschato-tavros"))).block();
        if (passed[0]) {
            return new Outcome(true, 200, "");
        }
        return new Outcome(false, exchange.getResponse().getStatusCode().value(),
                exchange.getResponse().getBodyAsString().block());
    }

    /** Slugs, odd upper-case names, and the centre the token names. */
    private static final Gen<String> PATHS = Gen.oneOf(
            ((Gen<String>) source -> source.string("abcdefghijklmnopqrstuvwxyz-09", 2, 40))
                    .filter(s -> Character.isLetter(s.charAt(0))),
            ((Gen<String>) source -> source.string("ABCDEFGHIJKLMNOPQRSTUVWXYZ_a-", 4, 12))
                    .filter(s -> !s.equals("Forbidden")),
            Gen.constant("moschato-tavros"));

    private static JwtAuthenticationToken memberOf(String tenant) {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").claim("organization", List.of(tenant))
                .claim("realm_access", Map.of("roles", List.of("social-worker"))).build();
        return new JwtAuthenticationToken(jwt);
    }
}
