package gr.kentra.cases.system;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The API answers in the language of {@code Accept-Language}; the centre's pages ({@code /t/…}) are Greek unless
 * the person chose English with {@code ?lang=en}, remembered in the {@value #COOKIE} cookie.
 */
final class PageLocaleResolver implements LocaleResolver {

    static final String COOKIE = "lang";

    private final LocaleResolver api;

    PageLocaleResolver(LocaleResolver api) {
        this.api = api;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/t/")) {
            return api.resolveLocale(request);
        }
        String chosen = request.getParameter("lang");
        if (chosen == null && request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    chosen = cookie.getValue();
                }
            }
        }
        return "en".equals(chosen) ? Locale.ENGLISH : LocaleConfiguration.GREEK;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The language is chosen with ?lang=");
    }
}
