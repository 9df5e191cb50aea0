/**
 * The HTTP doors of the GDPR rights: export, erasure, the retention list and decisions, the record of processing.
 */
package gr.kentra.cases.gdpr.api;
