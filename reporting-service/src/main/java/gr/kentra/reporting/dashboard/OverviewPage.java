package gr.kentra.reporting.dashboard;

import java.util.List;

/**
 * Everything the overview template prints, already as text: the numbers come from the same suppressed
 * {@code Report} the API serves, and a hidden one is only ever {@code <k} here. Public (with its parts) because
 * the template engine reads it by reflection.
 *
 * @param scope the API's scope parameter of this page ({@code national}, {@code region:attica}, ...)
 * @param summary one row per general indicator: this period, the comparison period and the change
 * @param comparisons the indicators side by side per region (national page) or centre (region page)
 * @param indicator the code of the indicator shown in detail
 * @param detail the chosen indicator with its breakdown (gender, type, outcome), rows as in comparisons
 */
public record OverviewPage(Chrome chrome, String heading, String scope, int k, Picker picker, String periodLabel,
        String comparisonLabel, List<SummaryRow> summary, List<TrendChart> trends, boolean monthlyTrend,
        TableView comparisons, List<Option> indicators, String indicator, TableView detail, List<String> footnotes,
        String exportCsv, String exportXlsx) {

    public record SummaryRow(String code, String label, String definition, String value, boolean valueSuppressed,
            String comparison, boolean comparisonSuppressed, String change) {
    }

    /** The period picker's current state and choices. */
    public record Picker(String kind, int year, int quarter, int month, String from, String to, String compare,
            List<Option> years, List<Option> months, List<Option> quarters) {
    }
}
