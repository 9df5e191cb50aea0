package gr.kentra.cases.field.sync;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import gr.kentra.cases.system.FieldMaps;
import gr.kentra.commons.web.input.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * The problem (RFC 9457, in the request's language) that refused one operation of a synchronisation, as the API
 * would answer it alone: validation errors name their fields, a record unknown here is a 404, and so on.
 */
@Component
class OperationProblems {

    private final MessageSource messages;

    OperationProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** The problem for a refusal, or null when the exception is not a refusal of the input (then it propagates). */
    ProblemDetail of(RuntimeException e) {
        Locale locale = LocaleContextHolder.getLocale();
        return switch (e) {
            case FieldMaps.InvalidFields invalid -> validation(invalid.errors(), locale);
            case InvalidInput invalid -> validation(List.of(Map.of("field", invalid.field(), "message",
                    messages.getMessage(invalid.messageCode(), null, locale))), locale);
            case ErrorResponseException refusal -> refusal.updateAndGetBody(messages, locale);
            case ObjectOptimisticLockingFailureException stale -> {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                        messages.getMessage("problem.staleVersion", null, locale));
                problem.setTitle(messages.getMessage("problem.staleVersion.title", null, locale));
                yield problem;
            }
            default -> null;
        };
    }

    private ProblemDetail validation(List<Map<String, String>> errors, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("problem.validation.detail", null, locale));
        problem.setTitle(messages.getMessage("problem.validation.title", null, locale));
        problem.setProperty("errors", errors);
        return problem;
    }
}
