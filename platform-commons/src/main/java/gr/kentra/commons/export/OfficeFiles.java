package gr.kentra.commons.export;

import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import gr.kentra.commons.time.Athens;
import org.springframework.http.ContentDisposition;

/**
 * The platform's rules for a file a person downloads into office software, shared by the centre's lists
 * (case-service) and the dashboards (reporting-service): CSV as Greek Excel opens it (UTF-8 with a byte order mark,
 * semicolons, CRLF, numbers as {@code 1.234}), and a name that says what and when ({@code aitimata-2026-12-06.csv},
 * the date of the download in Athens).
 */
public final class OfficeFiles {

    public static final String CSV_MEDIA_TYPE = "text/csv;charset=UTF-8";
    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Locale GREEK = Locale.forLanguageTag("el");

    private OfficeFiles() {
    }

    /** {@code what} (a slug: letters, digits, dashes) and the day of the download: {@code what-2026-12-06.ext}. */
    public static String fileName(String what, String extension, Clock clock) {
        return what + "-" + LocalDate.now(clock.withZone(Athens.ZONE)) + "." + extension;
    }

    public static String fileName(String what, String extension) {
        return fileName(what, extension, Clock.system(Athens.ZONE));
    }

    /** The {@code Content-Disposition} of a download of that name (UTF-8 encoded where it needs to be). */
    public static String attachment(String fileName) {
        boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(fileName);
        ContentDisposition.Builder builder = ContentDisposition.attachment();
        return (ascii ? builder.filename(fileName) : builder.filename(fileName, StandardCharsets.UTF_8)).build()
                .toString();
    }

    /** A whole number as Greek Excel reads it: {@code 1.234}. */
    public static String number(long value) {
        return NumberFormat.getIntegerInstance(GREEK).format(value);
    }

    /** Appends one CSV line: fields separated by semicolons, ended by CRLF. */
    public static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(';');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    /** Quoted when needed; a value that a spreadsheet would run as a formula is kept as text. */
    public static String field(String value) {
        String safe = value == null ? "" : value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0 && !safe.matches("-?[\\d.,]+")) {
            safe = "'" + safe;
        }
        if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    /** The CSV text as the file's bytes: UTF-8 behind a byte order mark, so Excel reads Greek as Greek. */
    public static byte[] csvBytes(CharSequence csv) {
        byte[] utf8 = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[BOM.length + utf8.length];
        System.arraycopy(BOM, 0, body, 0, BOM.length);
        System.arraycopy(utf8, 0, body, BOM.length, utf8.length);
        return body;
    }
}
