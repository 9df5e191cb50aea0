/**
 * The append-only audit trail of every read and write of a person's record, its API and pages. Uses system and web;
 * the people's names it shows come through its own port, PersonNames, which the registry implements.
 */
@ApplicationModule(allowedDependencies = {"system", "web"})
package gr.kentra.cases.audit;

import org.springframework.modulith.ApplicationModule;
