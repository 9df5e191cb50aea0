/**
 * Requests of a person to the centre and their workflow. Uses the registry, the audit trail, the request type
 * catalogue, system and web; never referrals.
 */
@ApplicationModule(allowedDependencies = {"audit", "beneficiary", "requesttype", "system", "web"})
package gr.kentra.cases.request;

import org.springframework.modulith.ApplicationModule;
