/**
 * Input taken as sent or refused: strict JSON, UTF-8 bodies and parameters, the size of a body, and
 * {@code InputProblemAdvice}, which every service's advice extends to answer the refusals. Uses problem.
 */
package gr.kentra.commons.web.input;
