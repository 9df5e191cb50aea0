/**
 * Basic goods distributions (TEBA/FEAD and others) to a person. Uses the registry, the audit trail, system and web.
 */
@ApplicationModule(allowedDependencies = {"audit", "beneficiary", "system", "web"})
package gr.kentra.cases.distribution;

import org.springframework.modulith.ApplicationModule;
