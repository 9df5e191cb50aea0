package gr.kentra.reporting.dashboard;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import gr.kentra.reporting.indicator.Period;
import gr.kentra.reporting.system.InvalidRequestException;
import gr.kentra.reporting.system.InvalidRequestException.FieldProblem;
import org.springframework.context.MessageSource;

/**
 * What the period picker selected: a calendar year, quarter or month, or a range of months, and the period
 * it is compared with (the one just before, of the same length, or the same months a year earlier).
 */
record PeriodChoice(Kind kind, int year, int quarter, int month, Period period, Comparison compare,
        Period comparison) {

    /** Longest range of months a page draws (the two ESF programme periods end to end). */
    static final int MAX_MONTHS = 192;
    /** Up to this many months the trend has a bar per month; longer periods get a bar per calendar year. */
    static final int MONTHLY_TREND_LIMIT = 24;

    enum Kind { YEAR, QUARTER, MONTH, RANGE }

    enum Comparison { PREVIOUS, LAST_YEAR }

    /** Reads the picker's fields; blank fields take the current year, quarter and month. */
    static PeriodChoice of(PeriodParams params, YearMonth now) {
        List<FieldProblem> problems = new ArrayList<>();
        Kind kind = parseKind(params.period(), problems);
        // The picker sends a quarter or a month only when one was chosen (its empty option otherwise): a quarter or
        // month chosen while the kind still says "year" is what the reader asked for, not something to ignore.
        if (kind == Kind.YEAR && !blank(params.month())) {
            kind = Kind.MONTH;
        } else if (kind == Kind.YEAR && !blank(params.quarter())) {
            kind = Kind.QUARTER;
        }
        Comparison compare = switch (params.compare() == null ? "" : params.compare().strip()) {
            case "", "previous" -> Comparison.PREVIOUS;
            case "lastYear" -> Comparison.LAST_YEAR;
            default -> {
                problems.add(new FieldProblem("compare", "field.notInVocabulary"));
                yield Comparison.PREVIOUS;
            }
        };
        int year = number(params.year(), now.getYear(), 2000, 2099, "year", problems);
        int quarter = number(params.quarter(), (now.getMonthValue() + 2) / 3, 1, 4, "quarter", problems);
        int month = number(params.month(), now.getMonthValue(), 1, 12, "month", problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Period period = switch (kind) {
            case YEAR -> new Period(YearMonth.of(year, 1), YearMonth.of(year, 12));
            case QUARTER -> new Period(YearMonth.of(year, quarter * 3 - 2), YearMonth.of(year, quarter * 3));
            case MONTH -> new Period(YearMonth.of(year, month), YearMonth.of(year, month));
            case RANGE -> range(params, now);
        };
        Period comparison = compare == Comparison.LAST_YEAR
                ? new Period(period.from().minusYears(1), period.to().minusYears(1))
                : new Period(period.from().minusMonths(months(period)), period.from().minusMonths(1));
        return new PeriodChoice(kind, year, quarter, month, period, compare, comparison);
    }

    private static Kind parseKind(String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return Kind.YEAR;
        }
        for (Kind kind : Kind.values()) {
            if (kind.name().equalsIgnoreCase(value)) {
                return kind;
            }
        }
        problems.add(new FieldProblem("period", "field.notInVocabulary"));
        return Kind.YEAR;
    }

    private static int number(String value, int fallback, int min, int max, String field,
            List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below, like a number out of range
        }
        // As text: the bundles format numbers by locale, and a year is not "2,000".
        problems.add(new FieldProblem(field, "field.range", String.valueOf(min), String.valueOf(max)));
        return fallback;
    }

    private static Period range(PeriodParams params, YearMonth now) {
        String from = blank(params.from()) ? YearMonth.of(now.getYear(), 1).toString() : params.from();
        String to = blank(params.to()) ? now.toString() : params.to();
        Period period = Period.parse(from, to, "from", "to");
        if (months(period) > MAX_MONTHS) {
            throw InvalidRequestException.of("to", "field.rangeTooLong", MAX_MONTHS);
        }
        return period;
    }

    static long months(Period period) {
        return ChronoUnit.MONTHS.between(period.from(), period.to()) + 1;
    }

    /** The bars of the trend: each month of the period, or each (partial) calendar year of a long one. */
    List<Period> trendBuckets() {
        List<Period> buckets = new ArrayList<>();
        if (months(period) <= MONTHLY_TREND_LIMIT) {
            for (YearMonth m = period.from(); !m.isAfter(period.to()); m = m.plusMonths(1)) {
                buckets.add(new Period(m, m));
            }
            return buckets;
        }
        for (int y = period.from().getYear(); y <= period.to().getYear(); y++) {
            YearMonth first = y == period.from().getYear() ? period.from() : YearMonth.of(y, 1);
            YearMonth last = y == period.to().getYear() ? period.to() : YearMonth.of(y, 12);
            buckets.add(new Period(first, last));
        }
        return buckets;
    }

    boolean monthlyTrend() {
        return months(period) <= MONTHLY_TREND_LIMIT;
    }

    /** "2026", "Τ1 2026", "Μάρτιος 2026", "Ιανουάριος 2026 – Ιούνιος 2026". */
    static String label(Period period, MessageSource messages, Locale locale) {
        YearMonth from = period.from();
        YearMonth to = period.to();
        if (from.equals(to)) {
            return monthName(from, locale);
        }
        if (from.getYear() == to.getYear() && from.getMonthValue() == 1 && to.getMonthValue() == 12) {
            return String.valueOf(from.getYear());
        }
        if (from.getYear() == to.getYear() && from.getMonthValue() % 3 == 1
                && to.getMonthValue() == from.getMonthValue() + 2) {
            return messages.getMessage("dashboard.quarter", new Object[] {(from.getMonthValue() + 2) / 3,
                String.valueOf(from.getYear())}, locale);
        }
        return monthName(from, locale) + " – " + monthName(to, locale);
    }

    static String monthName(YearMonth month, Locale locale) {
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + month.getYear();
    }

    /** The query string that selects this choice again, for links between the pages. */
    String query() {
        StringBuilder query = new StringBuilder("period=").append(kind.name().toLowerCase(Locale.ROOT));
        switch (kind) {
            case YEAR -> query.append("&year=").append(year);
            case QUARTER -> query.append("&year=").append(year).append("&quarter=").append(quarter);
            case MONTH -> query.append("&year=").append(year).append("&month=").append(month);
            case RANGE -> query.append("&from=").append(period.fromText()).append("&to=").append(period.toText());
        }
        query.append("&compare=").append(compare == Comparison.LAST_YEAR ? "lastYear" : "previous");
        return query.toString();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
