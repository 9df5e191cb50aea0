package gr.kentra.reporting.indicator.report;

import java.util.Locale;

import gr.kentra.reporting.aggregate.CentreNames;
import gr.kentra.reporting.indicator.grid.GridQuery;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Labels a person reads, from the message bundles, in the request's language. */
@Component
public class Labels {

    private final MessageSource messages;
    private final CentreNames centres;

    Labels(MessageSource messages, CentreNames centres) {
        this.messages = messages;
        this.centres = centres;
    }

    /** A row's header: a region's name from the bundles, a centre's from the registry (else the key). */
    String row(String dimension, String key, Locale locale) {
        return switch (dimension) {
            case "region" -> messages.getMessage("region." + key, null, key, locale);
            case "centre" -> centres.of(key, locale);
            default -> key;
        };
    }

    String centre(String tenant, Locale locale) {
        return centres.of(tenant, locale);
    }

    public String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }

    /** A coded value (gender, outcome, session type, ...): its label if the bundles have one, else the code. */
    String value(String key, Locale locale) {
        int at = key.indexOf(gr.kentra.reporting.indicator.catalogue.Indicator.Breakdown.SEPARATOR);
        if (at > 0) {
            // A two-dimensional column (service type × outcome): both labels.
            return value(key.substring(0, at), locale) + " · " + value(key.substring(at + 1), locale);
        }
        if (GridQuery.NOT_STATED.equals(key)) {
            return text("report.none", locale);
        }
        return messages.getMessage("value." + key, null, key, locale);
    }
}
