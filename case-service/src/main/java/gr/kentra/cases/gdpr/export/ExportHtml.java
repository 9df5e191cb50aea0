package gr.kentra.cases.gdpr.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import gr.kentra.cases.gdpr.catalogue.PersonalData;
import gr.kentra.commons.time.Athens;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The export as a self-contained, printable HTML page in the reader's language: no scripts, no external assets,
 * every value escaped (names and notes are typed by people and may hold anything, {@code <script>} included).
 */
@Component
public class ExportHtml {

    private static final ZoneId ATHENS = Athens.ZONE;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String STYLE = "body{font-family:sans-serif;margin:2em;color:#111}"
            + "table{border-collapse:collapse;width:100%;margin-bottom:1.5em}"
            + "th,td{border:1px solid #999;padding:.3em .5em;text-align:left;vertical-align:top}"
            + "th{background:#eee}td.text{white-space:pre-wrap}h2{margin-top:1.5em;page-break-after:avoid}"
            + "@media print{body{margin:0}}";

    private final MessageSource messages;

    ExportHtml(MessageSource messages) {
        this.messages = messages;
    }

    public String render(PersonalData data, Locale locale) {
        Page page = new Page(locale);
        page.out.append("<!DOCTYPE html><html lang=\"").append(locale.getLanguage()).append("\"><head>")
                .append("<meta charset=\"utf-8\"><title>").append(page.text("export.title")).append("</title>")
                .append("<style>").append(STYLE).append("</style></head><body>")
                .append("<h1>").append(page.text("export.title")).append("</h1><p>")
                .append(page.text("export.exportedAt")).append(": ").append(page.when(data.exportedAt()))
                .append(" · ").append(page.text("export.exportedBy")).append(": ")
                .append(escape(data.exportedBy())).append("</p>");
        identity(page, data.identity());
        page.table("export.household", List.of("export.relation", "export.yearOfBirth", "export.age",
                "export.employmentStatus", "export.disability"), data.household().stream().map(m -> List.of(
                page.label("relation", m.relation()), page.value(m.yearOfBirth()), page.value(m.age()),
                page.label("employmentStatus", m.employmentStatus()), page.yesNo(m.disability()))).toList());
        page.table("export.socialHistory", List.of("export.version", "export.text", "export.writtenAt",
                "export.writtenBy"), data.socialHistory().stream().map(h -> List.of(page.value(h.version()),
                page.value(h.text()), page.when(h.writtenAt()), page.value(h.writtenBy()))).toList());
        profile(page, data.profile());
        page.table("export.assessments", List.of("export.date", "export.needs", "export.priority",
                "export.assessor", "export.notes"), data.assessments().stream().map(a -> List.of(
                page.value(a.date()), a.needs().stream().map(n -> page.label("need", n))
                        .collect(Collectors.joining(", ")),
                page.label("priority", a.priority()), page.value(a.assessor()), page.value(a.notes()))).toList());
        page.table("export.requests", List.of("export.receivedOn", "export.type", "export.channel",
                "export.description", "export.status", "export.outcome", "export.closedOn"),
                data.requests().stream().map(r -> List.of(page.value(r.receivedOn()), page.value(r.typeLabel()),
                        page.label("channel", r.channel()), page.value(r.description()),
                        page.label("requestStatus", r.status()), page.value(r.outcome()),
                        page.value(r.closedOn()))).toList());
        page.table("export.referrals", List.of("export.sentOn", "export.partner", "export.reason",
                "export.status", "export.outcome", "export.closedOn"), data.referrals().stream().map(f -> List.of(
                page.value(f.sentOn()), page.value(f.partnerName()), page.value(f.reason()),
                page.label("referralStatus", f.status()), page.value(f.outcome()), page.value(f.closedOn())))
                .toList());
        sessions(page, data);
        page.table("export.appointments", List.of("export.start", "export.end", "export.staff", "export.purpose",
                "export.status"), data.appointments().stream().map(a -> List.of(page.value(a.start()),
                page.value(a.end()), page.value(a.staff()), page.value(a.purpose()),
                page.label("appointmentStatus", a.status()))).toList());
        catalogued(page, "investigations", data.investigations());
        catalogued(page, "homelessRegister", data.homelessRegister());
        catalogued(page, "distributions", data.distributions());
        catalogued(page, "distributionLines", data.distributionLines());
        catalogued(page, "retentionDecisions", data.retentionDecisions());
        catalogued(page, "walkIns", data.walkIns());
        catalogued(page, "issuedDocuments", data.issuedDocuments());
        page.table("export.keptByLaw", List.of("export.record", "export.fields", "export.legalBasis"),
                data.keptByLaw().stream().map(k -> List.of(page.label("export.section", k.record()) + " " + escape(k.id()),
                        escape(String.join(", ", k.fields())), escape(k.legalBasis()))).toList());
        page.table("export.auditTrail", List.of("export.occurredAt", "export.actor", "export.action",
                "export.recordType", "export.fields", "export.reason"), data.auditTrail().stream().map(e -> List.of(
                page.when(e.occurredAt()), page.value(e.actor()), page.label("auditAction", e.action()),
                page.label("recordType", e.recordType()), page.value(String.join(", ", e.fields())),
                page.value(e.reason()))).toList());
        return page.out.append("</body></html>").toString();
    }

    private void identity(Page page, PersonalData.Identity p) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(page.text("export.firstName"), page.value(p.firstName())));
        rows.add(List.of(page.text("export.lastName"), page.value(p.lastName())));
        rows.add(List.of(page.text("export.latinName"), page.value(join(p.latinFirstName(), p.latinLastName()))));
        rows.add(List.of(page.text("export.dateOfBirth"), p.dateOfBirth() != null ? page.value(p.dateOfBirth())
                : page.value(p.birthYear())));
        rows.add(List.of(page.text("export.gender"), page.label("gender", p.gender())));
        rows.add(List.of(page.text("export.amka"), page.value(p.amka())));
        rows.add(List.of(page.text("export.afm"), page.value(p.afm())));
        rows.add(List.of(page.text("export.idDocumentNumber"), page.value(p.idDocumentNumber())));
        rows.add(List.of(page.text("export.citizenship"), page.value(p.citizenship())));
        rows.add(List.of(page.text("export.phone"), page.value(p.phone())));
        rows.add(List.of(page.text("export.email"), page.value(p.email())));
        rows.add(List.of(page.text("export.address"), page.value(p.address())));
        rows.add(List.of(page.text("export.status"), page.label("status", p.status())));
        rows.add(List.of(page.text("export.consent"), page.yesNo(p.consent().given()) + " · "
                + page.value(p.consent().date()) + " · " + page.label("legalBasis", p.consent().legalBasis())));
        rows.add(List.of(page.text("export.processingBasis"), page.label("processingBasis", p.processingBasis())));
        rows.add(List.of(page.text("export.registeredAt"), page.when(p.registeredAt()) + " · "
                + page.value(p.registeredBy())));
        page.pairs("export.identity", rows);
    }

    private void profile(Page page, PersonalData.Profile p) {
        if (p == null) {
            page.pairs("export.profile", List.of());
            return;
        }
        Map<String, Boolean> vulnerabilities = new LinkedHashMap<>();
        vulnerabilities.put("export.disability", p.disability());
        vulnerabilities.put("export.migrant", p.migrant());
        vulnerabilities.put("export.foreignBackground", p.foreignBackground());
        vulnerabilities.put("export.roma", p.roma());
        vulnerabilities.put("export.ruralArea", p.ruralArea());
        vulnerabilities.put("export.singleParent", p.singleParent());
        vulnerabilities.put("export.otherDisadvantage", p.otherDisadvantage());
        String flags = vulnerabilities.entrySet().stream().filter(Map.Entry::getValue)
                .map(entry -> page.text(entry.getKey())).collect(Collectors.joining(", "));
        page.pairs("export.profile", List.of(
                List.of(page.text("export.employmentStatus"), page.label("employmentStatus", p.employmentStatus())),
                List.of(page.text("export.unemploymentMonths"), page.value(p.unemploymentMonths())),
                List.of(page.text("export.iscedLevel"), page.value(p.iscedLevel())),
                List.of(page.text("export.housingSituation"), page.label("housing", p.housingSituation())),
                List.of(page.text("export.vulnerabilities"), flags),
                List.of(page.text("export.updatedAt"), page.when(p.updatedAt()) + " · " + page.value(p.updatedBy()))));
    }

    /** Every session, and for each its notes (break-glass) or why they are withheld. */
    private void sessions(Page page, PersonalData data) {
        List<String> headers = List.of("export.date", "export.sessionType", "export.duration", "export.topic",
                "export.author", "export.participants", "export.notes");
        page.table("export.sessions", headers, data.sessions().stream().map(s -> List.of(page.value(s.date()),
                page.label("sessionType", s.type()), page.value(s.durationMinutes()), page.label("topic", s.topic()),
                page.value(s.author()), page.value(s.participants()), s.notes() != null ? page.value(s.notes())
                        : page.label("notesWithheld", s.notesWithheld()))).toList());
        if (data.sessionNotesNotice() != null) {
            page.out.append("<p>").append(escape(data.sessionNotesNotice())).append("</p>");
        }
    }

    /** A section read as the catalogue has it: a column per field, headed by its label (or its name). */
    private void catalogued(Page page, String section, List<Map<String, Object>> rows) {
        List<String> fields = rows.isEmpty() ? List.of() : List.copyOf(rows.getFirst().keySet());
        page.out.append("<h2>").append(page.text("export." + section)).append("</h2>");
        if (rows.isEmpty()) {
            page.out.append("<p>").append(page.text("export.none")).append("</p>");
            return;
        }
        page.out.append("<table><thead><tr>");
        fields.forEach(f -> page.out.append("<th>").append(page.label("export.field", f)).append("</th>"));
        page.out.append("</tr></thead><tbody>");
        rows.forEach(row -> {
            page.out.append("<tr>");
            fields.forEach(f -> page.out.append("<td class=\"text\">").append(page.value(row.get(f))).append("</td>"));
            page.out.append("</tr>");
        });
        page.out.append("</tbody></table>");
    }

    private static String join(String first, String last) {
        return first == null && last == null ? null : (first == null ? "" : first) + " " + (last == null ? "" : last);
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** One page being written: its language and the cells' formatting. Every cell passes through escape. */
    private final class Page {

        private final StringBuilder out = new StringBuilder(8192);
        private final Locale locale;

        private Page(Locale locale) {
            this.locale = locale;
        }

        String text(String code) {
            return escape(messages.getMessage(code, null, code, locale));
        }

        /** The Greek or English label of a coded value; the code itself when the bundles have none. */
        String label(String prefix, String code) {
            return code == null ? "" : escape(messages.getMessage(prefix + "." + code, null, code, locale));
        }

        String value(Object value) {
            return switch (value) {
                case null -> "";
                case LocalDateTime dateTime -> dateTime.format(MINUTES);
                case LocalDate date -> date.toString();
                default -> escape(value.toString());
            };
        }

        String when(Instant instant) {
            return instant == null ? "" : MINUTES.format(instant.atZone(ATHENS));
        }

        String yesNo(boolean yes) {
            return text(yes ? "export.yes" : "export.no");
        }

        /** Cells arrive escaped. */
        void table(String titleCode, List<String> headerCodes, List<List<String>> rows) {
            out.append("<h2>").append(text(titleCode)).append("</h2>");
            if (rows.isEmpty()) {
                out.append("<p>").append(text("export.none")).append("</p>");
                return;
            }
            out.append("<table><thead><tr>");
            headerCodes.forEach(code -> out.append("<th>").append(text(code)).append("</th>"));
            out.append("</tr></thead><tbody>");
            rows.forEach(row -> {
                out.append("<tr>");
                row.forEach(cell -> out.append("<td class=\"text\">").append(cell).append("</td>"));
                out.append("</tr>");
            });
            out.append("</tbody></table>");
        }

        /** A two-column table of label and value, both escaped already. */
        void pairs(String titleCode, List<List<String>> rows) {
            out.append("<h2>").append(text(titleCode)).append("</h2>");
            if (rows.isEmpty()) {
                out.append("<p>").append(text("export.none")).append("</p>");
                return;
            }
            out.append("<table><tbody>");
            rows.forEach(row -> out.append("<tr><th>").append(row.get(0)).append("</th><td class=\"text\">")
                    .append(row.get(1)).append("</td></tr>"));
            out.append("</tbody></table>");
        }
    }
}
