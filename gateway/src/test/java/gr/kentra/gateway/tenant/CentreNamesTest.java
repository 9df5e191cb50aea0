package gr.kentra.gateway.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import gr.kentra.commons.tenant.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/** The chooser's names are asked for at most once per TTL, whether tenant-service answered or could not be reached. */
class CentreNamesTest {

    private static final Duration TTL = Duration.ofMinutes(1);

    private final TenantStatusProperties properties = new TenantStatusProperties(
            URI.create("http://tenant-service/internal/centres/status"), null, Duration.ofSeconds(1), null, TTL);
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-06T10:00:00Z"));
    private final AtomicInteger asks = new AtomicInteger();
    private volatile boolean reachable;

    private final CentreNames names = new CentreNames(properties, WebClient.builder().exchangeFunction(request -> {
        asks.incrementAndGet();
        if (!reachable) {
            return Mono.error(new ConnectException("Connection refused"));
        }
        return Mono.just(ClientResponse.create(HttpStatus.OK)
                .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .body("{\"names\":{\"moschato-tavros\":{\"el\":\"Μοσχάτο\",\"en\":\"Moschato\"}}}").build());
    }).build(), now::get);

    private void pass(Duration duration) {
        now.updateAndGet(at -> at.plus(duration));
    }

    @Test
    void anUnreachableRegistryIsNotAskedAgainBeforeTheTtlHasPassed() {
        assertThat(names.names().block()).isEmpty();
        pass(TTL.minusSeconds(1));
        assertThat(names.names().block()).isEmpty();
        assertThat(asks).as("one failed ask per TTL, not one per chooser page").hasValue(1);

        pass(Duration.ofSeconds(2));
        reachable = true;
        assertThat(names.names().block()).containsKey(TenantId.of("moschato-tavros"));
        assertThat(asks).hasValue(2);
    }

    @Test
    void keepsTheLastNamesKnownWhileTheRegistryIsUnreachable() {
        reachable = true;
        assertThat(names.names().block()).containsKey(TenantId.of("moschato-tavros"));
        reachable = false;
        pass(TTL.plusSeconds(1));
        assertThat(names.names().block()).containsKey(TenantId.of("moschato-tavros"));
        pass(Duration.ofSeconds(1));
        assertThat(names.names().block()).containsKey(TenantId.of("moschato-tavros"));
        assertThat(asks).hasValue(2);
    }
}
