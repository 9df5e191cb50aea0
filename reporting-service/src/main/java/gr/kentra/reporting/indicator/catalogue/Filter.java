package gr.kentra.reporting.indicator.catalogue;

import java.util.List;

import gr.kentra.commons.facts.Flag;

/**
 * Which facts an indicator counts, on their coded attributes. Within one attribute the values are
 * alternatives; the attributes given must all hold. Absent attributes do not filter.
 */
public record Filter(List<String> category, List<String> outcome, List<String> gender, List<String> ageBand,
        List<String> employmentStatus, Integer iscedMin, Integer iscedMax, List<Flag> anyFlag, List<Flag> allFlags) {

    static final Filter NONE = new Filter(null, null, null, null, null, null, null, null, null);

    boolean isEmpty() {
        return equals(NONE);
    }

    /** True when the filter reads no profile attribute, so {@code fact_monthly_coarse} can answer it. */
    public boolean onlyCoarseAttributes() {
        return absent(ageBand) && absent(employmentStatus) && iscedMin == null && iscedMax == null
                && absent(anyFlag) && absent(allFlags);
    }

    private static boolean absent(List<?> values) {
        return values == null || values.isEmpty();
    }
}
