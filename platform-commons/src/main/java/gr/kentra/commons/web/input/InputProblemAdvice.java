package gr.kentra.commons.web.input;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import gr.kentra.commons.tenant.InvalidTenantIdException;
import gr.kentra.commons.web.problem.CodedProblem;
import gr.kentra.commons.web.problem.DatabaseUnavailable;
import gr.kentra.commons.web.problem.Problems;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The refusals of input every servlet service answers alike, as RFC 9457 problems naming the field: bean
 * validation (at most {@link #MAX_ERRORS} errors, then {@code moreErrors}), unreadable bodies (wrong type, refused
 * value, duplicate key, unknown property, invalid UTF-8), parameters of the wrong type or missing, and
 * {@link InvalidInput}.
 * Also what every service refuses alike: a malformed centre id, and any {@link CodedProblem} (not found, stale
 * version, illegal transition, …), whose codes Spring's {@code ErrorResponse} handling resolves.
 * A service's one {@code @RestControllerAdvice} extends this (which brings {@link StrictInput} and
 * {@link RequestLimits} with it) and adds only its own exceptions. Message codes its
 * bundles hold: {@code problem.validation.title}, {@code problem.validation.detail}, {@code problem.malformed.detail},
 * {@code problem.typeMismatch.detail}, {@code problem.utf8.detail}, {@code problem.duplicateKey}, {@code problem.nul},
 * {@code problem.tenant.invalid}, {@code problem.unavailable.title}, {@code problem.unavailable.detail}, {@link #unknownValueCode()} and {@link #requiredCode()}.
 */
@Import({StrictInput.class, RequestLimits.class})
public abstract class InputProblemAdvice extends ResponseEntityExceptionHandler {

    /** At most this many field errors in one answer. */
    public static final int MAX_ERRORS = 50;
    private static final Pattern DUPLICATE = Pattern.compile(
            "Duplicate (?:Object )?(?:property|field) \"([^\"]{1,100})\"");

    protected final Problems problems;
    protected final MessageSource messages;

    protected InputProblemAdvice(Problems problems) {
        this.problems = problems;
        this.messages = problems.messages();
        setMessageSource(messages);
    }

    /** The message code for a value of the wrong type or outside what the field takes. */
    protected String unknownValueCode() {
        return "problem.unknownValue";
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldError> fieldErrors = ex.getBindingResult().getFieldErrors();
        List<Map<String, String>> errors = fieldErrors.stream().limit(MAX_ERRORS)
                .map(error -> fieldError(error.getField(), messages.getMessage(error, locale)))
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
            problem = problems.of(HttpStatus.BAD_REQUEST, "problem.utf8.detail", locale);
        } else if (duplicate != null) {
            problem = validationProblem(locale,
                    List.of(fieldError(duplicate, messages.getMessage("problem.duplicateKey", null, locale))));
        } else if (field != null) {
            StrictJson.RefusedValue refused = causedBy(ex, StrictJson.RefusedValue.class);
            String code = refused == null ? unknownValueCode() : refused.messageCode();
            problem = validationProblem(locale, List.of(fieldError(field, messages.getMessage(code, null, locale))));
        } else {
            problem = problems.of(HttpStatus.BAD_REQUEST, "problem.malformed.detail", locale);
        }
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** The message code for a required parameter that was not sent. */
    protected String requiredCode() {
        return "NotNull";
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = validationProblem(locale,
                List.of(fieldError(ex.getParameterName(), messages.getMessage(requiredCode(), null, locale))));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        String name = ex.getPropertyName() == null ? "" : ex.getPropertyName();
        ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "problem.typeMismatch.detail", locale, name);
        problem.setProperty("errors", List.of(fieldError(name, messages.getMessage(unknownValueCode(), null,
                locale))));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(InvalidInput.class)
    protected ResponseEntity<ProblemDetail> invalidInput(InvalidInput ex, Locale locale) {
        return Problems.answer(validationProblem(locale,
                List.of(fieldError(ex.field(), messages.getMessage(ex.messageCode(), null, locale)))));
    }

    /** The database could not be reached (restart, failover, a cell down): 503 with {@code Retry-After}. */
    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
        TransientDataAccessResourceException.class})
    protected ResponseEntity<ProblemDetail> databaseUnavailable(RuntimeException ex, Locale locale) {
        return DatabaseUnavailable.answer(problems, locale);
    }

    @ExceptionHandler(InvalidTenantIdException.class)
    protected ProblemDetail invalidTenant(InvalidTenantIdException ex, Locale locale) {
        return problems.of(HttpStatus.BAD_REQUEST, "problem.tenant.invalid", locale);
    }

    /** 400 "some fields are not valid" with the given {@code errors:[{field, message}]}. */
    protected ProblemDetail validationProblem(Locale locale, List<Map<String, String>> errors) {
        ProblemDetail problem = problems.titled(HttpStatus.BAD_REQUEST, "problem.validation.title",
                "problem.validation.detail", locale);
        problem.setProperty("errors", errors);
        return problem;
    }

    protected static Map<String, String> fieldError(String field, String message) {
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
            Matcher duplicate = DUPLICATE.matcher(String.valueOf(cause.getMessage()));
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
