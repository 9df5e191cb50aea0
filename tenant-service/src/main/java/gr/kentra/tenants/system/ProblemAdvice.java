package gr.kentra.tenants.system;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import gr.kentra.commons.web.input.InputProblemAdvice;
import gr.kentra.commons.web.problem.Problems;
import gr.kentra.tenants.centre.details.InvalidSchedule;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one place that turns exceptions into RFC 9457 problems. Everything a person reads comes from the
 * message bundles in the request's language (Greek unless {@code Accept-Language} asks for English).
 * Domain exceptions extend {@link org.springframework.web.ErrorResponseException} and carry message codes,
 * which the base class resolves; refused input (strict JSON, UTF-8, parameters) and malformed centre ids are
 * answered by {@link InputProblemAdvice}.
 */
@RestControllerAdvice
class ProblemAdvice extends InputProblemAdvice {

    ProblemAdvice(Problems problems) {
        super(problems);
    }

    /** A partial update whose merged hours break a rule: the same shape as a field validation error. */
    @ExceptionHandler(InvalidSchedule.class)
    ResponseEntity<ProblemDetail> invalidSchedule(InvalidSchedule ex, Locale locale) {
        List<Map<String, String>> errors = ex.problems().stream()
                .map(problem -> fieldError(problem.field(), messages.getMessage(problem.code(), null, locale)))
                .toList();
        return Problems.answer(validationProblem(locale, errors));
    }
}
