/**
 * The adapters to case-service's internal API and Keycloak's admin API: they implement the ports of {@code centre},
 * {@code lifecycle} and {@code placement}, and nothing else uses them.
 */
@ApplicationModule(allowedDependencies = {"centre", "lifecycle", "placement"})
package gr.kentra.tenants.provisioning;

import org.springframework.modulith.ApplicationModule;
