package gr.kentra.cases.communityevent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import gr.kentra.cases.system.InvalidField;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** The filters of GET /api/events; each one given narrows the list, the date range is inclusive. */
record EventFilter(EventKind kind, Audience audience, LocalDate from, LocalDate to) {

    /** Newest held first, then the newest written, then by id: the order of the API's list and of the page. */
    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("heldOn"), Sort.Order.desc("recordedAt"),
            Sort.Order.asc("id"));

    EventFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidField("to", "problem.dateRange");
        }
    }

    Specification<CommunityEvent> specification() {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (kind != null) {
                where.add(cb.equal(root.get("kind"), kind));
            }
            if (audience != null) {
                where.add(cb.equal(root.get("audience"), audience));
            }
            if (from != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("heldOn"), from));
            }
            if (to != null) {
                where.add(cb.lessThanOrEqualTo(root.get("heldOn"), to));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
