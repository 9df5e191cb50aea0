package gr.kentra.cases.gdpr.processing;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import gr.kentra.commons.time.Athens;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** The Art. 30 record as a self-contained printable page, like the export's: no scripts, every value escaped. */
@Component
public class RecordsOfProcessingHtml {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(Athens.ZONE);
    private static final String STYLE = "body{font-family:sans-serif;margin:2em;color:#111}"
            + "table{border-collapse:collapse;width:100%;margin-bottom:1.5em}"
            + "th,td{border:1px solid #999;padding:.3em .5em;text-align:left;vertical-align:top}"
            + "th{background:#eee}h2{margin-top:1.5em;page-break-after:avoid}@media print{body{margin:0}}";

    private final MessageSource messages;

    RecordsOfProcessingHtml(MessageSource messages) {
        this.messages = messages;
    }

    public String render(RecordOfProcessing record, Locale locale) {
        StringBuilder out = new StringBuilder(8192);
        String title = text("ropa.title", locale);
        out.append("<!DOCTYPE html><html lang=\"").append(locale.getLanguage()).append("\"><head>")
                .append("<meta charset=\"utf-8\"><title>").append(title).append("</title><style>").append(STYLE)
                .append("</style></head><body><h1>").append(title).append("</h1><p>")
                .append(text("ropa.generatedAt", locale)).append(": ").append(MINUTES.format(record.generatedAt()))
                .append("</p><h2>").append(text("ropa.controllerTitle", locale)).append("</h2><p>")
                .append(escape(record.controller())).append("</p>");
        list(out, text("ropa.purposesTitle", locale), record.purposes());
        list(out, text("ropa.subjectsTitle", locale), record.dataSubjects());
        out.append("<h2>").append(text("ropa.legalBasesTitle", locale)).append("</h2><table><tbody>");
        record.legalBases().forEach(b -> out.append("<tr><th>").append(escape(b.basis())).append("</th><td>")
                .append(escape(b.article6() + ", " + b.article9())).append("</td><td>")
                .append(escape(b.description())).append("</td></tr>"));
        record.keptByLaw().forEach(k -> out.append("<tr><th>").append(escape(k.table())).append("</th><td>")
                .append(escape(String.join(", ", k.columns()))).append("</td><td>").append(escape(k.law()))
                .append("</td></tr>"));
        out.append("</tbody></table><h2>").append(text("ropa.categoriesTitle", locale)).append("</h2>");
        out.append("<table><thead><tr>");
        for (String code : List.of("ropa.category", "ropa.table", "ropa.erasedOnRequest", "ropa.keptCoded",
                "ropa.keptByLaw", "ropa.recipients", "ropa.retention")) {
            out.append("<th>").append(text(code, locale)).append("</th>");
        }
        out.append("</tr></thead><tbody>");
        for (RecordOfProcessing.Category category : record.categories()) {
            for (RecordOfProcessing.Table table : category.tables()) {
                // The label for the reader, the schema's name beside it for whoever checks the database.
                out.append("<tr><td>").append(escape(category.label())).append("</td><td>")
                        .append(escape(table.label())).append(" <code>").append(escape(table.table()))
                        .append("</code></td><td>")
                        .append(escape(String.join(", ", table.erasedOnRequest()))).append("</td><td>")
                        .append(escape(String.join(", ", table.keptCoded()))).append("</td><td>")
                        .append(escape(String.join(", ", table.keptByLaw()))).append("</td><td>")
                        .append(escape(String.join("; ", category.recipients()))).append("</td><td>")
                        .append(escape(category.retention())).append("</td></tr>");
            }
        }
        return out.append("</tbody></table></body></html>").toString();
    }

    private static void list(StringBuilder out, String title, List<String> items) {
        out.append("<h2>").append(title).append("</h2><ul>");
        items.forEach(item -> out.append("<li>").append(escape(item)).append("</li>"));
        out.append("</ul>");
    }

    private String text(String code, Locale locale) {
        return escape(messages.getMessage(code, null, code, locale));
    }

    private static String escape(String value) {
        return value == null ? "" : HtmlUtils.htmlEscape(value, "UTF-8");
    }
}
