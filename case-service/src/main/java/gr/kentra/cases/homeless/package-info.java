/**
 * The homeless register (ETHOS light) with its shelters. Uses the registry, the audit trail, the partner directory,
 * system and web.
 */
@ApplicationModule(allowedDependencies = {"audit", "beneficiary", "partner", "system", "web"})
package gr.kentra.cases.homeless;

import org.springframework.modulith.ApplicationModule;
