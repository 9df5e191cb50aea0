package gr.kentra.tenants.provisioning;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where case-service is, and how long a provisioning call may take (a first migration takes seconds), and an archive
 * export (which streams a whole centre's schema into a zip: minutes for a large one).
 */
@Validated
@ConfigurationProperties("kentra.case-service")
record CaseServiceProperties(@NotNull URI url, Duration timeout, Duration exportTimeout) {

    CaseServiceProperties {
        timeout = timeout == null ? Duration.ofSeconds(60) : timeout;
        exportTimeout = exportTimeout == null ? Duration.ofMinutes(30) : exportTimeout;
    }
}
