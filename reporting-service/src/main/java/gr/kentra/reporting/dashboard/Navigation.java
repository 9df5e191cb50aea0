package gr.kentra.reporting.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import gr.kentra.commons.security.KentraClaims;
import gr.kentra.commons.security.KentraRole;
import gr.kentra.reporting.indicator.Scope;
import gr.kentra.reporting.indicator.ScopeAccess;
import gr.kentra.reporting.indicator.report.IndicatorReports;
import org.springframework.context.MessageSource;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Paths and names shared by the pages. Links carry the language as {@code lang}, so a reader who chose English
 * stays in English from page to page (the service keeps no session).
 */
@Component
class Navigation {

    static final String ROOT = "/dashboards/";

    private final MessageSource messages;
    private final IndicatorReports reports;

    Navigation(MessageSource messages, IndicatorReports reports) {
        this.messages = messages;
        this.reports = reports;
    }

    /** @param query the page's own query string without {@code lang}, or empty */
    Chrome chrome(Jwt jwt, String path, String query, Locale locale) {
        String lang = language(locale);
        String other = lang.equals("el") ? "en" : "el";
        List<Scope> scopes = ScopeAccess.widestScopes(jwt);
        List<Option> own = scopes.stream().map(s -> new Option(href(s, "", lang), scopeName(s, locale))).toList();
        boolean esf = scopes.stream().anyMatch(s -> !(s instanceof Scope.Centre));
        return new Chrome(lang, path + "?" + (query.isEmpty() ? "" : query + "&") + "lang=" + other,
                messages.getMessage("dashboard.language." + other, null, locale), ROOT + "?lang=" + lang, own,
                esf ? ROOT + "esf?lang=" + lang : null, person(jwt), role(jwt, locale));
    }

    private static String person(Jwt jwt) {
        String name = jwt.getClaimAsString("name");
        return name != null && !name.isBlank() ? name : jwt.getClaimAsString("preferred_username");
    }

    /** The widest reporting role the caller has, named as the header shows it. */
    private String role(Jwt jwt, Locale locale) {
        Set<String> roles = KentraClaims.realmRoles(jwt);
        return Stream.of(KentraRole.MINISTRY_ANALYST, KentraRole.REGIONAL_MANAGER, KentraRole.COORDINATOR)
                .map(KentraRole::realmRole).filter(roles::contains).findFirst()
                .map(role -> messages.getMessage("kentra.role." + role, null, role, locale)).orElse(null);
    }

    static String language(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : "el";
    }

    /** The page of a scope, with the period (and anything else) of {@code query}. */
    static String href(Scope scope, String query, String lang) {
        String path = switch (scope) {
            case Scope.National n -> ROOT;
            case Scope.Region r -> ROOT + "regions/" + r.code();
            case Scope.Centre c -> ROOT + "centres/" + c.tenant();
        };
        return path + "?" + (query.isEmpty() ? "" : query + "&") + "lang=" + lang;
    }

    String scopeName(Scope scope, Locale locale) {
        return switch (scope) {
            case Scope.National n -> messages.getMessage("dashboard.scope.national", null, locale);
            // Greek says "Περιφέρεια Αττικής" (genitive); a language without the case falls back to the name.
            case Scope.Region r -> messages.getMessage("dashboard.scope.region", new Object[] {messages.getMessage(
                    "region.genitive." + r.code(), null, regionName(r.code(), locale), locale)}, locale);
            case Scope.Centre c -> centreName(c.tenant(), locale);
        };
    }

    /** A centre's name as the registry gives it (it already says "Κέντρο Κοινότητας ..."), else a heading of its slug. */
    String centreName(String tenant, Locale locale) {
        String name = reports.centreName(tenant, locale);
        return name.equals(tenant) ? messages.getMessage("dashboard.scope.centre", new Object[] {tenant}, locale)
                : name;
    }

    /** A region's name from the bundles, or its code for a region the bundles do not know. */
    String regionName(String code, Locale locale) {
        return messages.getMessage("region." + code, null, code, locale);
    }
}
