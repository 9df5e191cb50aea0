package gr.kentra.cases.referral;

import java.time.LocalDate;
import java.util.UUID;

import gr.kentra.cases.system.ListFilter;
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
        return new ListFilter<Referral>().equal("status", status).equal("partnerId", partner)
                .equal("beneficiaryId", beneficiary).equal("requestId", request)
                .when(followUpDue, (root, query, cb) -> root.get("status")
                        .in(ReferralStatus.SENT, ReferralStatus.ACCEPTED))
                .when(followUpDue, (root, query, cb) -> cb.lessThanOrEqualTo(root.get("followUpOn"), today));
    }
}
