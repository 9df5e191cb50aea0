package gr.kentra.cases.tenancy.request;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import gr.kentra.cases.tenancy.CentreNames;
import gr.kentra.cases.tenancy.lifecycle.CentreLifecycle;
import gr.kentra.commons.web.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.util.HtmlUtils;

/**
 * A suspended centre's member gets 423 (it may come back), an archived centre's 403; el/en problems to the API,
 * and to a browser opening one of the centre's pages a page that says so and whom to contact.
 */
final class LifecycleRefusals {

    private final Problems problems;
    private final CentreNames names;

    LifecycleRefusals(Problems problems, CentreNames names) {
        this.problems = problems;
        this.names = names;
    }

    void write(HttpServletRequest request, HttpServletResponse response, CentreLifecycle.Refusal refusal)
            throws IOException {
        Locale locale = problems.localeOf(request);
        HttpStatus status = refusal == CentreLifecycle.Refusal.SUSPENDED ? HttpStatus.LOCKED : HttpStatus.FORBIDDEN;
        String code = refusal == CentreLifecycle.Refusal.SUSPENDED ? "problem.centre.suspended"
                : "problem.centre.archived";
        if (isPage(request)) {
            writePage(request, response, status, refusal, locale);
            return;
        }
        ProblemDetail problem = problems.titled(status, code + ".title", code, locale);
        // The gateway's problem types for the same refusals.
        problem.setType(java.net.URI.create(refusal == CentreLifecycle.Refusal.SUSPENDED
                ? "urn:kentra:problem:centre-suspended" : "urn:kentra:problem:centre-archived"));
        problem.setProperty("centreStatus", refusal.name());
        problems.write(response, problem);
    }

    /** One of the centre's pages ({@code /t/…}; the API is {@code /api/…} here) asked for by a browser. */
    static boolean isPage(HttpServletRequest request) {
        if (!TenantRequestFilter.PAGES.matches(request)) {
            return false;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        try {
            return accept == null || MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(type -> type.includes(MediaType.TEXT_HTML));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** Self-contained (the centre's own assets are behind the same wall): its name, what happened, whom to ask. */
    private void writePage(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
            CentreLifecycle.Refusal refusal, Locale locale) throws IOException {
        String code = refusal == CentreLifecycle.Refusal.SUSPENDED ? "suspended" : "archived";
        String centre = request.getHeader(TenantRequestFilter.HEADER);
        String title = text("problem.centre." + code + ".title", locale);
        String other = text("page.language.code", locale);
        String html = "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + " · "
                + text("page.platform", locale) + "</title></head><body><main id=\"main\"><p>"
                + HtmlUtils.htmlEscape(names.of(centre, locale), "UTF-8") + "</p><h1>" + title + "</h1><p>"
                + text("problem.centre." + code, locale) + "</p><p>" + text("page.centre." + code + ".contact", locale)
                + "</p><p><a href=\"?lang=" + other + "\" lang=\"" + other + "\">" + text("page.language", locale)
                + "</a></p></main></body></html>";
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status.value());
        response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private String text(String code, Locale locale) {
        return HtmlUtils.htmlEscape(problems.message(code, locale), "UTF-8");
    }
}
