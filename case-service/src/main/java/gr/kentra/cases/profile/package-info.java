/**
 * The socio-economic profile of a person for the ESF indicators (a part of the record card). Uses the registry, the
 * audit trail, model and system; never the other parts of the card.
 */
@ApplicationModule(allowedDependencies = {"audit", "beneficiary", "model", "system"})
package gr.kentra.cases.profile;

import org.springframework.modulith.ApplicationModule;
