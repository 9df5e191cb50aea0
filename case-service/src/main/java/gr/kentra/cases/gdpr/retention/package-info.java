/**
 * The retention review: who saw no activity for the retention period, and the coordinator's decisions on them.
 */
package gr.kentra.cases.gdpr.retention;
