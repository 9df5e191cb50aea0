package gr.kentra.commons.facts;

import java.util.Collection;

/**
 * Vulnerability flags of a person at the time of the fact. Stored as a bitmask of ordinals, so constants
 * are only ever appended: reordering them would change the meaning of every stored fact.
 */
public enum Flag {
    DISABILITY,
    MIGRANT,
    FOREIGN_BACKGROUND,
    THIRD_COUNTRY_NATIONAL,
    ROMA,
    HOMELESS,
    RURAL,
    SINGLE_PARENT,
    JOBLESS_HOUSEHOLD,
    DEPENDENT_CHILDREN,
    OTHER_DISADVANTAGE;

    public int bit() {
        return 1 << ordinal();
    }

    public static int mask(Collection<Flag> flags) {
        int mask = 0;
        for (Flag flag : flags) {
            mask |= flag.bit();
        }
        return mask;
    }
}
