/**
 * Mobile units working offline: a staff member checks out the visit list of a route (the people and open requests of
 * its places, nothing else of the centre), works in the field kit (a small offline page kept encrypted in the browser)
 * and synchronises back an operation log: each operation once (its id), applied when the record's version matches,
 * merged field by field when the centre changed other fields meanwhile, and kept as a conflict for a person to decide
 * when the same field changed on both sides. Registrations, edits, requests, counselling sessions and distributions go
 * through their own packages' doors (validation and audit included). Reads by SQL the open requests of the route
 * ({@code service_request}) and, to learn which fields changed at the centre since a version, the registry's lines of
 * the audit trail ({@code audit_event}); listens to gdpr's erasure to delete the person's conflicts.
 * One room per concern: {@code checkout} (visit lists and their size), {@code sync} (the operation log applied once,
 * merged or held), {@code conflict} (what a person decides, erased with the person) and {@code web} (the kit's API and
 * page); the base package keeps what they share, the module's problems and {@code kentra.field} properties.
 */
@ApplicationModule(allowedDependencies = {"audit", "beneficiary", "distribution", "gdpr", "request", "session",
        "system", "web"})
package gr.kentra.cases.field;

import org.springframework.modulith.ApplicationModule;
