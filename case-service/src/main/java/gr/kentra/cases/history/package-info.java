/**
 * The versioned social history of a person (a part of the record card). Uses the registry, the audit trail and
 * system; never the other parts of the card.
 */
@ApplicationModule(allowedDependencies = {"audit", "beneficiary", "system"})
package gr.kentra.cases.history;

import org.springframework.modulith.ApplicationModule;
