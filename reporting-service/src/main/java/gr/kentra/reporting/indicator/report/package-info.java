/**
 * The suppressed indicator and ESF reports cut from the protected national grids for a scope and period;
 * IndicatorReports and EsfReports carry {@code @NamedInterface("reports")} for the dashboards.
 */
package gr.kentra.reporting.indicator.report;
