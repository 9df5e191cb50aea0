package gr.kentra.gateway.security;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A new login while Keycloak cannot be reached: the start of the login ({@code /oauth2/authorization/…}, where the
 * gateway would send the browser to Keycloak) answers a page saying so, 503 with {@code Retry-After}, instead of
 * sending the browser to an address that does not answer (the browser's own error) or failing at the code
 * exchange. Tokens already issued keep working meanwhile (the keys are cached). Keycloak counts as reachable when
 * its port accepts a connection within {@value #CONNECT_MILLIS} ms; the answer is kept {@value #REMEMBER_MILLIS} ms.
 * The resilience suite stops Keycloak and checks this page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 4)
class LoginAvailabilityFilter implements WebFilter {

    static final int CONNECT_MILLIS = 1000;
    static final long REMEMBER_MILLIS = 2000;
    static final long RETRY_AFTER_SECONDS = 10;

    private final BooleanSupplier reachable;
    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    private volatile long checkedAt = Long.MIN_VALUE;
    private volatile boolean lastAnswer = true;

    /** {@code kentra.keycloak.login-check=false} turns the check off (the gateway's own tests have no Keycloak). */
    @org.springframework.beans.factory.annotation.Autowired
    LoginAvailabilityFilter(KeycloakClientProperties keycloak,
            @org.springframework.beans.factory.annotation.Value("${kentra.keycloak.login-check:true}") boolean check) {
        this(check ? () -> accepts(URI.create(keycloak.issuerUri())) : () -> true);
    }

    LoginAvailabilityFilter(BooleanSupplier reachable) {
        this.reachable = reachable;
        messages.setBasename("landing");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().pathWithinApplication().value().startsWith("/oauth2/authorization/")) {
            return chain.filter(exchange);
        }
        return Mono.fromCallable(this::keycloakReachable).subscribeOn(Schedulers.boundedElastic())
                .flatMap(up -> up ? chain.filter(exchange) : unavailable(exchange));
    }

    boolean keycloakReachable() {
        long now = System.nanoTime();
        if (checkedAt != Long.MIN_VALUE && now - checkedAt < Duration.ofMillis(REMEMBER_MILLIS).toNanos()) {
            return lastAnswer;
        }
        lastAnswer = reachable.getAsBoolean();
        checkedAt = now;
        return lastAnswer;
    }

    private static boolean accepts(URI issuer) {
        int port = issuer.getPort() > 0 ? issuer.getPort() : "https".equals(issuer.getScheme()) ? 443 : 80;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(issuer.getHost(), port), CONNECT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private Mono<Void> unavailable(ServerWebExchange exchange) {
        ServerHttpResponse response = exchange.getResponse();
        Locale locale = locale(exchange);
        String title = text("login.unavailable.title", locale);
        String html = "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + " · "
                + text("centre.platform", locale) + "</title></head><body><main id=\"main\"><h1>" + title
                + "</h1><p>" + text("login.unavailable.body", locale) + "</p><p><a href=\""
                + HtmlUtils.htmlEscape(exchange.getRequest().getPath().pathWithinApplication().value(), "UTF-8")
                + "\">" + text("login.unavailable.retry", locale) + "</a></p></main></body></html>";
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
        response.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER_SECONDS));
        response.getHeaders().setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
        response.getHeaders().set(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage());
        response.getHeaders().setCacheControl(CacheControl.noStore());
        response.getHeaders().setContentLength(body.length);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    /** As the pages choose: the {@code lang} cookie, Greek otherwise. */
    private static Locale locale(ServerWebExchange exchange) {
        HttpCookie cookie = exchange.getRequest().getCookies().getFirst("lang");
        return cookie != null && "en".equals(cookie.getValue()) ? Locale.ENGLISH : Locale.forLanguageTag("el");
    }

    private String text(String code, Locale locale) {
        return HtmlUtils.htmlEscape(messages.getMessage(code, null, locale), "UTF-8");
    }
}
