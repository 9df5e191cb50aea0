package gr.kentra.tenants.centre.registry;

import java.util.Map;
import java.util.Set;

import org.springframework.modulith.NamedInterface;

/**
 * A centre's lifecycle. Suspension is reversible; archiving ends staff access for good. DELETED follows ARCHIVED
 * only through the two-step deletion after the retention period (package {@code lifecycle}), never by a status
 * change, and is final: the registry row stays as a tombstone.
 */
@NamedInterface("registry")
public enum CentreStatus {
    ONBOARDING, ACTIVE, SUSPENDED, ARCHIVED, DELETED;

    private static final Map<CentreStatus, Set<CentreStatus>> NEXT = Map.of(
            ONBOARDING, Set.of(ACTIVE, ARCHIVED),
            ACTIVE, Set.of(SUSPENDED, ARCHIVED),
            SUSPENDED, Set.of(ACTIVE, ARCHIVED),
            ARCHIVED, Set.of(),
            DELETED, Set.of());

    /** The statuses this one may move to, in lifecycle order; what the admin page offers as buttons. */
    public Set<CentreStatus> next() {
        return NEXT.get(this).isEmpty() ? Set.of() : java.util.EnumSet.copyOf(NEXT.get(this));
    }

    boolean canBecome(CentreStatus next) {
        return next == this || NEXT.get(this).contains(next);
    }
}
