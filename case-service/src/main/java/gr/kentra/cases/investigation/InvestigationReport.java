package gr.kentra.cases.investigation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import gr.kentra.cases.beneficiary.Beneficiaries;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The document a completed social investigation produces: a self-contained HTML page in Greek (the language of
 * the authorities it goes to), printable from the browser. Every piece of text a person typed is escaped, so a
 * finding can never become markup or script.
 */
@Component
class InvestigationReport {

    private static final Locale GREEK = Locale.forLanguageTag("el");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String STYLE = "body{font-family:serif;max-width:42em;margin:2em auto;line-height:1.5}"
            + "h1{font-size:1.4em;text-align:center}h2{font-size:1.1em;border-bottom:1px solid #999}"
            + "dt{font-weight:bold;float:left;clear:left;width:16em}dd{margin-left:17em}"
            + ".signature{margin-top:4em;text-align:right}";

    private final MessageSource messages;

    InvestigationReport(MessageSource messages) {
        this.messages = messages;
    }

    String render(SocialInvestigation investigation, Beneficiaries.Identity person) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"el\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<title>Έκθεση κοινωνικής έρευνας</title>\n<style>").append(STYLE)
                .append("</style>\n</head>\n<body>\n<h1>Έκθεση κοινωνικής έρευνας</h1>\n");
        html.append("<h2>Στοιχεία ωφελούμενου</h2>\n<dl>\n");
        entry(html, "Ονοματεπώνυμο", person.firstName() + " " + person.lastName());
        entry(html, "Ημερομηνία γέννησης", date(person.dateOfBirth()));
        html.append("</dl>\n<h2>Στοιχεία έρευνας</h2>\n<dl>\n");
        entry(html, "Αντικείμενο", messages.getMessage("investigationKind." + investigation.kind().name(), null,
                investigation.kind().name(), GREEK));
        entry(html, "Αιτών φορέας", investigation.requestedBy());
        entry(html, "Ημερομηνία αιτήματος", date(investigation.requestedOn()));
        entry(html, "Κατ' οίκον επίσκεψη", investigation.homeVisitOn() == null ? "Δεν πραγματοποιήθηκε"
                : date(investigation.homeVisitOn()));
        entry(html, "Ημερομηνία ολοκλήρωσης", date(investigation.closedOn()));
        html.append("</dl>\n");
        section(html, "Ευρήματα", investigation.findings());
        section(html, "Συμπέρασμα", investigation.conclusion());
        html.append("<p class=\"signature\">Ο/Η κοινωνικός λειτουργός<br>")
                .append(escape(investigation.createdBy())).append("</p>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void entry(StringBuilder html, String label, String value) {
        html.append("<dt>").append(label).append("</dt><dd>").append(escape(value)).append("</dd>\n");
    }

    private static void section(StringBuilder html, String heading, String text) {
        html.append("<h2>").append(heading).append("</h2>\n<p>").append(escape(text).replace("\n", "<br>\n"))
                .append("</p>\n");
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
