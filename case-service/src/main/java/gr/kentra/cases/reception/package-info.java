/**
 * The reception's walk-in queue, by the centre's day. Uses the registry, the audit trail, system and web.
 */
@ApplicationModule(allowedDependencies = {"audit", "beneficiary", "system", "web"})
package gr.kentra.cases.reception;

import org.springframework.modulith.ApplicationModule;
