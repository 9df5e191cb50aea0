package gr.kentra.reporting.indicator.export;

import java.nio.charset.StandardCharsets;
import java.util.List;

import gr.kentra.reporting.indicator.Report;
import gr.kentra.reporting.indicator.Value;

/**
 * A report as CSV: UTF-8 with a byte-order mark (so spreadsheet programs pick the encoding for Greek),
 * comma separated, labels quoted, hidden numbers as {@code <k} (fewer than k) or {@code ×} (hidden to protect
 * others), footnotes at the end. No semicolon appears
 * anywhere, so programs that guess the separator cannot guess wrong.
 */
public final class CsvExport {

    public static final String MEDIA_TYPE = "text/csv";

    private CsvExport() {
    }

    public static byte[] write(Report report, String comparisonLabel) {
        return text(report, comparisonLabel).getBytes(StandardCharsets.UTF_8);
    }

    private static String text(Report report, String comparisonLabel) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        for (Report.Table table : report.tables()) {
            table(csv, table, report.k(), "");
            if (table.comparison() != null) {
                table(csv, table.comparison(), report.k(), " (" + comparisonLabel + ")");
            }
        }
        for (String footnote : report.footnotes()) {
            csv.append(quoted("* " + footnote)).append("\r\n");
        }
        return csv.toString();
    }

    private static void table(StringBuilder csv, Report.Table table, int k, String suffix) {
        csv.append(quoted(table.code() + " " + table.label() + suffix)).append(',')
                .append(quoted(table.from() + ".." + table.to())).append("\r\n");
        csv.append(quoted(table.rowHeader()));
        table.columns().forEach(column -> csv.append(',').append(quoted(column.label())));
        csv.append(',').append(quoted(table.totalLabel())).append("\r\n");
        for (Report.Row row : table.rows()) {
            line(csv, row, k);
        }
        if (table.totals() != null) {
            line(csv, table.totals(), k);
        }
        csv.append("\r\n");
    }

    private static void line(StringBuilder csv, Report.Row row, int k) {
        csv.append(quoted(row.label()));
        for (Value value : row.cells()) {
            csv.append(',').append(number(value, k));
        }
        csv.append(',').append(number(row.total(), k)).append("\r\n");
    }

    static String number(Value value, int k) {
        return value.text(k, String::valueOf);
    }

    static String quoted(String text) {
        String plain = text == null ? "" : text.replace(';', ',').replace('\r', ' ').replace('\n', ' ');
        return '"' + plain.replace("\"", "\"\"") + '"';
    }

    public static List<String> lines(byte[] csv) {
        return List.of(new String(csv, StandardCharsets.UTF_8).split("\r\n"));
    }
}
