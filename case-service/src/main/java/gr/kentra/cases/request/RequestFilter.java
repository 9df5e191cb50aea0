package gr.kentra.cases.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.system.InvalidField;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** The filters of GET /api/requests; each one given narrows the list, the date range is on the received date. */
record RequestFilter(RequestStatus status, String type, String assignee, UUID beneficiary, LocalDate from,
        LocalDate to) {

    /** Newest received first, then the newest written, then by id: the order of the API's list and of the page. */
    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("receivedOn"), Sort.Order.desc("registeredAt"),
            Sort.Order.asc("id"));

    RequestFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidField("to", "problem.dateRange");
        }
    }

    Specification<ServiceRequest> specification() {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (type != null && !type.isBlank()) {
                where.add(cb.equal(root.get("type"), type.strip()));
            }
            if (assignee != null && !assignee.isBlank()) {
                where.add(cb.equal(root.get("assignee"), assignee.strip()));
            }
            if (beneficiary != null) {
                where.add(cb.equal(root.get("beneficiaryId"), beneficiary));
            }
            if (from != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("receivedOn"), from));
            }
            if (to != null) {
                where.add(cb.lessThanOrEqualTo(root.get("receivedOn"), to));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
