/**
 * The servlet services' web plumbing, written once, in rooms of one concern: {@code problem} (RFC 9457 problems in
 * the request's language), {@code input} (input read as sent or refused, and the advice that answers the refusals;
 * uses problem) and {@code locale} (Greek by default, English on request). Here: the auto-configuration that
 * assembles them (uses problem and locale), and what the gateway shares too (the header names, the page of a list).
 */
package gr.kentra.commons.web;
