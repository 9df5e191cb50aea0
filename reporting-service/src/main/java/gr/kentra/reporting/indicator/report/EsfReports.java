package gr.kentra.reporting.indicator.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import gr.kentra.reporting.indicator.EsfRequest;
import gr.kentra.reporting.indicator.Report;
import gr.kentra.reporting.indicator.ScopeAccess;
import gr.kentra.reporting.indicator.catalogue.Indicator;
import gr.kentra.reporting.indicator.catalogue.IndicatorCatalogue;
import gr.kentra.reporting.indicator.grid.EsfProtection;
import gr.kentra.reporting.indicator.grid.GridQuery;
import gr.kentra.reporting.indicator.grid.NationalGrid;
import gr.kentra.reporting.suppression.Grid;
import gr.kentra.reporting.suppression.ProtectedGrid;
import gr.kentra.reporting.suppression.Suppression;
import gr.kentra.reporting.system.ForbiddenScopeException;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ESF participant table of a programme for the country, a region or an operation: rows are the
 * programme's indicators, columns the genders. Each row is cut from that indicator's protected national
 * grid of centre operations; the grids of every ESF indicator are protected together ({@link EsfProtection}).
 */
@NamedInterface("reports")
@Service
public class EsfReports {

    private final IndicatorCatalogue catalogue;
    private final GridQuery query;
    private final EsfProtection protection;
    private final Labels labels;
    private final Suppression suppression;
    private final int k;

    EsfReports(IndicatorCatalogue catalogue, GridQuery query, EsfProtection protection, Labels labels,
            SuppressionProperties properties) {
        this.catalogue = catalogue;
        this.query = query;
        this.protection = protection;
        this.labels = labels;
        this.k = properties.k();
        this.suppression = properties.suppression();
    }

    @Transactional(readOnly = true)
    public Report esf(Jwt jwt, EsfRequest request, Locale locale) {
        EsfRequest allowed = authorise(jwt, request);
        List<Report.Row> rows = new ArrayList<>();
        List<Report.Column> columns = List.of();
        Map<String, ProtectedGrid> grids = protection.protect(suppression, allowed.programme(), allowed.period());
        for (Indicator indicator : catalogue.esf(allowed.programme()).orElseThrow()) {
            ProtectedGrid grid = grids.get(indicator.code());
            // Participants are counted once per operation: the totals are plain sums of the grid.
            NationalGrid national = new NationalGrid(grid.grid(), null, null);
            columns = national.grid().columnKeys().stream()
                    .map(key -> new Report.Column(key, labels.value(key, locale))).toList();
            Views.Line line = cut(grid, national, allowed);
            rows.add(new Report.Row(indicator.code(), indicator.code() + " " + indicator.label(locale),
                    line.cells(), line.total()));
        }
        String title = "ESF " + allowed.programme();
        Report.Table table = new Report.Table(title, scopeLabel(allowed), null, allowed.period().fromText(),
                allowed.period().toText(), null, false, "indicator", labels.text("report.rows.indicator", locale),
                columns, labels.text("report.total", locale), rows, null, null);
        return new Report(allowed.toString(), allowed.period().fromText(), allowed.period().toText(), null, null, k,
                List.of(table), IndicatorReports.hiddenFootnotes(labels, locale, k));
    }

    /** An analyst sees anything; a regional manager only their own region (the default when none is asked). */
    private static EsfRequest authorise(Jwt jwt, EsfRequest request) {
        if (ScopeAccess.analyst(jwt)) {
            return request;
        }
        Optional<String> own = ScopeAccess.managedRegion(jwt);
        if (own.isPresent() && (request.region() == null || request.region().equals(own.get()))) {
            return request.inRegion(own.get());
        }
        throw new ForbiddenScopeException(request.toString());
    }

    private Views.Line cut(ProtectedGrid grid, NationalGrid national, EsfRequest request) {
        Grid g = grid.grid();
        if (request.operation() != null) {
            return Views.rows(grid, r -> g.rowKeys().get(r).endsWith("/" + request.operation())
                            && (request.region() == null || g.rowGroups().get(r).equals(request.region())),
                    request.operation()).orElse(Views.zeros(request.operation(), g));
        }
        if (request.region() != null) {
            return Views.region(grid, national, request.region(), k).totals();
        }
        return Views.national(grid, national, k).totals();
    }

    private static String scopeLabel(EsfRequest request) {
        return (request.region() == null ? "" : request.region())
                + (request.operation() == null ? "" : " MIS " + request.operation());
    }
}
