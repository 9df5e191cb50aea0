/**
 * The registry of people (beneficiaries): identity, contact, consent, search and the record card's frame. Uses the
 * audit trail, system and web.
 */
@ApplicationModule(allowedDependencies = {"audit", "system", "web"})
package gr.kentra.cases.beneficiary;

import org.springframework.modulith.ApplicationModule;
