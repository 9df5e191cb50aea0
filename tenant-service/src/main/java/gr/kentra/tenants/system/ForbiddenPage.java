package gr.kentra.tenants.system;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * The 403 page of the admin pages, rendered straight from the security filter (the refusal happens before
 * Spring MVC runs), in the language the pages would use.
 */
@Component
class ForbiddenPage {

    private static final String VIEW = "admin/forbidden";

    private final ViewResolver views;
    private final LocaleResolver locales;

    ForbiddenPage(ViewResolver thymeleafViewResolver, LocaleResolver localeResolver) {
        this.views = thymeleafViewResolver;
        this.locales = localeResolver;
    }

    /** The admin pages: {@code /admin/…} except the JSON API under {@code /admin/api/}. */
    static boolean isPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/admin") || path.startsWith("/admin/") && !path.startsWith("/admin/api/");
    }

    void render(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Locale locale = locales.resolveLocale(request);
        request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
        Locale previous = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(locale);
        try {
            View view = views.resolveViewName(VIEW, locale);
            if (view == null) {
                throw new ServletException("no view " + VIEW);
            }
            response.setStatus(HttpStatus.FORBIDDEN.value());
            response.setHeader("Cache-Control", "no-store");
            view.render(Map.of(), request, response);
        } catch (IOException | ServletException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        } finally {
            LocaleContextHolder.setLocale(previous);
        }
    }
}
