/**
 * The person's copy of the record (Art. 15), as JSON and as a self-contained HTML page.
 */
package gr.kentra.cases.gdpr.export;
