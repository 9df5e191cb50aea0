package gr.kentra.reporting.system;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Greek by default, English on request: through {@code Accept-Language}, or through {@code ?lang=en} (or
 * {@code el}), which wins because a link can carry it and a browser's language setting may not be the reader's.
 */
@Configuration
class LocaleConfiguration {

    static final Locale GREEK = Locale.forLanguageTag("el");

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
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                String lang = request.getParameter("lang");
                if ("en".equals(lang)) {
                    return Locale.ENGLISH;
                }
                return "el".equals(lang) ? GREEK : super.resolveLocale(request);
            }
        };
        resolver.setSupportedLocales(List.of(GREEK, Locale.ENGLISH));
        resolver.setDefaultLocale(GREEK);
        return resolver;
    }
}
