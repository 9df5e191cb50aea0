/**
 * The adapters to case-service's internal API and Keycloak's admin API: they implement the ports of {@code centre}
 * (onboarding), {@code lifecycle}, {@code placement} and {@code web} (the dead letters a centre's page shows), and
 * nothing uses them but through those ports.
 */
@ApplicationModule(allowedDependencies = {"centre :: onboarding", "centre :: registry", "lifecycle", "placement", "web"})
package gr.kentra.tenants.provisioning;

import org.springframework.modulith.ApplicationModule;
