/**
 * The record of processing activities (Art. 30), built from the catalogue, as JSON and HTML.
 */
package gr.kentra.cases.gdpr.processing;
