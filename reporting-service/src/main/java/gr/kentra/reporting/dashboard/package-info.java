/**
 * The server-rendered dashboards at {@code /dashboards/}: they read the same reports as the API ({@code indicator}
 * and its named interface {@code reports}) and throw its request exceptions ({@code system}).
 */
@ApplicationModule(allowedDependencies = {"indicator", "indicator :: reports", "system"})
package gr.kentra.reporting.dashboard;

import org.springframework.modulith.ApplicationModule;
