package gr.kentra.gateway.tenant;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the gateway learns which centres are suspended or archived ({@code url}, tenant-service's
 * {@code /internal/centres/status}), how often it asks ({@code refresh}, so a change is enforced within
 * about that long) and how long one answer may take ({@code timeout}); where the centre chooser reads the centres'
 * names ({@code names-url}, by default {@code names} beside {@code url}) and how long it keeps them
 * ({@code names-ttl}).
 */
@Validated
@ConfigurationProperties("kentra.tenant-status")
record TenantStatusProperties(@NotNull URI url, Duration refresh, Duration timeout, URI namesUrl,
        Duration namesTtl) {

    TenantStatusProperties {
        refresh = refresh == null ? Duration.ofSeconds(2) : refresh;
        timeout = timeout == null ? Duration.ofSeconds(1) : timeout;
        namesUrl = namesUrl == null && url != null ? url.resolve("names") : namesUrl;
        namesTtl = namesTtl == null ? Duration.ofMinutes(1) : namesTtl;
    }
}
