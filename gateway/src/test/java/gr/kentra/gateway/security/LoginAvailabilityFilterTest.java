package gr.kentra.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

class LoginAvailabilityFilterTest {

    private final AtomicBoolean up = new AtomicBoolean(false);
    private final AtomicInteger checks = new AtomicInteger();
    private final LoginAvailabilityFilter filter = new LoginAvailabilityFilter(() -> {
        checks.incrementAndGet();
        return up.get();
    });

    @Test
    void aNewLoginWhileKeycloakIsUnreachableGetsAPageWithRetryAfterInsteadOfARedirectToNowhere() {
        AtomicBoolean passed = new AtomicBoolean();
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.get("/oauth2/authorization/keycloak").header("Accept", "text/html"));

        filter.filter(exchange, e -> Mono.fromRunnable(() -> passed.set(true))).block();

        assertThat(passed).isFalse();
        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(exchange.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("10");
        assertThat(exchange.getResponse().getHeaders().getContentType().toString()).startsWith("text/html");
        assertThat(exchange.getResponse().getBodyAsString().block())
                .contains("<h1>Η σύνδεση δεν είναι διαθέσιμη αυτή τη στιγμή</h1>", "lang=\"el\"");
    }

    @Test
    void loginsGoOnToKeycloakWhenItAnswersAndOtherPathsAreNeverChecked() {
        up.set(true);
        AtomicInteger passed = new AtomicInteger();
        filter.filter(MockServerWebExchange.from(MockServerHttpRequest.get("/oauth2/authorization/keycloak")),
                e -> Mono.fromRunnable(passed::incrementAndGet)).block();
        filter.filter(MockServerWebExchange.from(MockServerHttpRequest.get("/t/elefsina/api/beneficiaries")),
                e -> Mono.fromRunnable(passed::incrementAndGet)).block();

        assertThat(passed).hasValue(2);
        assertThat(checks).hasValue(1);
    }
}
