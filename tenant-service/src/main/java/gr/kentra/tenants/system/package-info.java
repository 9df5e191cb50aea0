/**
 * Web and security plumbing (problem details, locale, security filter chains, request limits, clock, OpenAPI); it
 * knows of the registry only the exception it turns into a problem ({@code centre}).
 */
@ApplicationModule(allowedDependencies = {"centre :: details"})
package gr.kentra.tenants.system;

import org.springframework.modulith.ApplicationModule;
