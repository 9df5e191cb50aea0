package gr.kentra.cases.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import gr.kentra.commons.export.OfficeFiles;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A list as a file for the centre's office software: CSV the way Greek Excel opens it (UTF-8 with a byte order
 * mark, semicolons, CRLF; dates dd/mm/yyyy and numbers 1.234,5 as on the page) or an XLSX workbook (dates and
 * numbers typed as such). The file's name says what and when: {@code aitimata-2026-12-06.csv}. The CSV and naming
 * rules are the platform's ({@link OfficeFiles}, which the dashboards' downloads follow too).
 */
public final class ListExport {

    public static final String XLSX = OfficeFiles.XLSX_MEDIA_TYPE;
    /** Excel's limit on a sheet name. */
    private static final int SHEET_NAME = 31;

    private ListExport() {
    }

    public enum Format {
        CSV, XLSX;

        /** {@code csv} or {@code xlsx}; anything else is not a format (null). */
        public static Format of(String name) {
            return "csv".equals(name) ? CSV : "xlsx".equals(name) ? XLSX : null;
        }
    }

    public static ResponseEntity<byte[]> file(Format format, String what, String sheet, List<String> headers,
            List<List<Cell>> rows) {
        String name = OfficeFiles.fileName(what, format == Format.CSV ? "csv" : "xlsx");
        byte[] body = format == Format.CSV ? csv(headers, rows) : xlsx(sheet, headers, rows);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, OfficeFiles.attachment(name))
                .contentType(format == Format.CSV ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                        : MediaType.parseMediaType(XLSX))
                .body(body);
    }

    static byte[] csv(List<String> headers, List<List<Cell>> rows) {
        StringBuilder text = new StringBuilder();
        OfficeFiles.line(text, headers);
        for (List<Cell> row : rows) {
            OfficeFiles.line(text, row.stream().map(Cell::text).toList());
        }
        return OfficeFiles.csvBytes(text);
    }

    static String field(String value) {
        return OfficeFiles.field(value);
    }

    static byte[] xlsx(String sheetName, List<String> headers, List<List<Cell>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Kentra", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName(sheetName));
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                List<Cell> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    value(sheet, r + 1, c, row.get(c));
                }
            }
            sheet.freezePane(0, 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void value(Worksheet sheet, int row, int column, Cell cell) {
        switch (cell.value()) {
            case LocalDate day -> {
                sheet.value(row, column, day);
                sheet.style(row, column).format("dd/mm/yyyy").set();
            }
            case LocalDateTime at -> {
                sheet.value(row, column, at);
                sheet.style(row, column).format("dd/mm/yyyy hh:mm").set();
            }
            case Number number -> sheet.value(row, column, number);
            case null, default -> sheet.value(row, column, cell.text());
        }
    }

    private static String sheetName(String name) {
        String clean = name.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        return clean.isEmpty() ? "Kentra" : clean.substring(0, Math.min(clean.length(), SHEET_NAME));
    }
}
