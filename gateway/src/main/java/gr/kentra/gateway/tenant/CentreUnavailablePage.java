package gr.kentra.gateway.tenant;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

/**
 * What a member of a suspended or archived centre sees on opening one of its pages: a page, in Greek unless
 * {@code ?lang=en} or the pages' {@code lang} cookie says English, with the same status as the API's problem
 * (423 suspended, 403 archived). Self-contained: the centre's assets are behind the same refusal.
 */
final class CentreUnavailablePage {

    private static final Pattern API = Pattern.compile("^/t/[^/]+/api(/.*)?$");

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    CentreUnavailablePage() {
        messages.setBasename("landing");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    /** A page of the centre (not its {@code /api/…}) asked for by a browser ({@code Accept: text/html}). */
    static boolean wanted(ServerWebExchange exchange) {
        if (API.matcher(exchange.getRequest().getPath().pathWithinApplication().value()).matches()) {
            return false;
        }
        try {
            List<MediaType> accepted = exchange.getRequest().getHeaders().getAccept();
            // A browser names text/html; a client that accepts anything (curl, scripts) keeps the problem.
            return accepted.stream().anyMatch(type -> !type.isWildcardType() && type.includes(MediaType.TEXT_HTML));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    Mono<Void> write(ServerWebExchange exchange, boolean archived) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        Locale locale = locale(exchange);
        String state = archived ? "centre.archived" : "centre.suspended";
        String title = text(state + ".title", locale);
        String other = text("centre.language.code", locale);
        String html = "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + " · "
                + text("centre.platform", locale) + "</title></head><body><main id=\"main\"><h1>" + title
                + "</h1><p>" + text(state + ".body", locale) + "</p><p>" + text(state + ".contact", locale)
                + "</p><p><a href=\"?lang=" + other + "\" lang=\"" + other + "\">" + text("centre.language", locale)
                + "</a></p></main></body></html>";
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        response.setStatusCode(archived ? HttpStatus.FORBIDDEN : HttpStatus.LOCKED);
        response.getHeaders().setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
        response.getHeaders().set(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage());
        response.getHeaders().setCacheControl(CacheControl.noStore());
        response.getHeaders().setContentLength(body.length);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    /** As the centre's pages choose: {@code ?lang=}, then the {@code lang} cookie, Greek otherwise. */
    private static Locale locale(ServerWebExchange exchange) {
        String chosen = exchange.getRequest().getQueryParams().getFirst("lang");
        if (chosen == null) {
            HttpCookie cookie = exchange.getRequest().getCookies().getFirst("lang");
            chosen = cookie == null ? null : cookie.getValue();
        }
        return "en".equals(chosen) ? Locale.ENGLISH : Locale.forLanguageTag("el");
    }

    private String text(String code, Locale locale) {
        return HtmlUtils.htmlEscape(messages.getMessage(code, null, locale), "UTF-8");
    }
}
