package gr.kentra.tenants.system;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Greek by default, English on request: {@code ?lang=en} (remembered in a {@code kentra-lang} cookie, so the
 * pages' links and htmx calls keep it), else the cookie, else {@code Accept-Language}.
 */
@Configuration
class LocaleConfiguration {

    static final Locale GREEK = Locale.forLanguageTag("el");
    static final String COOKIE = "kentra-lang";

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(GREEK);
        return messages;
    }

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver header = new AcceptHeaderLocaleResolver();
        header.setSupportedLocales(List.of(GREEK, Locale.ENGLISH));
        header.setDefaultLocale(GREEK);
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                Locale chosen = supported(request.getParameter("lang"));
                if (chosen == null && request.getCookies() != null) {
                    for (Cookie cookie : request.getCookies()) {
                        if (COOKIE.equals(cookie.getName())) {
                            chosen = supported(cookie.getValue());
                        }
                    }
                }
                return chosen != null ? chosen : header.resolveLocale(request);
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                Cookie cookie = new Cookie(COOKIE, locale == null ? "" : locale.getLanguage());
                cookie.setPath("/admin");
                cookie.setHttpOnly(true);
                cookie.setMaxAge(locale == null ? 0 : 365 * 24 * 3600);
                response.addCookie(cookie);
            }
        };
    }

    private static Locale supported(String language) {
        if ("en".equals(language)) {
            return Locale.ENGLISH;
        }
        return "el".equals(language) ? GREEK : null;
    }
}
