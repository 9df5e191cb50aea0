package gr.kentra.cases.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A referral as the API shows it; {@code next} lists the statuses it may move to now. */
record ReferralView(UUID id, UUID beneficiaryId, UUID requestId, UUID partnerId, String reason,
        ReferralStatus status, List<ReferralStatus> next, LocalDate sentOn, LocalDate followUpOn, String outcome,
        LocalDate closedOn, String createdBy, Instant createdAt, Long version, UUID directoryServiceId) {

    static ReferralView of(Referral r) {
        return new ReferralView(r.id(), r.beneficiaryId(), r.requestId(), r.partnerId(), r.reason(), r.status(),
                List.copyOf(r.status().next()), r.sentOn(), r.followUpOn(), r.outcome(), r.closedOn(),
                r.createdBy(), r.createdAt(), r.version(), r.directoryServiceId());
    }
}
