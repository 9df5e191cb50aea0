/**
 * Web and security plumbing (problem details, locale, security filter chains, request limits, OpenAPI) and the two
 * request exceptions every module throws; it depends on no other module.
 */
@ApplicationModule(allowedDependencies = {})
package gr.kentra.reporting.system;

import org.springframework.modulith.ApplicationModule;
