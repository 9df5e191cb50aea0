/**
 * Tenancy: which centre a request serves, its schema and database cell, schema migrations, moves between cells,
 * archives and the centres' lifecycle. Its public door is this package (TenantDirectory, TenantPlacement,
 * CentreNames); uses only system (problem details), never a feature.
 */
@ApplicationModule(allowedDependencies = {"system"})
package gr.kentra.cases.tenancy;

import org.springframework.modulith.ApplicationModule;
