/**
 * The administrators' pages at {@code /admin/}: they use the registry ({@code centre}'s named interfaces
 * {@code registry}, {@code details}, {@code archive} and {@code onboarding}), {@code lifecycle} and {@code placement},
 * as the API does, and declare the port for the dead letters a centre's page shows ({@link
 * gr.kentra.tenants.web.FactDeadLetters}).
 */
@ApplicationModule(allowedDependencies = {"centre :: registry", "centre :: details", "centre :: archive",
        "centre :: onboarding", "lifecycle", "placement"})
package gr.kentra.tenants.web;

import org.springframework.modulith.ApplicationModule;
