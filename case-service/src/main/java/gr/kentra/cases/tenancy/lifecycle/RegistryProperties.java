package gr.kentra.cases.tenancy.lifecycle;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * tenant-service, the registry of centres: {@code url} (its base URL; without it no centre is refused for its
 * lifecycle and no schema may be dropped), {@code refresh} (how often the statuses of centres that are not active
 * are fetched, default 5 s: a suspension reaches this service within that) and {@code timeout} of one call.
 */
@ConfigurationProperties("kentra.registry")
record RegistryProperties(URI url, Duration refresh, Duration timeout) {

    RegistryProperties {
        refresh = refresh == null ? Duration.ofSeconds(5) : refresh;
        timeout = timeout == null ? Duration.ofSeconds(3) : timeout;
        if (refresh.isNegative() || refresh.isZero() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("kentra.registry.refresh and kentra.registry.timeout must be positive");
        }
    }
}
