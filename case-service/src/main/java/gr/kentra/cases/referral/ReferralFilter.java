package gr.kentra.cases.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

/**
 * The filters of GET /api/referrals; each one given narrows the list. {@code followUpDue} keeps the open
 * referrals (SENT or ACCEPTED) whose follow-up date is {@code today} or earlier.
 */
record ReferralFilter(ReferralStatus status, UUID partner, UUID beneficiary, UUID request, boolean followUpDue) {

    Specification<Referral> specification(LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (partner != null) {
                where.add(cb.equal(root.get("partnerId"), partner));
            }
            if (beneficiary != null) {
                where.add(cb.equal(root.get("beneficiaryId"), beneficiary));
            }
            if (request != null) {
                where.add(cb.equal(root.get("requestId"), request));
            }
            if (followUpDue) {
                where.add(root.get("status").in(ReferralStatus.SENT, ReferralStatus.ACCEPTED));
                where.add(cb.lessThanOrEqualTo(root.get("followUpOn"), today));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
