package gr.kentra.gateway.tenant;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the gateway learns which centres are suspended or archived ({@code url}, tenant-service's
 * {@code /internal/centres/status}), how often it asks ({@code refresh}, so a change is enforced within
 * about that long) and how long one answer may take ({@code timeout}).
 */
@Validated
@ConfigurationProperties("kentra.tenant-status")
record TenantStatusProperties(@NotNull URI url, Duration refresh, Duration timeout) {

    TenantStatusProperties {
        refresh = refresh == null ? Duration.ofSeconds(2) : refresh;
        timeout = timeout == null ? Duration.ofSeconds(1) : timeout;
    }
}
