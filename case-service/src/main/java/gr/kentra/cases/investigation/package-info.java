/**
 * Social investigations and their reports. Uses the registry, the audit trail, requests and their types, system and
 * web.
 */
@ApplicationModule(allowedDependencies = {"audit", "beneficiary", "request", "requesttype", "system", "web"})
package gr.kentra.cases.investigation;

import org.springframework.modulith.ApplicationModule;
