package gr.kentra.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/** Browser-facing headers on every answer, once each, whatever the service sent (issue 10, item 7). */
class EdgeHeadersTest extends GatewayTest {

    @Test
    void givesAServicesPageThePolicyAndHeadersExactlyOnce() {
        REPORTS.answerWith("<html></html>", Map.of("X-Content-Type-Options", "nosniff", "X-Frame-Options", "SAMEORIGIN",
                "Referrer-Policy", "unsafe-url", "Cache-Control", "no-store"));

        HttpHeaders headers = page("/dashboards/").getResponseHeaders();

        assertThat(headers.get("Content-Security-Policy")).singleElement().asString()
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'",
                        "form-action 'self' " + TOKENS.issuer().replace("/realms/kentra", ""));
        assertThat(headers.get("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(headers.get("X-Frame-Options")).containsExactly("DENY");
        assertThat(headers.get("Referrer-Policy")).containsExactly("no-referrer");
        assertThat(headers.get("Cache-Control")).containsExactly("no-store");
        assertThat(headers.containsHeader("Strict-Transport-Security")).as("no HSTS on plain http by default").isFalse();
    }

    @Test
    void keepsAPrintablePagesOwnPolicyAndForbidsFramingIt() {
        CASES.answerWith("<html></html>", Map.of("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'"));

        HttpHeaders headers = page("/t/mouzaki/api/investigations/1/report").getResponseHeaders();

        assertThat(headers.get("Content-Security-Policy"))
                .containsExactly("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
    }

    @Test
    void putsTheHeadersOnTheGatewaysOwnRefusalsToo() {
        HttpHeaders headers = client().get().uri("/t/mouzaki/api/x").exchange().expectStatus().isUnauthorized()
                .expectBody().returnResult().getResponseHeaders();

        assertThat(headers.get("Content-Security-Policy")).hasSize(1);
        assertThat(headers.get("X-Frame-Options")).containsExactly("DENY");

        HttpHeaders pathRefusal = client().get().uri(java.net.URI.create("http://localhost:" + port + "/%74/mouzaki/api"))
                .exchange().expectStatus().isBadRequest().expectBody().returnResult().getResponseHeaders();
        assertThat(pathRefusal.get("Content-Security-Policy")).hasSize(1);
        assertThat(pathRefusal.get("X-Content-Type-Options")).containsExactly("nosniff");
    }

    private EntityExchangeResult<byte[]> page(String path) {
        return client().get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.member("mouzaki"))
                .exchange().expectStatus().isOk().expectBody().returnResult();
    }
}
