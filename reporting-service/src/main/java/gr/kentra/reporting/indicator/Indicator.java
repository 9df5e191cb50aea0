package gr.kentra.reporting.indicator;

import java.util.List;
import java.util.Locale;

import gr.kentra.reporting.fact.FactType;

/**
 * One indicator of a catalogue file ({@code indicators/*.yaml}): what it is called, what it means, and the
 * rule that counts it: which facts, which measure, which filter and which breakdown.
 */
record Indicator(String code, String labelEl, String labelEn, String definitionEl, String definitionEn,
        List<FactType> factTypes, Measure measure, Filter filter, Breakdown breakdown) {

    Indicator {
        factTypes = factTypes == null ? List.of() : List.copyOf(factTypes);
        filter = filter == null ? Filter.NONE : filter;
        breakdown = breakdown == null ? Breakdown.NONE : breakdown;
    }

    enum Measure {
        /** How many facts. */
        COUNT_FACTS,
        /** The sum of the facts' quantity (goods units, event attendance). */
        SUM_QUANTITY,
        /** Distinct national pseudonyms with any fact: a person served by two centres counts once nationally. */
        DISTINCT_PERSONS,
        /** ESF participants, each once per operation with the profile at entry. */
        DISTINCT_PARTICIPANTS
    }

    enum Breakdown {
        NONE, CATEGORY, OUTCOME, GENDER
    }

    String label(Locale locale) {
        return greek(locale) ? labelEl : labelEn;
    }

    String definition(Locale locale) {
        return greek(locale) ? definitionEl : definitionEn;
    }

    static boolean greek(Locale locale) {
        return "el".equals(locale.getLanguage());
    }
}
