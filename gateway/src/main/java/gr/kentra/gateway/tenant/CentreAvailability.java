package gr.kentra.gateway.tenant;

import java.util.Optional;

import gr.kentra.commons.tenant.TenantId;

/** Whether a centre's members may reach it now, as far as the gateway knows (see TenantStatusCache). */
@FunctionalInterface
public interface CentreAvailability {

    /** Every centre open: for tests and tools that do not care about lifecycle. */
    CentreAvailability ALWAYS_OPEN = tenant -> Optional.empty();

    /** Why the centre's members must be refused now, or empty when it is open. */
    Optional<Unavailable> refusal(TenantId tenant);

    /** The lifecycle states in which a centre's staff are kept out. */
    enum Unavailable {
        /** Reversible: data untouched, access paused by the platform administrators. */
        SUSPENDED,
        /** Final: staff access has ended. */
        ARCHIVED
    }
}
