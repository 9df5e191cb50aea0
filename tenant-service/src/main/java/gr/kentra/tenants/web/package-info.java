/**
 * The administrators' pages at {@code /admin/}: they use the registry ({@code centre}) and the lifecycle ({@code
 * lifecycle}), as the API does.
 */
@ApplicationModule(allowedDependencies = {"centre", "lifecycle"})
package gr.kentra.tenants.web;

import org.springframework.modulith.ApplicationModule;
