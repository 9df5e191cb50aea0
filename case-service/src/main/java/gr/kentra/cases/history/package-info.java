/**
 * The versioned social history of a person (a part of the record card) and its page. Uses the registry, the audit
 * trail, system and web (the pages' frame); never the other parts of the card.
 */
@ApplicationModule(allowedDependencies = {"audit", "beneficiary", "system", "web"})
package gr.kentra.cases.history;

import org.springframework.modulith.ApplicationModule;
