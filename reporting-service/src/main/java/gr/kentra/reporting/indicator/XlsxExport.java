package gr.kentra.reporting.indicator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** A report as an Excel workbook: one sheet per table, hidden numbers as the text {@code <k}, footnotes below. */
final class XlsxExport {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private XlsxExport() {
    }

    static byte[] write(Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Kentra", "1.0");
            int index = 1;
            for (Report.Table table : report.tables()) {
                Worksheet sheet = workbook.newWorksheet(sheetName(table, index++));
                int row = table(sheet, table, report.k());
                row++;
                for (String footnote : report.footnotes()) {
                    sheet.value(row++, 0, "* " + footnote);
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static int table(Worksheet sheet, Report.Table table, int k) {
        sheet.value(0, 0, table.code() + " " + table.label());
        sheet.value(0, 1, table.from() + ".." + table.to());
        sheet.value(1, 0, table.rowHeader());
        for (int c = 0; c < table.columns().size(); c++) {
            sheet.value(1, c + 1, table.columns().get(c).label());
        }
        sheet.value(1, table.columns().size() + 1, table.totalLabel());
        sheet.style(1, 0).bold().set();
        int row = 2;
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
            sheet.value(row, column, "<" + k);
        } else {
            sheet.value(row, column, value.value());
        }
    }

    /** Excel allows 31 characters and no {@code []:*?/\} in a sheet name. */
    private static String sheetName(Report.Table table, int index) {
        String name = (table.code() + " " + table.label()).replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return name.isEmpty() ? "Sheet " + index : name.substring(0, Math.min(31, name.length()));
    }
}
