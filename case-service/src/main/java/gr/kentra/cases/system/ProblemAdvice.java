package gr.kentra.cases.system;

import java.util.Locale;

import gr.kentra.commons.tenant.InvalidTenantIdException;
import gr.kentra.commons.web.InputProblemAdvice;
import gr.kentra.commons.web.RequestLimits;
import gr.kentra.commons.web.StrictInput;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one place that turns exceptions into RFC 9457 problems. Everything a person reads comes from the
 * message bundles in the request's language (Greek unless {@code Accept-Language} asks for English).
 * Domain exceptions extend {@link org.springframework.web.ErrorResponseException} and carry message codes,
 * which the base class resolves; refused input (strict JSON, UTF-8, parameters, {@link InvalidField}) is
 * answered by {@link InputProblemAdvice}.
 */
@RestControllerAdvice
@Import({StrictInput.class, RequestLimits.class})
class ProblemAdvice extends InputProblemAdvice {

    ProblemAdvice(MessageSource messages) {
        super(messages);
    }

    @ExceptionHandler(InvalidTenantIdException.class)
    ProblemDetail invalidTenant(InvalidTenantIdException ex, Locale locale) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("problem.tenant.invalid", null, locale));
    }
}
