package gr.kentra.cases.web;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One cell of a list: the text a person reads (already in her language, dates dd/mm/yyyy, numbers 1.234,5), the
 * value it sorts and exports by (a date stays a date in the workbook, a number a number) and an optional link.
 */
public record Cell(String text, Object value, String href) {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");
    private static final Locale GREEK = Locale.forLanguageTag("el-GR");

    public static Cell text(String text) {
        return new Cell(text == null ? "" : text, text == null ? "" : text, null);
    }

    /** A link, unless there is nothing to read (e.g. an erased person's name): then an empty cell. */
    public static Cell link(String text, String href) {
        if (text == null || text.isBlank()) {
            return text("");
        }
        return new Cell(text, text, href);
    }

    public static Cell day(LocalDate day) {
        return new Cell(day == null ? "" : PageForms.DAY.format(day), day, null);
    }

    public static Cell minute(LocalDateTime at) {
        return new Cell(at == null ? "" : MINUTE.format(at), at, null);
    }

    /** Numbers the Greek way in both languages: the centres' figures are Greek figures (1.234,5). */
    public static Cell number(Number number) {
        return new Cell(number == null ? "" : NumberFormat.getNumberInstance(GREEK).format(number), number, null);
    }

    /** A coded value (status, kind) shown by its label; it sorts by the label, as read. */
    public static Cell label(String label) {
        return text(label);
    }
}
