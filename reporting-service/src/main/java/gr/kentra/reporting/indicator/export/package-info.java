/**
 * The exports of a report: CSV and XLSX, with the marks and footnotes of hidden values.
 */
package gr.kentra.reporting.indicator.export;
