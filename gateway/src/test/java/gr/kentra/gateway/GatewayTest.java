package gr.kentra.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway as it runs, on a real port, in front of three recording stand-in services, checking tokens
 * signed by an in-test key served as a JWK set (the real decoder path, no mocked authentication).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTracing
abstract class GatewayTest {

    static final TestTokens TOKENS = new TestTokens();
    static final Downstream CASES = new Downstream("case-service");
    static final Downstream TENANTS = new Downstream("tenant-service");
    static final Downstream REPORTS = new Downstream("reporting-service");
    static final CentreStatuses STATUSES = new CentreStatuses();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) {
        registry.add("kentra.security.issuer-uri", TOKENS::issuer);
        registry.add("kentra.security.jwk-set-uri", TOKENS::jwkSetUri);
        registry.add("kentra.security.clock-skew", () -> "5s");
        registry.add("kentra.keycloak.issuer-uri", TOKENS::issuer);
        registry.add("kentra.routes.case-service", CASES::url);
        registry.add("kentra.routes.tenant-service", TENANTS::url);
        registry.add("kentra.routes.reporting-service", REPORTS::url);
        registry.add("kentra.tenant-status.url", STATUSES::url);
        registry.add("kentra.tenant-status.refresh", () -> "100ms");
        // The chooser asks for the centres' names on every page, so each test sees the names it set.
        registry.add("kentra.tenant-status.names-ttl", () -> "0s");
    }

    @AfterAll
    static void keepServersForOtherClasses() {
        // The stand-ins live for the whole JVM: Spring caches the context that points at them.
    }

    @BeforeEach
    void forgetPreviousRequests() {
        CASES.reset();
        TENANTS.reset();
        REPORTS.reset();
    }

    WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    WebTestClient.ResponseSpec get(String path, String token) {
        WebTestClient.RequestHeadersSpec<?> request = client().get().uri(path);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return request.exchange();
    }

    static String body(WebTestClient.ResponseSpec response) {
        byte[] bytes = response.expectBody().returnResult().getResponseBodyContent();
        assertThat(bytes).isNotNull();
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
}
