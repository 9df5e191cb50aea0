package gr.kentra.cases.referral;

import java.util.EnumSet;
import java.util.Set;

import gr.kentra.cases.system.StatusFlow;

/**
 * Where a referral stands: SENT → ACCEPTED → COMPLETED; the partner may decline it when it arrives or after
 * accepting it (DECLINED); SENT → NO_RESPONSE when the partner never answered. COMPLETED, DECLINED and
 * NO_RESPONSE close it.
 */
public enum ReferralStatus implements StatusFlow<ReferralStatus> {
    SENT,
    ACCEPTED,
    COMPLETED,
    DECLINED,
    NO_RESPONSE;

    @Override
    public Set<ReferralStatus> next() {
        return switch (this) {
            case SENT -> EnumSet.of(ACCEPTED, DECLINED, NO_RESPONSE);
            case ACCEPTED -> EnumSet.of(COMPLETED, DECLINED);
            case COMPLETED, DECLINED, NO_RESPONSE -> EnumSet.noneOf(ReferralStatus.class);
        };
    }

    /** Silence is an outcome in itself; what the partner did or said must be written down. */
    boolean needsOutcome() {
        return this == COMPLETED || this == DECLINED;
    }
}
