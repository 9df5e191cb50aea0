/**
 * The services' metrics, logs and traces at the cost they are worth per request, with every series, log line and
 * trace that the dashboards, alerts and runbooks read (deploy/observability, OPERATIONS.md): log events counted per
 * event instead of per level check, and Spring's log messages rendered only when their level is on.
 */
package gr.kentra.commons.observability;
