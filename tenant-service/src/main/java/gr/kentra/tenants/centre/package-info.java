/**
 * The registry of centres (their record, status, details and audit trail), onboarding with its reconcilers, and the
 * demo generator; it depends on no other module: the steps it needs done elsewhere (schema, Organization, archive
 * export, dead letters) are ports here that other modules implement.
 */
@ApplicationModule(allowedDependencies = {})
package gr.kentra.tenants.centre;

import org.springframework.modulith.ApplicationModule;
