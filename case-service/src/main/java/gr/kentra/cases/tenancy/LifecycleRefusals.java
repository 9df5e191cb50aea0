package gr.kentra.cases.tenancy;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** A suspended centre's member gets 423 (it may come back), an archived centre's 403; el/en problems. */
final class LifecycleRefusals {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    LifecycleRefusals(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    void write(HttpServletRequest request, HttpServletResponse response, CentreLifecycle.Refusal refusal)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        HttpStatus status = refusal == CentreLifecycle.Refusal.SUSPENDED ? HttpStatus.LOCKED : HttpStatus.FORBIDDEN;
        String code = refusal == CentreLifecycle.Refusal.SUSPENDED ? "problem.centre.suspended"
                : "problem.centre.archived";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(code, null, locale));
        problem.setTitle(messages.getMessage(code + ".title", null, locale));
        // The gateway's problem types for the same refusals.
        problem.setType(java.net.URI.create(refusal == CentreLifecycle.Refusal.SUSPENDED
                ? "urn:kentra:problem:centre-suspended" : "urn:kentra:problem:centre-archived"));
        problem.setProperty("centreStatus", refusal.name());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
