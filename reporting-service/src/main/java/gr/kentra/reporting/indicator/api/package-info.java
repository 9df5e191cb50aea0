/**
 * The endpoints /reports/api/indicators and /reports/api/esf (JSON, CSV, XLSX); nothing else uses them.
 */
package gr.kentra.reporting.indicator.api;
