/**
 * The server-rendered dashboards at {@code /dashboards/}: they read the same reports as the API ({@code indicator})
 * and its exceptions ({@code system}).
 */
@ApplicationModule(allowedDependencies = {"indicator", "system"})
package gr.kentra.reporting.dashboard;

import org.springframework.modulith.ApplicationModule;
