package gr.kentra.tenants.centre;

import java.util.Map;
import java.util.Set;

/** A centre's lifecycle. Archived is final; suspension is reversible. */
public enum CentreStatus {
    ONBOARDING, ACTIVE, SUSPENDED, ARCHIVED;

    private static final Map<CentreStatus, Set<CentreStatus>> NEXT = Map.of(
            ONBOARDING, Set.of(ACTIVE, ARCHIVED),
            ACTIVE, Set.of(SUSPENDED, ARCHIVED),
            SUSPENDED, Set.of(ACTIVE, ARCHIVED),
            ARCHIVED, Set.of());

    /** The statuses this one may move to, in lifecycle order; what the admin page offers as buttons. */
    public Set<CentreStatus> next() {
        return NEXT.get(this).isEmpty() ? Set.of() : java.util.EnumSet.copyOf(NEXT.get(this));
    }

    boolean canBecome(CentreStatus next) {
        return next == this || NEXT.get(this).contains(next);
    }
}
