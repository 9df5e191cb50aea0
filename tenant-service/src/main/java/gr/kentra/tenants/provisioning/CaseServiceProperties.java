package gr.kentra.tenants.provisioning;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Where case-service is, and how long a provisioning call may take (a first migration takes seconds). */
@Validated
@ConfigurationProperties("kentra.case-service")
record CaseServiceProperties(@NotNull URI url, Duration timeout) {

    CaseServiceProperties {
        timeout = timeout == null ? Duration.ofSeconds(60) : timeout;
    }
}
