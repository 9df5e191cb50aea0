package gr.kentra.commons.web.locale;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Greek by default, English on request: {@code ?lang=en} (or {@code el}) wins, because a link can carry it; else
 * the remembering cookie; else {@code Accept-Language}, except on the pages that stay Greek until English is chosen.
 */
public final class ChosenLanguageResolver implements LocaleResolver {

    private static final int A_YEAR = 365 * 24 * 3600;

    private final LocaleProperties properties;
    private final AcceptHeaderLocaleResolver header = new AcceptHeaderLocaleResolver();

    public ChosenLanguageResolver(LocaleProperties properties) {
        this.properties = properties;
        header.setSupportedLocales(Languages.SUPPORTED);
        header.setDefaultLocale(Languages.GREEK);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Locale chosen = Languages.named(request.getParameter("lang"));
        if (chosen == null) {
            chosen = Languages.named(cookie(request));
        }
        if (chosen != null) {
            return chosen;
        }
        return greekPage(request) ? Languages.GREEK : header.resolveLocale(request);
    }

    /** Remembers the choice (Spring's {@code LocaleChangeInterceptor} calls this), or forgets it for null. */
    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Cookie cookie = new Cookie(properties.cookie(), locale == null ? "" : locale.getLanguage());
        cookie.setPath(properties.cookiePath());
        cookie.setHttpOnly(true);
        cookie.setMaxAge(locale == null ? 0 : A_YEAR);
        response.addCookie(cookie);
    }

    private String cookie(HttpServletRequest request) {
        String value = null;
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (properties.cookie().equals(cookie.getName())) {
                    value = cookie.getValue();
                }
            }
        }
        return value;
    }

    private boolean greekPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return properties.greekPages().stream().anyMatch(path::startsWith);
    }
}
