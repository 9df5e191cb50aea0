package gr.kentra.commons.web.problem;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way a servlet service writes an RFC 9457 problem that is not thrown as a {@link CodedProblem}: its
 * detail and title from the message bundles, in the request's language; answered from a handler
 * ({@link #answer}) or written straight to the response by a filter or a security entry point ({@link #write}).
 */
public final class Problems {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    public Problems(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    /** The bundles' text for {@code code} in {@code locale}. */
    public String message(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }

    public MessageSource messages() {
        return messages;
    }

    /** A problem whose detail is {@code detailCode} (with {@code arguments}) in {@code locale}, with no title. */
    public ProblemDetail of(HttpStatus status, String detailCode, Locale locale, Object... arguments) {
        return ProblemDetail.forStatusAndDetail(status, message(detailCode, locale, arguments));
    }

    /** As {@link #of}, titled by {@code titleCode}. */
    public ProblemDetail titled(HttpStatus status, String titleCode, String detailCode, Locale locale,
            Object... arguments) {
        ProblemDetail problem = of(status, detailCode, locale, arguments);
        problem.setTitle(message(titleCode, locale));
        return problem;
    }

    /** The language the request is answered in. */
    public Locale localeOf(HttpServletRequest request) {
        return locales.resolveLocale(request);
    }

    /**
     * Writes {@code problem} as the whole answer: its status and {@code application/problem+json}, in UTF-8 and
     * without a charset parameter (JSON defines none, RFC 8259), as Spring's own problem answers.
     */
    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** Writes the problem {@code detailCode} names, in the request's language. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detailCode)
            throws IOException {
        write(response, of(status, detailCode, localeOf(request)));
    }

    /** The answer of a handler: {@code problem} as {@code application/problem+json}, also when CSV was asked for. */
    public static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
