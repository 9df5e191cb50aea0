package gr.kentra.reporting.dashboard;

import java.time.Instant;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import gr.kentra.reporting.indicator.Period;
import gr.kentra.reporting.indicator.Report;
import gr.kentra.reporting.indicator.Scope;
import gr.kentra.reporting.indicator.Value;
import gr.kentra.reporting.indicator.report.IndicatorReports;
import gr.kentra.reporting.system.InvalidRequestException;
import org.springframework.context.MessageSource;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Service;

/**
 * Builds the overview of a scope from {@link IndicatorReports}, the service behind {@code /reports/api/indicators}:
 * one report for the period with its comparison, and one per bar of the trends. Nothing is counted here, so the
 * page shows what the API serves, suppression included.
 */
@Service
class Overview {

    static final int FIRST_YEAR = 2014;

    private final IndicatorReports reports;
    private final MessageSource messages;
    private final Navigation navigation;

    Overview(IndicatorReports reports, MessageSource messages, Navigation navigation) {
        this.reports = reports;
        this.messages = messages;
        this.navigation = navigation;
    }

    OverviewPage page(Jwt jwt, Scope scope, PeriodChoice choice, String indicator, Chrome chrome, Locale locale) {
        Report report = reports.indicators(jwt, scope, choice.period(), choice.comparison(), null, locale);
        Report.Table chosen = chosen(report, indicator);
        List<Report> perBucket = choice.trendBuckets().stream()
                .map(bucket -> reports.indicators(jwt, scope, bucket, null, null, locale)).toList();
        List<TrendChart> trends = trends(choice, report, perBucket, locale);
        String lang = chrome.lang();
        String query = choice.query() + "&indicator=" + chosen.code();
        List<String> footnotes = new ArrayList<>(report.footnotes());
        footnotes.add(text("dashboard.footnote.change", locale));
        footnotes.addAll(asOf(report, perBucket, locale));
        List<Option> indicators = report.tables().stream()
                .map(t -> new Option(t.code(), t.code() + " " + t.label())).toList();
        return new OverviewPage(chrome, navigation.scopeName(scope, locale), scope.toString(), report.k(),
                picker(choice, locale), PeriodChoice.label(choice.period(), messages, locale),
                PeriodChoice.label(choice.comparison(), messages, locale), summary(report, locale), trends,
                choice.monthlyTrend(), comparisons(report, scope, query, lang, locale), indicators, chosen.code(),
                detail(chosen, report.k(), scope, query, lang, locale), footnotes, export(report, "csv", lang),
                export(report, "xlsx", lang));
    }

    /** The indicator asked for, else the first one with a breakdown (a table of one column says little more). */
    private static Report.Table chosen(Report report, String code) {
        if (code != null && !code.isBlank()) {
            return report.tables().stream().filter(t -> t.code().equals(code)).findFirst()
                    .orElseThrow(() -> InvalidRequestException.of("indicator", "field.indicator"));
        }
        return report.tables().stream().filter(t -> t.columns().size() > 1).findFirst()
                .orElse(report.tables().getFirst());
    }

    private List<OverviewPage.SummaryRow> summary(Report report, Locale locale) {
        int k = report.k();
        return report.tables().stream().map(table -> {
            Value now = table.totals().total();
            Value before = table.comparison().totals().total();
            return new OverviewPage.SummaryRow(table.code(), table.label(), table.definition(),
                    Cells.text(now, k, locale), now.suppressed(), Cells.text(before, k, locale), before.suppressed(),
                    Cells.change(now, before, locale));
        }).toList();
    }

    /**
     * How fresh the page is: as of the newest change any of its tables includes, and for the tables served from
     * older protected numbers while newer facts are being protected (linked tables), their own time.
     */
    private List<String> asOf(Report report, List<Report> perBucket, Locale locale) {
        // A 24-hour clock in both languages: the localized Greek short time ends in "π.μ.", which ran into the
        // sentence's full stop.
        DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", locale)
                .withZone(DashboardController.ATHENS);
        List<Report.Table> tables = Stream.concat(Stream.of(report), perBucket.stream())
                .flatMap(r -> r.tables().stream())
                .flatMap(t -> t.comparison() == null ? Stream.of(t) : Stream.of(t, t.comparison())).toList();
        List<String> notes = new ArrayList<>();
        tables.stream().map(Report.Table::asOf).filter(Objects::nonNull).max(Instant::compareTo)
                .ifPresent(newest -> notes.add(text("dashboard.footnote.asOf", locale, format.format(newest))));
        // Each table still being brought up to date at its oldest time, then the tables of one time in one note.
        Map<String, Instant> behind = new HashMap<>();
        tables.stream().filter(t -> t.refreshing() && t.asOf() != null)
                .forEach(t -> behind.merge(t.code(), t.asOf(), (a, b) -> a.isBefore(b) ? a : b));
        Map<Instant, TreeSet<String>> codesByTime = new TreeMap<>();
        behind.forEach((code, time) -> codesByTime.computeIfAbsent(time, t -> new TreeSet<>()).add(code));
        codesByTime.forEach((time, codes) -> notes.add(text("dashboard.footnote.refreshing", locale,
                String.join(", ", codes), format.format(time))));
        return notes;
    }

    /** One report per month (or year) of the period: each bar is exactly what the API gives for that bar. */
    private List<TrendChart> trends(PeriodChoice choice, Report report, List<Report> perBucket, Locale locale) {
        List<Period> buckets = choice.trendBuckets();
        List<TrendChart> charts = new ArrayList<>();
        for (int i = 0; i < report.tables().size(); i++) {
            Report.Table table = report.tables().get(i);
            List<TrendChart.Point> points = new ArrayList<>();
            for (int b = 0; b < buckets.size(); b++) {
                Period bucket = buckets.get(b);
                String axis = choice.monthlyTrend() ? String.format("%02d", bucket.from().getMonthValue())
                        : String.valueOf(bucket.from().getYear());
                points.add(new TrendChart.Point(axis, PeriodChoice.label(bucket, messages, locale),
                        perBucket.get(b).tables().get(i).totals().total()));
            }
            charts.add(TrendChart.of(table.code(), table.label(), points, report.k(), locale));
        }
        return charts;
    }

    /** Every indicator's total per row of the scope (regions or centres), side by side. */
    private TableView comparisons(Report report, Scope scope, String query, String lang, Locale locale) {
        Map<String, List<TableView.Cell>> cells = new LinkedHashMap<>();
        List<TableView.Cell> totals = new ArrayList<>();
        List<Option> columns = new ArrayList<>();
        for (Report.Table table : report.tables()) {
            columns.add(new Option(table.code(), table.code() + " " + table.label()));
            for (Report.Row row : table.rows()) {
                cells.computeIfAbsent(row.key(), key -> new ArrayList<>())
                        .add(cell(table.code(), row.total(), report.k(), locale));
            }
            totals.add(cell(table.code(), table.totals().total(), report.k(), locale));
        }
        Report.Table first = report.tables().getFirst();
        List<TableView.Line> rows = cells.entrySet().stream()
                .map(e -> new TableView.Line(e.getKey(), rowLabel(first, e.getKey(), locale),
                        rowHref(scope, e.getKey(), query, lang), e.getValue()))
                .toList();
        String caption = text("dashboard.comparisons.caption." + first.rowDimension(), locale,
                navigation.scopeName(scope, locale), PeriodChoice.label(period(report), messages, locale));
        return new TableView(caption, first.rowHeader(), columns, rows,
                new TableView.Line("", first.totalLabel(), null, totals));
    }

    /** The chosen indicator by its breakdown, with the row and column totals. */
    private TableView detail(Report.Table table, int k, Scope scope, String query, String lang, Locale locale) {
        List<Option> columns = new ArrayList<>(table.columns().stream()
                .map(c -> new Option(c.key(), c.label())).toList());
        columns.add(new Option("TOTAL", table.totalLabel()));
        List<TableView.Line> rows = table.rows().stream()
                .map(row -> line(row, table, rowLabel(table, row.key(), locale), rowHref(scope, row.key(), query, lang),
                        k, locale))
                .toList();
        String caption = table.code() + " " + table.label() + " — " + navigation.scopeName(scope, locale) + ", "
                + PeriodChoice.label(new Period(YearMonth.parse(table.from()), YearMonth.parse(table.to())),
                        messages, locale);
        return new TableView(caption, table.rowHeader(), columns, rows,
                line(table.totals(), table, table.totalLabel(), null, k, locale));
    }

    private TableView.Line line(Report.Row row, Report.Table table, String label, String href, int k,
            Locale locale) {
        List<TableView.Cell> cells = new ArrayList<>();
        for (int c = 0; c < row.cells().size(); c++) {
            cells.add(cell(table.columns().get(c).key(), row.cells().get(c), k, locale));
        }
        cells.add(cell("TOTAL", row.total(), k, locale));
        return new TableView.Line(row.key() == null ? "" : row.key(), label, href, cells);
    }

    private static TableView.Cell cell(String column, Value value, int k, Locale locale) {
        return new TableView.Cell(column, Cells.text(value, k, locale), value.suppressed());
    }

    private String rowLabel(Report.Table table, String key, Locale locale) {
        return table.rowDimension().equals("region") ? navigation.regionName(key, locale)
                : navigation.centreName(key, locale);
    }

    /** National rows lead to their region's page, a region's rows to their centre's page. */
    private static String rowHref(Scope scope, String key, String query, String lang) {
        return switch (scope) {
            case Scope.National n -> Navigation.href(new Scope.Region(key), query, lang);
            case Scope.Region r -> Navigation.href(new Scope.Centre(key), query, lang);
            case Scope.Centre c -> null;
        };
    }

    private OverviewPage.Picker picker(PeriodChoice choice, Locale locale) {
        int last = Math.max(Year.now(DashboardController.ATHENS).getValue(), choice.year());
        List<Option> years = IntStream.rangeClosed(FIRST_YEAR, last).map(y -> last - y + FIRST_YEAR)
                .mapToObj(y -> new Option(String.valueOf(y), String.valueOf(y))).toList();
        List<Option> months = IntStream.rangeClosed(1, 12).mapToObj(m -> new Option(String.valueOf(m),
                java.time.Month.of(m).getDisplayName(TextStyle.FULL_STANDALONE, locale))).toList();
        List<Option> quarters = IntStream.rangeClosed(1, 4).mapToObj(q -> new Option(String.valueOf(q),
                text("dashboard.quarter.short", locale, q))).toList();
        return new OverviewPage.Picker(choice.kind().name().toLowerCase(Locale.ROOT), choice.year(), choice.quarter(),
                choice.month(), choice.period().fromText(), choice.period().toText(),
                choice.compare() == PeriodChoice.Comparison.LAST_YEAR ? "lastYear" : "previous", years, months,
                quarters);
    }

    /** The API's own export of the same report, selected by {@code format} since a link cannot set Accept. */
    private static String export(Report report, String format, String lang) {
        return "/reports/api/indicators?scope=" + report.scope() + "&from=" + report.from() + "&to=" + report.to()
                + "&compareFrom=" + report.compareFrom() + "&compareTo=" + report.compareTo() + "&format=" + format
                + "&lang=" + lang;
    }

    private static Period period(Report report) {
        return new Period(YearMonth.parse(report.from()), YearMonth.parse(report.to()));
    }

    private String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}
