package gr.kentra.cases.system.api;

import gr.kentra.cases.system.InvalidField;
import gr.kentra.cases.system.RecordProblems;
import gr.kentra.commons.web.input.InputProblemAdvice;
import gr.kentra.commons.web.problem.Problems;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one place that turns exceptions into RFC 9457 problems. Everything a person reads comes from the
 * message bundles in the request's language (Greek unless {@code Accept-Language} asks for English).
 * Domain exceptions are {@link RecordProblems.Coded} (or other {@link org.springframework.web.ErrorResponseException})
 * carrying message codes; those, refused input (strict JSON, UTF-8, parameters, {@link InvalidField}) and malformed
 * centre ids are answered by {@link InputProblemAdvice}: case-service has no refusal of its own to add.
 */
@RestControllerAdvice
class ProblemAdvice extends InputProblemAdvice {

    ProblemAdvice(Problems problems) {
        super(problems);
    }
}
