/**
 * The pre-aggregates kept with each fact (monthly counts, person tables, distinct persons), their rebuild and
 * retention; it depends on no other module.
 */
@ApplicationModule(allowedDependencies = {})
package gr.kentra.reporting.aggregate;

import org.springframework.modulith.ApplicationModule;
