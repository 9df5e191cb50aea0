/**
 * The append-only audit trail of every read and write of a person's record, its API and pages. Uses system and web;
 * the people's names it shows come through its own port, PersonNames, which the registry implements. It reads by SQL
 * whether a person exists in the centre, erased people too ({@code beneficiary} table; SqlTableReadsTest), so
 * beneficiary is allowed, but a type of it would close a cycle (the registry records into the trail).
 */
@ApplicationModule(allowedDependencies = {"beneficiary", "system", "web"})
package gr.kentra.cases.audit;

import org.springframework.modulith.ApplicationModule;
