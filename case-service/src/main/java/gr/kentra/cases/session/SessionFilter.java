package gr.kentra.cases.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

/** The filters of GET /api/sessions; any may be absent. Dates are inclusive. */
record SessionFilter(UUID beneficiary, SessionType type, LocalDate from, LocalDate to, String author) {

    Specification<CounsellingSession> specification() {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (beneficiary != null) {
                where.add(cb.isMember(beneficiary, root.<java.util.Collection<UUID>>get("participants")));
            }
            if (type != null) {
                where.add(cb.equal(root.get("type"), type));
            }
            if (from != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("heldOn"), from));
            }
            if (to != null) {
                where.add(cb.lessThanOrEqualTo(root.get("heldOn"), to));
            }
            if (author != null && !author.isBlank()) {
                where.add(cb.equal(root.get("author"), author.strip()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
