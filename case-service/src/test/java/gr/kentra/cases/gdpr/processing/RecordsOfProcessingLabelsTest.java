package gr.kentra.cases.gdpr.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import gr.kentra.cases.gdpr.catalogue.PersonalDataCatalogue;
import gr.kentra.cases.gdpr.processing.RecordOfProcessing;
import gr.kentra.cases.gdpr.processing.RecordsOfProcessing;
import gr.kentra.cases.gdpr.processing.ReportingRetentionProperties;
import gr.kentra.cases.gdpr.retention.RetentionProperties;
import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The Art. 30 record reads as prose in both languages: every category and table of the catalogue has a label. */
class RecordsOfProcessingLabelsTest {

    private static final Locale GREEK = Locale.forLanguageTag("el");

    /** As commons.web.ServletWebAutoConfiguration sets it up, without the Greek default hiding a missing English label. */
    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void everyCategoryAndTableOfTheCatalogueHasAGreekAndAnEnglishLabel() {
        ResourceBundleMessageSource messages = bundles();
        Set<String> codes = new TreeSet<>();
        PersonalDataCatalogue.tables().forEach(table -> {
            codes.add(RecordsOfProcessing.tableLabel(table.name()));
            if (table.category() != null) {
                codes.add(RecordsOfProcessing.categoryLabel(table.category()));
            }
        });
        List<String> missing = new ArrayList<>();
        for (String code : codes) {
            String greek = label(messages, code, GREEK);
            String english = label(messages, code, Locale.ENGLISH);
            if (greek == null || !greek.matches(".*\\p{IsGreek}.*")) {
                missing.add(code + " (el)");
            }
            if (english == null || english.matches(".*\\p{IsGreek}.*") || english.equals(greek)) {
                missing.add(code + " (en)");
            }
        }
        assertThat(missing).as("catalogue entries without both labels").isEmpty();
        assertThat(codes).hasSizeGreaterThan(PersonalDataCatalogue.tables().size());
    }

    @Test
    void reportingsRetentionIsTheConfiguredOne() {
        RecordsOfProcessing records = new RecordsOfProcessing(bundles(), new RetentionProperties(6),
                new ReportingRetentionProperties(7));
        RecordOfProcessing record = records.build(Locale.ENGLISH);
        assertThat(record.categories()).filteredOn(c -> c.category().equals("indicatorFacts"))
                .singleElement().satisfies(c -> assertThat(c.retention()).contains("7 years"));
        assertThat(record.categories()).filteredOn(c -> c.category().equals("identity"))
                .singleElement().satisfies(c -> assertThat(c.retention()).contains("6 years"));
    }

    private static String label(ResourceBundleMessageSource messages, String code, Locale locale) {
        try {
            return messages.getMessage(code, null, locale);
        } catch (NoSuchMessageException e) {
            return null;
        }
    }
}
