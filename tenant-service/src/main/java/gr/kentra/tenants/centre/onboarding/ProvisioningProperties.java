package gr.kentra.tenants.centre.onboarding;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Onboarding's background steps. {@code claimLease}: how long a runner's claim on a step holds; longer than a step
 * can take (case-service's and Keycloak's timeouts), so a claim is taken over only from a runner that died.
 */
@ConfigurationProperties("kentra.provisioning")
record ProvisioningProperties(Duration initialDelay, Duration interval, Duration claimLease) {

    ProvisioningProperties {
        claimLease = claimLease == null ? Duration.ofMinutes(5) : claimLease;
    }
}
