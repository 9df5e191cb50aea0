package gr.kentra.reporting.indicator;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Labels a person reads, from the message bundles, in the request's language. */
@Component
class Labels {

    private final MessageSource messages;

    Labels(MessageSource messages) {
        this.messages = messages;
    }

    String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }

    /** A coded value (gender, outcome, session type, ...): its label if the bundles have one, else the code. */
    String value(String key, Locale locale) {
        if (GridQuery.NOT_STATED.equals(key)) {
            return text("report.none", locale);
        }
        return messages.getMessage("value." + key, null, key, locale);
    }
}
