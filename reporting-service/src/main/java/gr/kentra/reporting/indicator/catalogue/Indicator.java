package gr.kentra.reporting.indicator.catalogue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import gr.kentra.commons.facts.FactType;

/**
 * One indicator of a catalogue file ({@code indicators/*.yaml}): what it is called, what it means, and the
 * rule that counts it: which facts, which measure, which filter and which breakdown.
 */
public record Indicator(String code, String labelEl, String labelEn, String definitionEl, String definitionEn,
        List<FactType> factTypes, Measure measure, Filter filter, Breakdown breakdown, List<Relation> relations) {

    public Indicator {
        factTypes = factTypes == null ? List.of() : List.copyOf(factTypes);
        relations = relations == null ? List.of() : List.copyOf(relations);
        filter = filter == null ? Filter.NONE : filter;
        breakdown = breakdown == null ? Breakdown.NONE : breakdown;
    }

    public enum Measure {
        /** How many facts. */
        COUNT_FACTS,
        /** The sum of the facts' quantity (goods units, event attendance). */
        SUM_QUANTITY,
        /** Distinct national pseudonyms with any fact: a person served by two centres counts once nationally. */
        DISTINCT_PERSONS,
        /** ESF participants, each once per operation with the profile at entry. */
        DISTINCT_PARTICIPANTS
    }

    public enum Breakdown {
        NONE, CATEGORY, OUTCOME, GENDER,
        /** Two dimensions: a column per (category, outcome) seen, keyed {@code category|outcome}. */
        CATEGORY_OUTCOME;

        /** The separator of a two-dimensional column key; no code of the vocabulary holds it. */
        public static final String SEPARATOR = "|";

        /**
         * The column of {@code coarser} that this breakdown's column {@code key} adds up into, or null when it does
         * not add up into one (only a two-dimensional breakdown coarsens, into either of its dimensions).
         */
        public String coarsen(String key, Breakdown coarser) {
            if (this != CATEGORY_OUTCOME || (coarser != CATEGORY && coarser != OUTCOME)) {
                return null;
            }
            int at = key.indexOf(SEPARATOR);
            return at < 0 ? null : coarser == CATEGORY ? key.substring(0, at) : key.substring(at + 1);
        }
    }

    /**
     * The fact types whose intake can change this indicator's numbers. Distinct persons are counted from
     * every fact that carries a pseudonym, whatever types the rule names; ESF participants from their entry.
     */
    public Set<FactType> factTypesRead() {
        Set<FactType> read = EnumSet.noneOf(FactType.class);
        read.addAll(factTypes);
        switch (measure) {
            case DISTINCT_PERSONS -> Arrays.stream(FactType.values()).filter(FactType::aboutAPerson).forEach(read::add);
            case DISTINCT_PARTICIPANTS -> read.add(FactType.PARTICIPANT_ENTERED);
            default -> { }
        }
        return read;
    }

    /** Counts that add up over months and centres (all but distinct persons). */
    public boolean additive() {
        return measure != Measure.DISTINCT_PERSONS;
    }

    public List<Relation> relations(Relation.Kind kind) {
        return relations.stream().filter(r -> r.kind() == kind).toList();
    }

    public String label(Locale locale) {
        return greek(locale) ? labelEl : labelEn;
    }

    public String definition(Locale locale) {
        return greek(locale) ? definitionEl : definitionEn;
    }

    static boolean greek(Locale locale) {
        return "el".equals(locale.getLanguage());
    }
}
