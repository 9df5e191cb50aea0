/**
 * Counselling sessions and their notes (readable by their psychologist only). Uses the registry, the audit trail,
 * system and web.
 */
@ApplicationModule(allowedDependencies = {"audit", "beneficiary", "system", "web"})
package gr.kentra.cases.session;

import org.springframework.modulith.ApplicationModule;
