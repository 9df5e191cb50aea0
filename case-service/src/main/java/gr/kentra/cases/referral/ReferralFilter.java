package gr.kentra.cases.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * The filters of GET /api/referrals; each one given narrows the list. {@code followUpDue} keeps the open
 * referrals (SENT or ACCEPTED) whose follow-up date is {@code today} or earlier.
 */
record ReferralFilter(ReferralStatus status, UUID partner, UUID beneficiary, UUID request, boolean followUpDue) {

    /** Newest sent first, then the newest written, then by id: the order of the API's list and of the page. */
    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("sentOn"), Sort.Order.desc("createdAt"),
            Sort.Order.asc("id"));

    /** The order of the referrals due for follow-up: the oldest follow-up date first. */
    static final Sort FOLLOW_UP_FIRST = Sort.by(Sort.Order.asc("followUpOn"), Sort.Order.asc("sentOn"),
            Sort.Order.asc("id"));

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
