package gr.kentra.reporting.indicator.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import gr.kentra.reporting.indicator.Report;
import gr.kentra.reporting.indicator.Value;
import gr.kentra.reporting.indicator.report.Labels;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A report as an Excel workbook: one sheet per table (its comparison period below it), hidden numbers as the
 * text {@code <k} (or {@code ×} for a value hidden to protect others) so that no formula can treat them as zero, and a last sheet with the footnotes and what each
 * table counts. Labels come already in the caller's language.
 */
public final class XlsxExport {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Excel's limit on a sheet name. */
    private static final int SHEET_NAME = 31;

    /** The words of the workbook that are not in the report itself, in the report's language. */
    record Words(String comparison, String footnotes) {
    }

    private XlsxExport() {
    }

    public static Words words(Labels labels, Locale locale) {
        return new Words(labels.text("report.comparison", locale), labels.text("report.footnotes", locale));
    }

    public static byte[] write(Report report, Words words) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Kentra", "1.0");
            Set<String> names = new HashSet<>();
            for (Report.Table table : report.tables()) {
                Worksheet sheet = workbook.newWorksheet(sheetName(table.code() + " " + table.label(), names));
                int row = table(sheet, 0, table, report.k(), "");
                if (table.comparison() != null) {
                    table(sheet, row + 1, table.comparison(), report.k(), " (" + words.comparison() + ")");
                }
            }
            footnotes(workbook.newWorksheet(sheetName(words.footnotes(), names)), report);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes a table from row {@code top}; returns the first row after it. */
    private static int table(Worksheet sheet, int top, Report.Table table, int k, String suffix) {
        sheet.value(top, 0, table.code() + " " + table.label() + suffix);
        sheet.value(top, 1, table.from() + ".." + table.to());
        sheet.style(top, 0).bold().set();
        int header = top + 1;
        sheet.value(header, 0, table.rowHeader());
        for (int c = 0; c < table.columns().size(); c++) {
            sheet.value(header, c + 1, table.columns().get(c).label());
        }
        sheet.value(header, table.columns().size() + 1, table.totalLabel());
        sheet.range(header, 0, header, table.columns().size() + 1).style().bold().set();
        int row = header + 1;
        for (Report.Row line : table.rows()) {
            line(sheet, row++, line, k);
        }
        if (table.totals() != null) {
            line(sheet, row++, table.totals(), k);
        }
        return row;
    }

    private static void line(Worksheet sheet, int row, Report.Row line, int k) {
        sheet.value(row, 0, line.label());
        for (int c = 0; c < line.cells().size(); c++) {
            value(sheet, row, c + 1, line.cells().get(c), k);
        }
        value(sheet, row, line.cells().size() + 1, line.total(), k);
    }

    private static void value(Worksheet sheet, int row, int column, Value value, int k) {
        if (value.suppressed()) {
            sheet.value(row, column, value.text(k, String::valueOf));
        } else {
            sheet.value(row, column, value.value());
        }
    }

    /** The footnotes, then each table's definition, one per row. */
    private static void footnotes(Worksheet sheet, Report report) {
        int row = 0;
        for (String footnote : report.footnotes()) {
            sheet.value(row++, 0, "* " + footnote);
        }
        row++;
        for (Report.Table table : report.tables()) {
            if (table.definition() != null) {
                sheet.value(row++, 0, table.code() + " " + table.label() + ": " + table.definition());
            }
        }
    }

    /** Excel allows 31 characters, no {@code []:*?/\} and no two equal names (ignoring case) in a workbook. */
    private static String sheetName(String wanted, Set<String> taken) {
        String name = wanted.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        name = name.isEmpty() ? "Sheet" : name.substring(0, Math.min(SHEET_NAME, name.length())).strip();
        String unique = name;
        for (int n = 2; !taken.add(unique.toLowerCase()); n++) {
            String suffix = " " + n;
            unique = name.substring(0, Math.min(name.length(), SHEET_NAME - suffix.length())) + suffix;
        }
        return unique;
    }
}
