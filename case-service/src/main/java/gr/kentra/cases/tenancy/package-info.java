/**
 * Tenancy: which centre a request serves, its schema and database cell, schema migrations, moves between cells,
 * archives and the centres' lifecycle, each in a room of its own ({@code request}, {@code cell}, {@code registry},
 * {@code gate}, {@code lifecycle}, {@code migration}, {@code move}, {@code archive}). Its public door, the only types
 * other modules may use, is this package: {@link gr.kentra.cases.tenancy.TenantDirectory} (background work),
 * {@link gr.kentra.cases.tenancy.TenantPlacement} and {@link gr.kentra.cases.tenancy.CentreNames} (the pages).
 * Uses only system (problem details), never a feature.
 */
@ApplicationModule(allowedDependencies = {"system"})
package gr.kentra.cases.tenancy;

import org.springframework.modulith.ApplicationModule;
