package gr.kentra.gateway.landing;

import java.net.URI;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import gr.kentra.commons.tenant.TenantId;
import gr.kentra.gateway.tenant.CentreNames;
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
 * several centres choose one. The chooser wears the platform's one look: the markup of platform-commons'
 * {@code templates/kentra/chrome.html} (skip link, header with the person and role, the other language, logout;
 * the footer), GOV.UK Frontend from its webjar and kentra.css and chrome.js from platform-commons, all served by the
 * gateway itself ({@code /webjars/**}, {@code /kentra/**}). Written here rather than by a template engine: it is the
 * gateway's only page. Each centre is named as the registry names it ({@link CentreNames}; its slug when the
 * registry has not answered), in the page's language, sorted the Greek way.
 */
@Configuration
class LandingRoutes {

    static final String GOVUK_CSS = "/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css";

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    LandingRoutes() {
        messages.setBasename("landing");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Bean
    RouterFunction<ServerResponse> landingRouter(Landing landing, CentreNames names) {
        return RouterFunctions.route()
                .GET("/", request -> authentication()
                        .flatMap(auth -> landing.pathFor(auth, request.exchange()))
                        .flatMap(path -> ServerResponse.seeOther(URI.create(path)).build()))
                .GET(Landing.CHOOSER, request -> authentication()
                        .flatMap(auth -> landing.chooserFor(auth, request.exchange()))
                        .zipWith(names.names())
                        .flatMap(chooser -> {
                            Locale locale = locale(request);
                            return ServerResponse.ok().contentType(new MediaType(MediaType.TEXT_HTML,
                                            java.nio.charset.StandardCharsets.UTF_8))
                                    .header("Content-Language", locale.getLanguage())
                                    .bodyValue(chooser(chooser.getT1(), chooser.getT2(), locale));
                        }))
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

    /** A centre as the chooser lists it: its slug for the link, its name in the page's language for the text. */
    record Choice(String slug, String label) {
    }

    static List<Choice> choices(List<TenantId> centres, Map<TenantId, CentreNames.Name> names, Locale locale) {
        Collator greek = Collator.getInstance(Locale.forLanguageTag("el-GR"));
        greek.setStrength(Collator.SECONDARY);
        greek.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        return centres.stream().map(centre -> new Choice(centre.value(), label(centre, names.get(centre), locale)))
                .sorted(Comparator.comparing(Choice::label, greek).thenComparing(Choice::slug))
                .toList();
    }

    private static String label(TenantId centre, CentreNames.Name name, Locale locale) {
        if (name == null) {
            return centre.value();
        }
        if ("en".equals(locale.getLanguage()) && name.en() != null && !name.en().isBlank()) {
            return name.en();
        }
        return name.el() != null && !name.el().isBlank() ? name.el() : centre.value();
    }

    String chooser(Landing.Chooser chooser, Map<TenantId, CentreNames.Name> names, Locale locale) {
        String lang = locale.getLanguage();
        String other = text("centre.language.code", locale);
        String title = text("chooser.title", locale);
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(lang)
                .append("\" class=\"govuk-template\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(title).append(" · ").append(text("centre.platform", locale)).append("</title>")
                .append("<link rel=\"stylesheet\" href=\"").append(GOVUK_CSS).append("\">")
                .append("<link rel=\"stylesheet\" href=\"/kentra/kentra.css\">")
                .append("<script src=\"/kentra/chrome.js\" defer></script></head>")
                .append("<body class=\"govuk-template__body\">");
        header(html, chooser, other, locale);
        html.append("<div class=\"govuk-width-container\"><main class=\"govuk-main-wrapper\" id=\"main\">")
                .append("<h1 class=\"govuk-heading-l\">").append(title).append("</h1>");
        if (chooser.centres().isEmpty()) {
            html.append("<p class=\"govuk-body\">").append(text("chooser.none", locale)).append("</p>");
        } else {
            html.append("<ul class=\"govuk-list\">");
            choices(chooser.centres(), names, locale).forEach(centre -> html.append(
                            "<li><a class=\"govuk-link\" href=\"/t/")
                    .append(escape(centre.slug())).append("/?lang=").append(lang).append("\">")
                    .append(escape(centre.label())).append("</a></li>"));
            html.append("</ul>");
        }
        html.append("</main></div>");
        footer(html, chooser, lang, locale);
        return html.append("</body></html>").toString();
    }

    /** chrome.html's header: skip link, the platform, the person and role, the other language, logout. */
    private void header(StringBuilder html, Landing.Chooser chooser, String other, Locale locale) {
        html.append("<a href=\"#main\" class=\"govuk-skip-link\">").append(text("kentra.skip", locale)).append("</a>")
                .append("<header class=\"kentra-header\" role=\"banner\">")
                .append("<div class=\"govuk-width-container kentra-header__bar\">")
                .append("<a class=\"kentra-header__brand\" href=\"").append(Landing.CHOOSER).append("?lang=")
                .append(locale.getLanguage()).append("\"><span class=\"kentra-header__platform\">Kentra</span>")
                .append("<span class=\"kentra-header__centre\">").append(text("chooser.section", locale))
                .append("</span></a><div class=\"kentra-header__who\">");
        String role = chooser.role() == null ? null
                : HtmlUtils.htmlEscape(messages.getMessage("kentra.role." + chooser.role(), null, chooser.role(),
                        locale), "UTF-8");
        if (chooser.person() != null || role != null) {
            html.append("<p class=\"kentra-header__person\">");
            if (chooser.person() != null) {
                html.append("<span>").append(escape(chooser.person())).append("</span>");
            }
            if (chooser.person() != null && role != null) {
                html.append(" · ");
            }
            if (role != null) {
                html.append("<span>").append(role).append("</span>");
            }
            html.append("</p>");
        }
        html.append("<a class=\"kentra-header__link\" href=\"").append(Landing.CHOOSER).append("?lang=").append(other)
                .append("\" lang=\"").append(other).append("\" hreflang=\"").append(other).append("\">")
                .append(text("centre.language", locale)).append("</a>")
                .append("<form class=\"kentra-header__logout\" method=\"post\" action=\"/logout\" data-logout>")
                .append("<button type=\"submit\" class=\"kentra-header__button\">").append(text("kentra.logout", locale))
                .append("</button></form></div></div></header>");
    }

    /** chrome.html's footer; the statement is the first centre's (the same words on every page of the platform). */
    private void footer(StringBuilder html, Landing.Chooser chooser, String lang, Locale locale) {
        html.append("<footer class=\"govuk-footer kentra-footer\" role=\"contentinfo\">")
                .append("<div class=\"govuk-width-container\"><p class=\"govuk-body-s\">")
                .append(text("kentra.footer.licence", locale)).append("</p>");
        if (!chooser.centres().isEmpty()) {
            html.append("<p class=\"govuk-body-s\"><a class=\"govuk-footer__link\" href=\"/t/")
                    .append(escape(chooser.centres().getFirst().value())).append("/accessibility?lang=").append(lang)
                    .append("\">").append(text("kentra.footer.accessibility", locale)).append("</a></p>");
        }
        html.append("</div></footer>");
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private String text(String code, Locale locale) {
        return escape(messages.getMessage(code, null, locale));
    }
}
