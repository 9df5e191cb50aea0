package gr.kentra.cases.homeless;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.system.InvalidField;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** The filters of GET /api/homeless-register; each one given narrows the list, dates are on the registered date. */
record EntryFilter(HomelessStatus status, HomelessSituation situation, UUID beneficiary, UUID shelter,
        LocalDate from, LocalDate to) {

    /** Newest registered first, then the newest written, then by id: the order of the API's list and of the page. */
    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("registeredOn"), Sort.Order.desc("createdAt"),
            Sort.Order.asc("id"));

    EntryFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidField("to", "problem.dateRange");
        }
    }

    Specification<HomelessRegisterEntry> specification() {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (situation != null) {
                where.add(cb.equal(root.get("situation"), situation));
            }
            if (beneficiary != null) {
                where.add(cb.equal(root.get("beneficiaryId"), beneficiary));
            }
            if (shelter != null) {
                where.add(cb.equal(root.get("shelterPartnerId"), shelter));
            }
            if (from != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("registeredOn"), from));
            }
            if (to != null) {
                where.add(cb.lessThanOrEqualTo(root.get("registeredOn"), to));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
