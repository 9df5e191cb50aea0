/**
 * RFC 9457 problems in the request's language: the one writer ({@code Problems}), the refusal thrown with message
 * codes, the answer when the database is unreachable, and {@code /error} and Tomcat's error page as problems. Uses
 * no other room of {@code web}.
 */
package gr.kentra.commons.web.problem;
