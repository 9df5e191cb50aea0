package gr.kentra.reporting.indicator.catalogue;

import java.util.List;

import gr.kentra.commons.facts.Vocabulary;

/** Whether every fact one filter lets through is let through by another (the people of one are within the other's). */
final class FilterOrder {

    private FilterOrder() {
    }

    static boolean implies(Filter part, Filter whole) {
        return within(part.category(), whole.category()) && within(part.outcome(), whole.outcome())
                && within(part.gender(), whole.gender()) && within(part.ageBand(), whole.ageBand())
                && within(part.employmentStatus(), whole.employmentStatus()) && isced(part, whole)
                && anyFlag(part, whole) && (absent(whole.allFlags())
                        || !absent(part.allFlags()) && part.allFlags().containsAll(whole.allFlags()));
    }

    /** An absent list lets everything through (including facts without the attribute). */
    private static boolean within(List<?> part, List<?> whole) {
        return absent(whole) || !absent(part) && whole.containsAll(part);
    }

    private static boolean isced(Filter part, Filter whole) {
        if (whole.iscedMin() == null && whole.iscedMax() == null) {
            return true;
        }
        if (part.iscedMin() == null && part.iscedMax() == null) {
            return false;
        }
        int partMin = part.iscedMin() == null ? Vocabulary.ISCED_MIN : part.iscedMin();
        int partMax = part.iscedMax() == null ? Vocabulary.ISCED_MAX : part.iscedMax();
        int wholeMin = whole.iscedMin() == null ? Vocabulary.ISCED_MIN : whole.iscedMin();
        int wholeMax = whole.iscedMax() == null ? Vocabulary.ISCED_MAX : whole.iscedMax();
        return wholeMin <= partMin && partMax <= wholeMax;
    }

    /** Any of the whole's flags: the part has one of its own any-flags, all within, or one of them for sure. */
    private static boolean anyFlag(Filter part, Filter whole) {
        if (absent(whole.anyFlag())) {
            return true;
        }
        return !absent(part.anyFlag()) && whole.anyFlag().containsAll(part.anyFlag())
                || !absent(part.allFlags()) && part.allFlags().stream().anyMatch(whole.anyFlag()::contains);
    }

    private static boolean absent(List<?> values) {
        return values == null || values.isEmpty();
    }
}
