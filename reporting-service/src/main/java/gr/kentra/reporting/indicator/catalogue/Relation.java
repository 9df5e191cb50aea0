package gr.kentra.reporting.indicator.catalogue;

/**
 * How an indicator's numbers are tied to other published numbers, as the catalogue states it. A reader can
 * combine every table that shares people, so suppression protects an indicator together with those it is
 * linked to; a new indicator cannot be published without saying how it is linked ({@link IndicatorCatalogue}
 * refuses it, and refuses a subset its filters imply but no relation declares).
 *
 * @param kind what the link is
 * @param of the other indicator's code (for the kinds between indicators)
 * @param partition the name of the partition, for {@code PART_OF} and {@code DISJOINT_PART_OF}
 */
public record Relation(Kind kind, String of, String partition) {

    public enum Kind {
        /** Region = sum of its centres (ESF: of its centre operations), nation = sum of regions: the grid's totals. */
        GEOGRAPHY,
        /** A period of several months = the sum of its months (additive measures only). */
        MONTHS,
        /** Every participant counted here is counted in {@code of}. */
        SUBSET_OF,
        /**
         * One part of a partition of {@code of}: with the other parts of the same {@code partition} it adds up to
         * {@code of} less those without a stated value, a number a reader is assumed to know.
         */
        PART_OF,
        /** Disjoint from the other parts of {@code partition}, together at most {@code of} (others exist). */
        DISJOINT_PART_OF,
        /** The same people with the same rule under another programme period's code: the same numbers. */
        SAME_AS,
        /**
         * The same facts measured otherwise (events counted, and their attendance summed): the two tables share their
         * facts but no cells, and a reader learns no linear tie between them beyond 0 <= attendance <= the largest
         * quantity accepted per fact ({@code Vocabulary.MAX_QUANTITY}), far above anything a hidden count could be
         * narrowed by. Declared so that every pair of tables reading the same facts is accounted for.
         */
        SAME_FACTS,
        /**
         * The same measure of the same facts and filter, broken down by one more dimension than {@code of} (referrals
         * closed by service type and outcome, and by outcome): each of {@code of}'s cells is the sum of this one's
         * cells with its value, and their totals are equal. Suppression protects the two as one linked table, so that
         * no hidden cell of either can be had by subtraction.
         */
        BREAKS_DOWN
    }

    boolean betweenIndicators() {
        return kind != Kind.GEOGRAPHY && kind != Kind.MONTHS;
    }

    /** A relation saying the other indicator's people or numbers contain this one's (SAME_FACTS does not). */
    boolean nests() {
        return betweenIndicators() && kind != Kind.SAME_FACTS;
    }
}
