package gr.kentra.commons.web.locale;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a servlet service remembers the chosen language: the cookie's name and path, and the path prefixes of pages
 * that stay Greek unless the person chose English (a browser's language setting may not be the reader's).
 */
@ConfigurationProperties("kentra.locale")
public record LocaleProperties(@DefaultValue("lang") String cookie, @DefaultValue("/") String cookiePath,
        @DefaultValue List<String> greekPages) {
}
