/**
 * The indicators: what the API and the dashboards ask for and get (scope and who may see it, period, ESF request,
 * report and value) in this package, and rooms of one concern below it: {@code catalogue} (the indicators as data,
 * checked at startup), {@code grid} (the SQL over the aggregates, the grid cache and the hiding of periods and linked
 * ESF tables), {@code report} (the suppressed reports), {@code export} (CSV, XLSX) and {@code api} (the endpoints).
 * It reads {@code aggregate}'s tables and the fact contract's vocabularies (platform-commons
 * {@code gr.kentra.commons.facts}), protects with {@code suppression} and answers
 * through {@code system}; the dashboards use this package and the named interface {@code reports}.
 */
@ApplicationModule(allowedDependencies = {"aggregate", "suppression", "system"})
package gr.kentra.reporting.indicator;

import org.springframework.modulith.ApplicationModule;
