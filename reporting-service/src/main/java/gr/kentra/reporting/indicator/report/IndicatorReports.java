package gr.kentra.reporting.indicator.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import gr.kentra.reporting.indicator.Period;
import gr.kentra.reporting.indicator.Report;
import gr.kentra.reporting.indicator.Scope;
import gr.kentra.reporting.indicator.ScopeAccess;
import gr.kentra.reporting.indicator.catalogue.Indicator;
import gr.kentra.reporting.indicator.catalogue.IndicatorCatalogue;
import gr.kentra.reporting.indicator.grid.GridCache;
import gr.kentra.reporting.indicator.grid.GridQuery;
import gr.kentra.reporting.indicator.grid.MonthlyHiding;
import gr.kentra.reporting.indicator.grid.NationalGrid;
import gr.kentra.reporting.suppression.ProtectedGrid;
import gr.kentra.reporting.suppression.Suppression;
import gr.kentra.reporting.system.InvalidRequestException;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the suppressed indicator tables of a scope and period (and of a comparison period). */
@NamedInterface("reports")
@Service
public class IndicatorReports {

    private final IndicatorCatalogue catalogue;
    private final GridQuery query;
    private final GridCache cache;
    private final MonthlyHiding months;
    private final Labels labels;
    private final LinkedRefresh refresh;
    private final Suppression suppression;
    private final int k;

    IndicatorReports(IndicatorCatalogue catalogue, GridQuery query, GridCache cache, MonthlyHiding months,
            Labels labels, LinkedRefresh refresh, SuppressionProperties properties) {
        this.catalogue = catalogue;
        this.query = query;
        this.cache = cache;
        this.months = months;
        this.refresh = refresh;
        this.labels = labels;
        this.k = properties.k();
        this.suppression = properties.suppression();
    }

    /** The centre's name as the registry gives it, in the reader's language; its slug while none was received. */
    public String centreName(String tenant, Locale locale) {
        return labels.centre(tenant, locale);
    }

    /** Whether reporting has seen the centre (it sent facts); the dashboards answer an unknown one with a 404. */
    public boolean knowsCentre(String tenant) {
        return query.regionOf(tenant).isPresent();
    }

    /** One snapshot for all tables of a report, so its numbers agree with each other. */
    @Transactional(readOnly = true)
    public Report indicators(Jwt jwt, Scope scope, Period period, Period comparison, String code, Locale locale) {
        Optional<String> regionOfCentre = scope instanceof Scope.Centre centre ? query.regionOf(centre.tenant())
                : Optional.empty();
        ScopeAccess.check(jwt, scope, regionOfCentre);
        List<Indicator> indicators = code == null ? catalogue.general()
                : List.of(catalogue.generalIndicator(code)
                        .orElseThrow(() -> InvalidRequestException.of("indicator", "field.indicator")));
        List<Report.Table> tables = new ArrayList<>();
        boolean distinct = false;
        GridCache.Stamps stamps = cache.stamps(period);
        GridCache.Stamps comparisonStamps = comparison == null ? null : cache.stamps(comparison);
        // Read after the stamps, once for every grid this request reads (none when all are cached).
        Supplier<Map<String, String>> centres = centres();
        // A linked group's grids, resolved once per request and period: both tables of one stamp in one report.
        Map<String, Map<String, GridCache.Cached>> linked = new HashMap<>();
        for (Indicator indicator : indicators) {
            Report.Table compared = comparison == null ? null
                    : table(indicator, scope, comparison, comparisonStamps, centres, linked, null, locale);
            tables.add(table(indicator, scope, period, stamps, centres, linked, compared, locale));
            distinct |= indicator.measure() == Indicator.Measure.DISTINCT_PERSONS;
        }
        List<String> footnotes = new ArrayList<>();
        footnotes.addAll(hiddenFootnotes(labels, locale, k));
        if (distinct) {
            footnotes.add(labels.text("report.footnote.distinct", locale));
        }
        return new Report(scope.toString(), period.fromText(), period.toText(),
                comparison == null ? null : comparison.fromText(), comparison == null ? null : comparison.toText(),
                k, tables, footnotes);
    }

    /** The list of centres, read on first use only. */
    private Supplier<Map<String, String>> centres() {
        return new Supplier<>() {
            private Map<String, String> read;

            @Override
            public Map<String, String> get() {
                if (read == null) {
                    read = query.centres();
                }
                return read;
            }
        };
    }

    /** {@code stamps}: the period's, read once per request before any grid (one query for every indicator). */
    private Report.Table table(Indicator indicator, Scope scope, Period period, GridCache.Stamps stamps,
            Supplier<Map<String, String>> centres, Map<String, Map<String, GridCache.Cached>> linked,
            Report.Table comparison, Locale locale) {
        long stamp = stamps.of(indicator);
        List<Indicator> group = catalogue.breakdownGroup(indicator);
        GridCache.Cached entry;
        if (group.size() > 1) {
            // Its linked protection takes a second or two a month: an older published pair is served meanwhile.
            String name = GridCache.groupName(group) + "@" + period;
            entry = linked.computeIfAbsent(name, n -> cache.linked(group, period, stamp, stamps.readAt(),
                    () -> protectedGroup(group, period, stamps, centres),
                    () -> {
                        long generation = cache.generation();
                        refresh.ask(name, () -> bringUpToDate(group, period, generation));
                    })).get(indicator.code());
        } else {
            entry = cache.get(indicator, period, stamp, () -> protectedGrid(indicator, period, stamps, centres));
        }
        // A current grid counts everything recorded until this request read the stamps (a linked pair published since
        // from newer ones, until then); an older linked pair, until the last read that found it current.
        boolean current = entry.stamp() >= stamp;
        Instant asOf = !current ? entry.asOf()
                : entry.asOf() != null && entry.asOf().isAfter(stamps.readAt()) ? entry.asOf() : stamps.readAt();
        NationalGrid national = entry.national();
        ProtectedGrid grid = entry.grid();
        Views.Cut cut = switch (scope) {
            case Scope.National n -> Views.national(grid, national, k);
            case Scope.Region region -> Views.region(grid, national, region.code(), k);
            case Scope.Centre centre -> Views.centre(grid, centre.tenant());
        };
        String dimension = scope instanceof Scope.National ? "region" : "centre";
        // The protected grid's columns: a linked table's grid may be summed from another's (MonthlyHiding).
        List<Report.Column> columns = grid.grid().columnKeys().stream()
                .map(key -> new Report.Column(key, labels.value(key, locale))).toList();
        String total = labels.text("report.total", locale);
        List<Report.Row> rows = cut.rows().stream()
                .map(line -> row(line, labels.row(dimension, line.key(), locale))).toList();
        return new Report.Table(indicator.code(), indicator.label(locale), indicator.definition(locale),
                period.fromText(), period.toText(), asOf, !current, dimension,
                labels.text("report.rows." + dimension, locale), columns, total, rows, row(cut.totals(), total),
                comparison);
    }

    private GridCache.Cached protectedGrid(Indicator indicator, Period period, GridCache.Stamps stamps,
            Supplier<Map<String, String>> centres) {
        NationalGrid read = query.national(indicator, period, centres.get());
        return new GridCache.Cached(stamps.of(indicator), stamps.readAt(), read,
                months.protect(suppression, indicator, period, read, stamps, centres));
    }

    /** Every table of a breakdown group (they read the same fact types, so they have one stamp). */
    private Map<String, GridCache.Cached> protectedGroup(List<Indicator> group, Period period,
            GridCache.Stamps stamps, Supplier<Map<String, String>> centres) {
        Map<String, GridCache.Cached> grids = new LinkedHashMap<>();
        for (Indicator member : group) {
            grids.put(member.code(), protectedGrid(member, period, stamps, centres));
        }
        return grids;
    }

    /**
     * On {@link LinkedRefresh}'s worker, in its transaction: the group's grids at the stamps of now, published unless
     * the kept grids were forgotten since {@code generation} (when the refresh was asked).
     */
    private void bringUpToDate(List<Indicator> group, Period period, long generation) {
        GridCache.Stamps stamps = cache.stamps(period);
        Supplier<Map<String, String>> centres = centres();
        cache.computeLinked(group, period, stamps.of(group.getFirst()),
                () -> protectedGroup(group, period, stamps, centres), generation);
    }

    /** How hidden numbers are marked: {@code <k} below k, {@code ×} hidden to protect others. */
    static List<String> hiddenFootnotes(Labels labels, Locale locale, int k) {
        return List.of(labels.text("report.footnote.primary", locale, k),
                labels.text("report.footnote.complementary", locale));
    }

    private static Report.Row row(Views.Line line, String label) {
        return new Report.Row(line.key().isEmpty() ? null : line.key(), label, line.cells(), line.total());
    }
}
