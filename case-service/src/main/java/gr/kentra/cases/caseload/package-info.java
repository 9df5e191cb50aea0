/**
 * The coordinator's caseload page: per staff member, counts of open work, read in one query over the casework
 * tables of the centre's schema. Uses system and web.
 */
@ApplicationModule(allowedDependencies = {"system", "web"})
package gr.kentra.cases.caseload;

import org.springframework.modulith.ApplicationModule;
