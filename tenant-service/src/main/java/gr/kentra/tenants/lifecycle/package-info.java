/**
 * A centre's end: the archive export, the two-step deletion and the retention review of exports; it uses the
 * registry ({@code centre}'s named interfaces {@code registry}, {@code archive} and {@code audit}) and declares the
 * ports case-service and Keycloak fill ({@link gr.kentra.tenants.lifecycle.TenantArchive}, {@link
 * gr.kentra.tenants.lifecycle.OrganizationRemoval}).
 */
@ApplicationModule(allowedDependencies = {"centre :: registry", "centre :: archive", "centre :: audit"})
package gr.kentra.tenants.lifecycle;

import org.springframework.modulith.ApplicationModule;
