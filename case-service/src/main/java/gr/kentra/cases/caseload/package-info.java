/**
 * The coordinator's caseload page: per staff member, counts of open work, read in one query over the casework
 * tables of the centre's schema. Uses system and web, and reads by SQL the tables of appointment, investigation,
 * referral and request (held to allowed modules by SqlTableReadsTest).
 */
@ApplicationModule(allowedDependencies = {"appointment", "investigation", "referral", "request", "system", "web"})
package gr.kentra.cases.caseload;

import org.springframework.modulith.ApplicationModule;
