package gr.kentra.cases.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import gr.kentra.commons.time.Athens;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A list as a file for the centre's office software: CSV the way Greek Excel opens it (UTF-8 with a byte order
 * mark, semicolons, CRLF; dates dd/mm/yyyy and numbers 1.234,5 as on the page) or an XLSX workbook (dates and
 * numbers typed as such). The file's name says what and when: {@code aitimata-2026-12-06.csv}.
 */
public final class ListExport {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final ZoneId ATHENS = Athens.ZONE;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
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
        String name = what + "-" + LocalDate.now(ATHENS) + (format == Format.CSV ? ".csv" : ".xlsx");
        byte[] body = format == Format.CSV ? csv(headers, rows) : xlsx(sheet, headers, rows);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(format == Format.CSV ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                        : MediaType.parseMediaType(XLSX))
                .body(body);
    }

    static byte[] csv(List<String> headers, List<List<Cell>> rows) {
        StringBuilder text = new StringBuilder();
        line(text, headers);
        for (List<Cell> row : rows) {
            line(text, row.stream().map(Cell::text).toList());
        }
        byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[BOM.length + utf8.length];
        System.arraycopy(BOM, 0, body, 0, BOM.length);
        System.arraycopy(utf8, 0, body, BOM.length, utf8.length);
        return body;
    }

    private static void line(StringBuilder text, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(';');
            }
            text.append(field(fields.get(i)));
        }
        text.append("\r\n");
    }

    /** Quoted when needed; a value that a spreadsheet would run as a formula is kept as text. */
    static String field(String value) {
        String safe = value == null ? "" : value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0 && !safe.matches("-?[\\d.,]+")) {
            safe = "'" + safe;
        }
        if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
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
