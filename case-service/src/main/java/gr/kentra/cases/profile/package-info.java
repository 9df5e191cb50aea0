/**
 * The socio-economic profile of a person for the ESF indicators (a part of the record card) and its card section.
 * Uses the registry, the audit trail, model, system and web (the pages' frame); never the other parts of the card.
 */
@ApplicationModule(allowedDependencies = {"audit", "beneficiary", "model", "system", "web"})
package gr.kentra.cases.profile;

import org.springframework.modulith.ApplicationModule;
