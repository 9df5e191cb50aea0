package gr.kentra.cases.gdpr.processing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import gr.kentra.cases.beneficiary.ProcessingBasis;
import gr.kentra.cases.gdpr.catalogue.PersonalDataCatalogue;
import gr.kentra.cases.gdpr.catalogue.PersonalDataCatalogue.Decision;
import gr.kentra.cases.gdpr.retention.RetentionProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds the Art. 30 record from the catalogue, so that it cannot drift from what export and erasure do. Only
 * the categories, recipients and retention texts are written by hand (in the message bundles).
 */
@Component
public class RecordsOfProcessing {

    private static final String INDICATOR_FACTS = "indicator";

    private final MessageSource messages;
    private final RetentionProperties retention;
    private final ReportingRetentionProperties reporting;
    private final Clock clock = Clock.systemUTC();

    RecordsOfProcessing(MessageSource messages, RetentionProperties retention, ReportingRetentionProperties reporting) {
        this.messages = messages;
        this.retention = retention;
        this.reporting = reporting;
    }

    /** The label of a category of the catalogue, in the message bundles. */
    static String categoryLabel(String category) {
        return "ropa.category." + category;
    }

    /** The label of a table of the catalogue, in the message bundles. */
    static String tableLabel(String table) {
        return "ropa.table." + table;
    }

    public RecordOfProcessing build(Locale locale) {
        List<String> purposes = List.of(text("ropa.purpose.casework", locale), text("ropa.purpose.referrals", locale),
                text("ropa.purpose.indicators", locale), text("ropa.purpose.accountability", locale));
        List<RecordOfProcessing.LegalBasis> bases = Arrays.stream(ProcessingBasis.values())
                .map(b -> new RecordOfProcessing.LegalBasis(b.name(), "GDPR Art. " + b.article6(),
                        "GDPR Art. " + b.article9(), text("ropa.basis." + b.name(), locale)))
                .toList();
        List<RecordOfProcessing.KeptByLawBasis> kept = new ArrayList<>();
        Map<String, List<PersonalDataCatalogue.Table>> byCategory = new LinkedHashMap<>();
        for (PersonalDataCatalogue.Table table : PersonalDataCatalogue.tables()) {
            if (table.category() == null) {
                continue;
            }
            byCategory.computeIfAbsent(table.category(), c -> new ArrayList<>()).add(table);
            List<String> byLaw = names(table, Decision.KEPT_BY_LAW);
            if (!byLaw.isEmpty()) {
                // Every column kept by law in one table names the same law, or the law per column is listed.
                table.columns().stream().filter(c -> c.decision() == Decision.KEPT_BY_LAW)
                        .map(PersonalDataCatalogue.Column::why).distinct()
                        .forEach(law -> kept.add(new RecordOfProcessing.KeptByLawBasis(table.name(),
                                table.columns().stream().filter(c -> law.equals(c.why()))
                                        .map(PersonalDataCatalogue.Column::name).toList(), law)));
            }
            if (table.keptWhen() != null) {
                kept.add(new RecordOfProcessing.KeptByLawBasis(table.name(), names(table, Decision.ERASE),
                        table.keptBecause()));
            }
        }
        List<RecordOfProcessing.Category> categories = byCategory.entrySet().stream()
                .map(e -> new RecordOfProcessing.Category(e.getKey(), text(categoryLabel(e.getKey()), locale),
                        e.getValue().stream().map(t -> new RecordOfProcessing.Table(t.name(),
                                text(tableLabel(t.name()), locale), names(t, Decision.ERASE),
                                names(t, Decision.KEEP_CODED), names(t, Decision.KEPT_BY_LAW))).toList(),
                        recipients(e.getValue(), locale), retention(e.getValue(), locale)))
                .toList();
        return new RecordOfProcessing(clock.instant(), text("ropa.controller", locale), purposes, bases,
                List.copyOf(kept), categories, List.of(text("ropa.subjects", locale)));
    }

    private List<String> recipients(List<PersonalDataCatalogue.Table> tables, Locale locale) {
        List<String> recipients = new ArrayList<>();
        if (tables.stream().anyMatch(t -> t.name().equals("referral"))) {
            recipients.add(text("ropa.recipient.partners", locale));
        }
        if (tables.stream().anyMatch(t -> t.name().startsWith(INDICATOR_FACTS))) {
            recipients.add(text("ropa.recipient.reporting", locale));
        }
        if (recipients.isEmpty()) {
            recipients.add(text("ropa.recipient.staff", locale));
        }
        return recipients;
    }

    private String retention(List<PersonalDataCatalogue.Table> tables, Locale locale) {
        if (tables.stream().allMatch(t -> t.name().startsWith(INDICATOR_FACTS))) {
            return messages.getMessage("ropa.retention.reporting", new Object[] {reporting.years()},
                    locale);
        }
        return messages.getMessage("ropa.retention.case", new Object[] {retention.inactiveYears()}, locale);
    }

    private static List<String> names(PersonalDataCatalogue.Table table, Decision decision) {
        return table.columns().stream().filter(c -> c.decision() == decision)
                .map(PersonalDataCatalogue.Column::name).toList();
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}
