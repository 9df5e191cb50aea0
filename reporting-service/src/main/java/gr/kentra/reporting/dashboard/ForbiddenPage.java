package gr.kentra.reporting.dashboard;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The one 403 page of the dashboards, written the same way whether the security filters refused the caller
 * (no reporting role) or a page refused the scope (a regional manager asking for another region), so the two
 * cannot be told apart.
 */
@Component
class ForbiddenPage {

    private final ITemplateEngine templates;

    ForbiddenPage(ITemplateEngine templates) {
        this.templates = templates;
    }

    void write(HttpServletResponse response, Locale locale) throws IOException {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType("text/html;charset=UTF-8");
        Context context = new Context(locale);
        context.setVariable("lang", Navigation.language(locale));
        templates.process("dashboards/forbidden", context, response.getWriter());
    }
}
