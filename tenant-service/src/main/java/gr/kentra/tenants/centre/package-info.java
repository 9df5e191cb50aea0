/**
 * The registry of centres, in rooms of one concern: {@code registry} (the centre's record and transactions),
 * {@code details} (its detail fields), {@code archive} (the archive export's status and port), {@code cell} (the
 * configured database cells), {@code audit} (the trail), {@code onboarding} (the steps and their reconcilers),
 * {@code api} (the HTTP endpoints) and {@code demo} (generated centres). It depends on no other module: what it
 * needs done elsewhere (schema, Organization, archive export) is a port here that another module implements; other
 * modules see only the named interfaces {@code registry}, {@code details}, {@code archive}, {@code audit} and
 * {@code onboarding}.
 */
@ApplicationModule(allowedDependencies = {})
package gr.kentra.tenants.centre;

import org.springframework.modulith.ApplicationModule;
