package gr.kentra.reporting.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import gr.kentra.reporting.indicator.EsfRequest;
import gr.kentra.reporting.indicator.Period;
import gr.kentra.reporting.indicator.Report;
import gr.kentra.reporting.indicator.Scope;
import gr.kentra.reporting.indicator.ScopeAccess;
import gr.kentra.reporting.indicator.report.EsfReports;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /dashboards/esf?programme=&region=&operation=&from=&to=}: the ESF participant indicators (CO or
 * EECO codes) by gender, served by {@link EsfReports} exactly as the API serves them, with its downloads.
 */
@Controller
class EsfDashboardController {

    static final String DEFAULT_PROGRAMME = "2021-2027";

    private final EsfReports reports;
    private final Navigation navigation;
    private final MessageSource messages;

    EsfDashboardController(EsfReports reports, Navigation navigation, MessageSource messages) {
        this.reports = reports;
        this.navigation = navigation;
        this.messages = messages;
    }

    @GetMapping("/dashboards/esf")
    String esf(@RequestParam(required = false) String programme, @RequestParam(required = false) String region,
            @RequestParam(required = false) String operation, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @AuthenticationPrincipal Jwt jwt, Locale locale,
            Model model) {
        String chosenProgramme = blankToNull(programme) == null ? DEFAULT_PROGRAMME : programme.strip();
        EsfRequest request = EsfRequest.parse(chosenProgramme, blankToNull(region), blankToNull(operation),
                blankToNull(from), blankToNull(to));
        Report report = reports.esf(jwt, request, locale);
        String managed = managedRegion(jwt);
        String shownRegion = request.region() != null ? request.region() : managed;
        String query = query(request, shownRegion);
        Chrome chrome = navigation.chrome(jwt, "/dashboards/esf", query, locale);
        model.addAttribute("page", new EsfPage(chrome, request.programme(),
                EsfRequest.programmes().stream().map(p -> new Option(p, p)).toList(),
                shownRegion == null ? "" : shownRegion, regions(managed, locale),
                request.operation() == null ? "" : request.operation(), request.period().fromText(),
                request.period().toText(),
                PeriodChoice.label(period(report), messages, locale),
                table(report, request.programme(), where(shownRegion, request.operation(), locale), locale),
                report.footnotes(),
                "/reports/api/esf?" + query + "&format=csv&lang=" + chrome.lang(),
                "/reports/api/esf?" + query + "&format=xlsx&lang=" + chrome.lang()));
        return "dashboards/esf";
    }

    /** An analyst may pick any region or none; a regional manager sees only their own. */
    private List<Option> regions(String managed, Locale locale) {
        if (managed != null) {
            return List.of(new Option(managed, navigation.regionName(managed, locale)));
        }
        List<Option> regions = new ArrayList<>();
        regions.add(new Option("", messages.getMessage("dashboard.esf.allRegions", null, locale)));
        Regions.CODES.forEach(code -> regions.add(new Option(code, navigation.regionName(code, locale))));
        return regions;
    }

    /** "Περιφέρεια Αττική · MIS 5001910", or the whole country. */
    private String where(String region, String operation, Locale locale) {
        String scope = region == null ? navigation.scopeName(new Scope.National(), locale)
                : navigation.scopeName(new Scope.Region(region), locale);
        return operation == null ? scope : scope + " · MIS " + operation;
    }

    private TableView table(Report report, String programme, String where, Locale locale) {
        Report.Table esf = report.tables().getFirst();
        List<Option> columns = new ArrayList<>(esf.columns().stream().map(c -> new Option(c.key(), c.label())).toList());
        columns.add(new Option("TOTAL", esf.totalLabel()));
        List<TableView.Line> rows = esf.rows().stream().map(row -> {
            List<TableView.Cell> cells = new ArrayList<>();
            for (int c = 0; c < row.cells().size(); c++) {
                cells.add(new TableView.Cell(columns.get(c).value(), Cells.text(row.cells().get(c), report.k(), locale),
                        row.cells().get(c).suppressed()));
            }
            cells.add(new TableView.Cell("TOTAL", Cells.text(row.total(), report.k(), locale),
                    row.total().suppressed()));
            return new TableView.Line(row.key(), row.label(), null, cells);
        }).toList();
        String caption = messages.getMessage("dashboard.esf.caption", new Object[] {programme, where,
            PeriodChoice.label(period(report), messages, locale)}, locale);
        return new TableView(caption, esf.rowHeader(), columns, rows, null);
    }

    private static String query(EsfRequest request, String region) {
        StringBuilder query = new StringBuilder("programme=").append(request.programme());
        if (region != null) {
            query.append("&region=").append(region);
        }
        if (request.operation() != null) {
            query.append("&operation=").append(URLEncoder.encode(request.operation(), StandardCharsets.UTF_8));
        }
        query.append("&from=").append(request.period().fromText()).append("&to=").append(request.period().toText());
        return query.toString();
    }

    private static Period period(Report report) {
        return new Period(YearMonth.parse(report.from()), YearMonth.parse(report.to()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The region a regional manager is held to; null for an analyst, who may choose any. */
    private static String managedRegion(Jwt jwt) {
        List<Scope> scopes = ScopeAccess.widestScopes(jwt);
        if (scopes.stream().anyMatch(Scope.National.class::isInstance)) {
            return null;
        }
        return scopes.stream().filter(Scope.Region.class::isInstance).map(s -> ((Scope.Region) s).code())
                .findFirst().orElse(null);
    }
}
