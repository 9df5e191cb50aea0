package gr.kentra.reporting.system;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * The one place that turns exceptions into RFC 9457 problems, in the request's language (Greek unless
 * {@code Accept-Language} asks for English). Problems are always JSON, also when the client asked for CSV.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ProblemAdvice(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
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

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        String field = fieldOf(ex);
        ProblemDetail problem = field == null
                ? ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                        messages.getMessage("problem.malformed.detail", null, locale))
                : validationProblem(locale,
                        List.of(fieldError(field, messages.getMessage("field.unknownOrWrongType", null, locale))));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = validationProblem(locale,
                List.of(fieldError(ex.getParameterName(), messages.getMessage("field.required", null, locale))));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private ProblemDetail validationProblem(Locale locale, List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("problem.validation.detail", null, locale));
        problem.setTitle(messages.getMessage("problem.validation.title", null, locale));
        problem.setProperty("errors", errors);
        return problem;
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static Map<String, String> fieldError(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    /** The JSON path a binding error is about (e.g. {@code facts[2].quantity}), or null for broken JSON. */
    private static String fieldOf(HttpMessageNotReadableException ex) {
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                return pathOf(jackson);
            }
        }
        return null;
    }

    private static String pathOf(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }
}
