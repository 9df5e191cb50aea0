/**
 * Needs assessments of a person (a part of the record card). Uses the registry, the audit trail, system and web;
 * never the other parts of the card.
 */
@ApplicationModule(allowedDependencies = {"audit", "beneficiary", "system", "web"})
package gr.kentra.cases.assessment;

import org.springframework.modulith.ApplicationModule;
