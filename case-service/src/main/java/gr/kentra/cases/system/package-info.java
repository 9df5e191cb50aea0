/**
 * What every module shares: security and the permission table, problem details, locale, paging, edits and plausible
 * dates. Uses no other module (the tenant filter joins the security chain from tenancy).
 */
@ApplicationModule(allowedDependencies = {})
package gr.kentra.cases.system;

import org.springframework.modulith.ApplicationModule;
