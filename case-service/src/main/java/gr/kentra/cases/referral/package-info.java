/**
 * Referrals of a person to a partner service and their outcome. Uses the registry, the audit trail, requests,
 * request types, partners, the directory's service types, system and web; casework flows one way: none of those knows
 * referrals.
 */
@ApplicationModule(allowedDependencies = {"audit", "beneficiary", "directory", "partner", "request", "requesttype",
        "system", "web"})
package gr.kentra.cases.referral;

import org.springframework.modulith.ApplicationModule;
