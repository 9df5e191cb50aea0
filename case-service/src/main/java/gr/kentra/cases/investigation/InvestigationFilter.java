package gr.kentra.cases.investigation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.system.InvalidField;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** The filters of GET /api/investigations; each one given narrows the list, dates are on the requested date. */
record InvestigationFilter(InvestigationStatus status, InvestigationKind kind, UUID beneficiary, UUID request,
        LocalDate from, LocalDate to) {

    /** Newest requested first, then the newest written, then by id: the order of the API's list and of the page. */
    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("requestedOn"), Sort.Order.desc("createdAt"),
            Sort.Order.asc("id"));

    InvestigationFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidField("to", "problem.dateRange");
        }
    }

    Specification<SocialInvestigation> specification() {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (kind != null) {
                where.add(cb.equal(root.get("kind"), kind));
            }
            if (beneficiary != null) {
                where.add(cb.equal(root.get("beneficiaryId"), beneficiary));
            }
            if (request != null) {
                where.add(cb.equal(root.get("requestId"), request));
            }
            if (from != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("requestedOn"), from));
            }
            if (to != null) {
                where.add(cb.lessThanOrEqualTo(root.get("requestedOn"), to));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
