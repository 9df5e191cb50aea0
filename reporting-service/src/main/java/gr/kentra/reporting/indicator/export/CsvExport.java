package gr.kentra.reporting.indicator.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import gr.kentra.commons.export.OfficeFiles;
import gr.kentra.reporting.indicator.Report;
import gr.kentra.reporting.indicator.Value;

/**
 * A report as CSV by the platform's rules for office files ({@link OfficeFiles}, as the centre's lists): UTF-8 with
 * a byte order mark, semicolons, numbers as Greek Excel reads them ({@code 1.234}); hidden numbers as {@code <k}
 * (fewer than k) or {@code ×} (hidden to protect others), never their value; footnotes at the end.
 */
public final class CsvExport {

    public static final String MEDIA_TYPE = "text/csv";

    private CsvExport() {
    }

    public static byte[] write(Report report, String comparisonLabel) {
        StringBuilder csv = new StringBuilder();
        for (Report.Table table : report.tables()) {
            table(csv, table, report.k(), "");
            if (table.comparison() != null) {
                table(csv, table.comparison(), report.k(), " (" + comparisonLabel + ")");
            }
        }
        for (String footnote : report.footnotes()) {
            OfficeFiles.line(csv, List.of("* " + footnote));
        }
        return OfficeFiles.csvBytes(csv);
    }

    private static void table(StringBuilder csv, Report.Table table, int k, String suffix) {
        OfficeFiles.line(csv, List.of(table.code() + " " + table.label() + suffix, table.from() + ".." + table.to()));
        List<String> header = new ArrayList<>();
        header.add(table.rowHeader());
        table.columns().forEach(column -> header.add(column.label()));
        header.add(table.totalLabel());
        OfficeFiles.line(csv, header);
        for (Report.Row row : table.rows()) {
            line(csv, row, k);
        }
        if (table.totals() != null) {
            line(csv, table.totals(), k);
        }
        csv.append("\r\n");
    }

    private static void line(StringBuilder csv, Report.Row row, int k) {
        List<String> fields = new ArrayList<>();
        fields.add(row.label());
        for (Value value : row.cells()) {
            fields.add(number(value, k));
        }
        fields.add(number(row.total(), k));
        OfficeFiles.line(csv, fields);
    }

    static String number(Value value, int k) {
        return value.text(k, OfficeFiles::number);
    }

    /**
     * What a download of the report is, for its file's name (to which the day of the download is added): the
     * indicators, the scope and the period, e.g. {@code deiktes-region-attica-2026-01-2026-12}, or
     * {@code esf-2021-2027-region-attica-2026-01-2026-12}.
     */
    public static String what(Report report) {
        String scope = report.scope().startsWith("esf:") ? report.scope() : "deiktes " + report.scope();
        String slug = (scope + " " + report.from() + " " + report.to()).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug;
    }

    /** The lines of a CSV file, without its byte order mark. */
    public static List<String> lines(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        return List.of((text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r\n"));
    }
}
