package gr.kentra.reporting.dashboard;

/**
 * The period picker's fields as the browser sends them (all optional, all text, so that a mistake becomes a
 * field error on the page rather than a binding failure): {@code period} is {@code year}, {@code quarter},
 * {@code month} or {@code range}; {@code compare} is {@code previous} or {@code lastYear}.
 */
public record PeriodParams(String period, String year, String quarter, String month, String from, String to,
        String compare) {
}
