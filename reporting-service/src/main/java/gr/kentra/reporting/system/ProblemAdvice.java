package gr.kentra.reporting.system;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import gr.kentra.commons.web.input.InputProblemAdvice;
import gr.kentra.commons.web.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one place that turns exceptions into RFC 9457 problems, in the request's language (Greek unless
 * {@code Accept-Language} asks for English). Problems are always JSON, also when the client asked for CSV.
 */
@RestControllerAdvice
class ProblemAdvice extends InputProblemAdvice {

    ProblemAdvice(Problems problems) {
        super(problems);
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalidRequest(InvalidRequestException ex, Locale locale) {
        List<Map<String, String>> errors = ex.problems().stream()
                .map(p -> fieldError(p.field(), messages.getMessage(p.code(), p.args(), locale)))
                .toList();
        return Problems.answer(validationProblem(locale, errors));
    }

    @ExceptionHandler(ForbiddenScopeException.class)
    ResponseEntity<ProblemDetail> forbiddenScope(ForbiddenScopeException ex, Locale locale) {
        return Problems.answer(problems.titled(HttpStatus.FORBIDDEN, "problem.forbidden.title",
                "problem.scope.forbidden", locale));
    }

    /** Reporting's bundles say "unknown value or a value of the wrong type" for both. */
    @Override
    protected String unknownValueCode() {
        return "field.unknownOrWrongType";
    }

    @Override
    protected String requiredCode() {
        return "field.required";
    }
}
