/**
 * Moving a centre to another database cell; it uses the registry ({@code centre}) and declares the port case-
 * service fills ({@link gr.kentra.tenants.placement.TenantMover}).
 */
@ApplicationModule(allowedDependencies = {"centre :: registry"})
package gr.kentra.tenants.placement;

import org.springframework.modulith.ApplicationModule;
