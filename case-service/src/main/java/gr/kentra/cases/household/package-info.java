/**
 * The members of a person's household (a part of the record card). Uses the registry, the audit trail, the shared
 * value types (model), system and web; never the other parts of the card.
 */
@ApplicationModule(allowedDependencies = {"audit", "beneficiary", "model", "system", "web"})
package gr.kentra.cases.household;

import org.springframework.modulith.ApplicationModule;
