package gr.kentra.cases.system;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import gr.kentra.commons.tenant.InvalidTenantIdException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The one place that turns exceptions into RFC 9457 problems. Everything a person reads comes from the
 * message bundles in the request's language (Greek unless {@code Accept-Language} asks for English).
 * Domain exceptions extend {@link org.springframework.web.ErrorResponseException} and carry message codes,
 * which the base class resolves.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    /** At most this many field errors in one answer. */
    static final int MAX_ERRORS = 50;
    private static final java.util.regex.Pattern DUPLICATE = java.util.regex.Pattern.compile(
            "Duplicate (?:Object )?(?:property|field) \"([^\"]{1,100})\"");

    private final MessageSource messages;

    ProblemAdvice(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldError> fieldErrors = ex.getBindingResult().getFieldErrors();
        List<Map<String, String>> errors = fieldErrors.stream().limit(MAX_ERRORS)
                .map(error -> fieldError(error.getField(), message(error, locale)))
                .toList();
        ProblemDetail problem = validationProblem(locale, errors);
        if (fieldErrors.size() > MAX_ERRORS) {
            // A body with thousands of bad items gets a short answer: the first errors and how many more.
            problem.setProperty("moreErrors", fieldErrors.size() - MAX_ERRORS);
        }
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        String field = fieldOf(ex);
        String duplicate = duplicateKeyOf(ex);
        ProblemDetail problem;
        if (causedBy(ex, StrictUtf8.InvalidUtf8.class) != null) {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    messages.getMessage("problem.utf8.detail", null, locale));
        } else if (duplicate != null) {
            problem = validationProblem(locale,
                    List.of(fieldError(duplicate, messages.getMessage("problem.duplicateKey", null, locale))));
        } else if (field != null) {
            StrictJson.RefusedValue refused = causedBy(ex, StrictJson.RefusedValue.class);
            String code = refused == null ? "problem.unknownValue" : refused.messageCode();
            problem = validationProblem(locale, List.of(fieldError(field, messages.getMessage(code, null, locale))));
        } else {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    messages.getMessage("problem.malformed.detail", null, locale));
        }
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        String name = ex.getPropertyName() == null ? "" : ex.getPropertyName();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("problem.typeMismatch.detail", new Object[] {name}, locale));
        problem.setProperty("errors", List.of(fieldError(name, messages.getMessage("problem.unknownValue", null,
                locale))));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(InvalidField.class)
    ResponseEntity<Object> invalidField(InvalidField ex, Locale locale) {
        ProblemDetail problem = validationProblem(locale,
                List.of(fieldError(ex.field(), messages.getMessage(ex.messageCode(), null, locale))));
        return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(InvalidTenantIdException.class)
    ProblemDetail invalidTenant(InvalidTenantIdException ex, Locale locale) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("problem.tenant.invalid", null, locale));
    }

    private ProblemDetail validationProblem(Locale locale, List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("problem.validation.detail", null, locale));
        problem.setTitle(messages.getMessage("problem.validation.title", null, locale));
        problem.setProperty("errors", errors);
        return problem;
    }

    private String message(FieldError error, Locale locale) {
        return messages.getMessage(error, locale);
    }

    private static Map<String, String> fieldError(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    private static <T extends Throwable> T causedBy(Throwable ex, Class<T> type) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /** The key a body repeats (refused: which of the two values was meant?), or null. */
    private static String duplicateKeyOf(HttpMessageNotReadableException ex) {
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            java.util.regex.Matcher duplicate = DUPLICATE.matcher(String.valueOf(cause.getMessage()));
            if (cause instanceof JacksonException && duplicate.find()) {
                return duplicate.group(1);
            }
        }
        return null;
    }

    /** The JSON property a binding error is about, or null when the body is not JSON at all. */
    private static String fieldOf(HttpMessageNotReadableException ex) {
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof MismatchedInputException mismatch) {
                return pathOf(mismatch);
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
