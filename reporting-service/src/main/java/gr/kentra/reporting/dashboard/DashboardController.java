package gr.kentra.reporting.dashboard;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import gr.kentra.commons.security.KentraClaims;
import gr.kentra.commons.time.Athens;
import gr.kentra.reporting.indicator.Scope;
import gr.kentra.reporting.indicator.ScopeAccess;
import gr.kentra.reporting.indicator.report.IndicatorReports;
import gr.kentra.reporting.system.ForbiddenScopeException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The overview pages: {@code /dashboards/} for the caller's widest scope (the country for an analyst, their
 * region for a regional manager, their centre for a coordinator), and {@code /dashboards/regions/{code}} and
 * {@code /dashboards/centres/{tenant}} to drill down. Who may see which scope is decided by the same check as the
 * API's; a refusal is the 403 page.
 */
@Controller
class DashboardController {

    /** Default periods follow the calendar of the centres, not of the server. */
    static final ZoneId ATHENS = Athens.ZONE;

    private final Overview overview;
    private final Navigation navigation;
    private final IndicatorReports reports;

    DashboardController(Overview overview, Navigation navigation, IndicatorReports reports) {
        this.overview = overview;
        this.navigation = navigation;
        this.reports = reports;
    }

    @GetMapping({"/dashboards", "/dashboards/"})
    String widest(PeriodParams params, @RequestParam(required = false) String indicator,
            @AuthenticationPrincipal Jwt jwt, Locale locale, Model model) {
        List<Scope> scopes = ScopeAccess.widestScopes(jwt);
        if (scopes.isEmpty()) {
            throw new ForbiddenScopeException("dashboards");
        }
        return page(scopes.getFirst(), "/dashboards/", params, indicator, jwt, locale, model);
    }

    @GetMapping("/dashboards/regions/{code}")
    String region(@PathVariable String code, PeriodParams params, @RequestParam(required = false) String indicator,
            @AuthenticationPrincipal Jwt jwt, Locale locale, Model model) {
        Scope scope = Scope.parse("region:" + code);
        if (!Regions.CODES.contains(code)) {
            throw new UnknownScopeException();
        }
        return page(scope, "/dashboards/regions/" + code, params, indicator, jwt, locale,
                model);
    }

    @GetMapping("/dashboards/centres/{tenant}")
    String centre(@PathVariable String tenant, PeriodParams params, @RequestParam(required = false) String indicator,
            @AuthenticationPrincipal Jwt jwt, Locale locale, Model model) {
        Scope scope = Scope.parse("centre:" + tenant);
        // A centre that has sent no facts yet is still its own members' page (of zeros, truthfully).
        boolean own = KentraClaims.tenants(jwt).stream().anyMatch(t -> t.value().equals(tenant));
        if (!own && !reports.knowsCentre(tenant)) {
            throw new UnknownScopeException();
        }
        return page(scope, "/dashboards/centres/" + tenant, params, indicator, jwt, locale,
                model);
    }

    private String page(Scope scope, String path, PeriodParams params, String indicator, Jwt jwt, Locale locale,
            Model model) {
        PeriodChoice choice = PeriodChoice.of(params, YearMonth.now(ATHENS));
        String query = choice.query() + (indicator == null || indicator.isBlank() ? "" : "&indicator=" + indicator);
        Chrome chrome = navigation.chrome(jwt, path, query, locale);
        model.addAttribute("page", overview.page(jwt, scope, choice, indicator, chrome, locale));
        return "dashboards/overview";
    }
}
