package gr.kentra.cases.web;

import java.util.Locale;

import gr.kentra.cases.tenancy.CentreNames;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.LocaleResolver;

/**
 * What every centre page's layout needs (the centre, the person, the language, the link prefix {@code t}), and
 * refusals as pages: a record of another centre or none is the same "not found" page, a forbidden action the
 * "not allowed" page, never a problem JSON in a browser.
 */
@ControllerAdvice(annotations = CentrePage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageAdvice {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final CentreNames names;

    PageAdvice(MessageSource messages, LocaleResolver locales, CentreNames names) {
        this.messages = messages;
        this.locales = locales;
        this.names = names;
    }

    @ModelAttribute
    void layout(HttpServletRequest request, Model model) {
        String centre = centreOf(request);
        model.addAttribute("centre", centre);
        Locale locale = locales.resolveLocale(request);
        model.addAttribute("centreName", names.of(centre, locale));
        model.addAttribute("t", "/t/" + centre);
        model.addAttribute("lang", locale.getLanguage());
        model.addAttribute("path", request.getRequestURI());
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            model.addAttribute("staff", Staff.of(token.getToken()));
        }
    }

    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(HttpServletRequest request, HttpServletResponse response, Model model) {
        layout(request, model);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("status", 403);
        model.addAttribute("detail", text("page.error.forbidden", request));
        return "pages/error";
    }

    @ExceptionHandler(org.springframework.web.ErrorResponseException.class)
    String problem(org.springframework.web.ErrorResponseException e, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        layout(request, model);
        int status = e.getStatusCode().value();
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("detail", status == 404 ? text("page.error.notFound", request) : detail(e, request));
        return "pages/error";
    }

    private String detail(ErrorResponse e, HttpServletRequest request) {
        Locale locale = locales.resolveLocale(request);
        String detail = e.updateAndGetBody(messages, locale).getDetail();
        return detail == null ? text("page.error.other", request) : detail;
    }

    private String text(String code, HttpServletRequest request) {
        return messages.getMessage(code, null, locales.resolveLocale(request));
    }

    static String centreOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String[] parts = path.split("/", 4);
        return parts.length > 2 ? parts[2] : "";
    }
}
