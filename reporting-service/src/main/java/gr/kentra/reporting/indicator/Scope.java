package gr.kentra.reporting.indicator;

import gr.kentra.commons.facts.Vocabulary;
import gr.kentra.reporting.system.InvalidRequestException;

/** The part of the country a table covers: the whole country, one region, or one centre. */
public sealed interface Scope {

    record National() implements Scope {
        @Override
        public String toString() {
            return "national";
        }
    }

    record Region(String code) implements Scope {
        @Override
        public String toString() {
            return "region:" + code;
        }
    }

    record Centre(String tenant) implements Scope {
        @Override
        public String toString() {
            return "centre:" + tenant;
        }
    }

    /** {@code national}, {@code region:{code}} or {@code centre:{tenant}}; anything else is a field error. */
    static Scope parse(String value) {
        if (value == null || value.isBlank()) {
            throw InvalidRequestException.of("scope", "field.required");
        }
        if (value.equals("national")) {
            return new National();
        }
        int colon = value.indexOf(':');
        String kind = colon < 0 ? value : value.substring(0, colon);
        String code = colon < 0 ? "" : value.substring(colon + 1);
        if (Vocabulary.SLUG.matcher(code).matches()) {
            if (kind.equals("region")) {
                return new Region(code);
            }
            if (kind.equals("centre")) {
                return new Centre(code);
            }
        }
        throw InvalidRequestException.of("scope", "field.scope");
    }
}
