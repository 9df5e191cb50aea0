package gr.kentra.reporting.system;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import gr.kentra.commons.web.InputProblemAdvice;
import gr.kentra.commons.web.StrictInput;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * The one place that turns exceptions into RFC 9457 problems, in the request's language (Greek unless
 * {@code Accept-Language} asks for English). Problems are always JSON, also when the client asked for CSV.
 */
@RestControllerAdvice
@Import(StrictInput.class)
class ProblemAdvice extends InputProblemAdvice {

    ProblemAdvice(MessageSource messages) {
        super(messages);
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalidRequest(InvalidRequestException ex, Locale locale) {
        List<Map<String, String>> errors = ex.problems().stream()
                .map(p -> fieldError(p.field(), messages.getMessage(p.code(), p.args(), locale)))
                .toList();
        return problem(validationProblem(locale, errors));
    }

    @ExceptionHandler(ForbiddenScopeException.class)
    ResponseEntity<ProblemDetail> forbiddenScope(ForbiddenScopeException ex, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                messages.getMessage("problem.scope.forbidden", null, locale));
        problem.setTitle(messages.getMessage("problem.forbidden.title", null, locale));
        return problem(problem);
    }

    /** Reporting's bundles say "unknown value or a value of the wrong type" for both. */
    @Override
    protected String unknownValueCode() {
        return "field.unknownOrWrongType";
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = validationProblem(locale,
                List.of(fieldError(ex.getParameterName(), messages.getMessage("field.required", null, locale))));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
