package gr.kentra.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import gr.kentra.gateway.tenant.CentreAvailability;
import gr.kentra.gateway.tenant.TenantMembershipFilter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

class TenantMembershipPropertiesTest {

    private final TenantMembershipFilter filter = new TenantMembershipFilter(CentreAvailability.ALWAYS_OPEN);

    /** Every refusal is the very same bytes, so nothing about the requested centre (or its existence) leaks. */
    @Property(tries = 300)
    void refusesEveryCentreTheTokenDoesNotNameWithTheSameBody(@ForAll("paths") String tenant) {
        String reference = refusal("no-such-centre").body();
        Outcome outcome = refusal(tenant);

        assertThat(outcome.passed()).isEqualTo(tenant.equals("moschato-tavros"));
        if (!outcome.passed()) {
            assertThat(outcome.status()).isEqualTo(403);
            assertThat(outcome.body()).isEqualTo(reference);
        }
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

    @Provide
    Arbitrary<String> paths() {
        Arbitrary<String> slugs = Arbitraries.strings().withCharRange('a', 'z').withChars('-', '0', '9')
                .ofMinLength(2).ofMaxLength(40).filter(s -> Character.isLetter(s.charAt(0)));
        Arbitrary<String> odd = Arbitraries.strings().withCharRange('A', 'Z').withChars('_', 'a', '-').ofMinLength(1).ofMaxLength(12)
                .filter(s -> !s.equals("Forbidden") && s.length() > 3);
        return Arbitraries.oneOf(slugs, odd, Arbitraries.just("moschato-tavros"));
    }

    private static JwtAuthenticationToken memberOf(String tenant) {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").claim("organization", List.of(tenant))
                .claim("realm_access", Map.of("roles", List.of("social-worker"))).build();
        return new JwtAuthenticationToken(jwt);
    }
}
