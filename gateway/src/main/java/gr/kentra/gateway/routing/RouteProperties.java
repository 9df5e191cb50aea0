package gr.kentra.gateway.routing;

import java.net.URI;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Base URLs of the services behind the gateway. */
@Validated
@ConfigurationProperties("kentra.routes")
record RouteProperties(@NotNull URI caseService, @NotNull URI tenantService, @NotNull URI reportingService) {
}
