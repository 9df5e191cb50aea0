package gr.kentra.gateway.landing;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import gr.kentra.commons.tenant.TenantId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

/**
 * The root sends a logged-in person to her landing page (instead of a 404); {@code /centres} lets a member of
 * several centres choose one. The chooser is deliberately plain: the centres' own pages carry the look.
 */
@Configuration
class LandingRoutes {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    LandingRoutes() {
        messages.setBasename("landing");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Bean
    RouterFunction<ServerResponse> landingRouter(Landing landing) {
        return RouterFunctions.route()
                .GET("/", request -> authentication()
                        .flatMap(auth -> landing.pathFor(auth, request.exchange()))
                        .flatMap(path -> ServerResponse.seeOther(URI.create(path)).build()))
                .GET(Landing.CHOOSER, request -> authentication()
                        .flatMap(auth -> landing.centresOf(auth, request.exchange()))
                        .flatMap(centres -> ServerResponse.ok().contentType(MediaType.TEXT_HTML)
                                .bodyValue(chooser(centres, locale(request)))))
                .build();
    }

    private static Mono<org.springframework.security.core.Authentication> authentication() {
        return ReactiveSecurityContextHolder.getContext().map(SecurityContext::getAuthentication);
    }

    private static Locale locale(ServerRequest request) {
        return request.queryParam("lang").or(() -> request.cookies().getOrDefault("lang", List.of()).stream()
                        .findFirst().map(cookie -> cookie.getValue()))
                .filter("en"::equals).map(Locale::forLanguageTag).orElse(Locale.forLanguageTag("el"));
    }

    String chooser(List<TenantId> centres, Locale locale) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.getLanguage())
                .append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(text("chooser.title", locale)).append("</title></head><body><main><h1>")
                .append(text("chooser.title", locale)).append("</h1>");
        if (centres.isEmpty()) {
            html.append("<p>").append(text("chooser.none", locale)).append("</p>");
        } else {
            html.append("<ul>");
            centres.forEach(centre -> html.append("<li><a href=\"/t/").append(HtmlUtils.htmlEscape(centre.value()))
                    .append("/\">").append(HtmlUtils.htmlEscape(centre.value())).append("</a></li>"));
            html.append("</ul>");
        }
        return html.append("</main></body></html>").toString();
    }

    private String text(String code, Locale locale) {
        return HtmlUtils.htmlEscape(messages.getMessage(code, null, locale));
    }
}
