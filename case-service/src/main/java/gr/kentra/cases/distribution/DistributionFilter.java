package gr.kentra.cases.distribution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.system.InvalidField;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * The filters of GET /api/distributions; each one given narrows the list. {@code kind} keeps distributions with
 * at least one line of that kind; the date range is inclusive.
 */
record DistributionFilter(UUID beneficiary, Programme programme, GoodsKind kind, LocalDate from, LocalDate to) {

    /** Newest distributed first, then the newest written, then by id: the order of the API's list and of the page. */
    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("distributedOn"), Sort.Order.desc("recordedAt"),
            Sort.Order.asc("id"));

    DistributionFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidField("to", "problem.dateRange");
        }
    }

    Specification<GoodsDistribution> specification() {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (beneficiary != null) {
                where.add(cb.equal(root.get("beneficiaryId"), beneficiary));
            }
            if (programme != null) {
                where.add(cb.equal(root.get("programme"), programme));
            }
            if (kind != null) {
                // A subquery rather than a join, so that a distribution with two such lines is listed once.
                var lines = query.subquery(Integer.class);
                var distribution = lines.from(GoodsDistribution.class);
                var line = distribution.join("lines");
                lines.select(cb.literal(1)).where(cb.equal(distribution.get("id"), root.get("id")),
                        cb.equal(line.get("kind"), kind));
                where.add(cb.exists(lines));
            }
            if (from != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("distributedOn"), from));
            }
            if (to != null) {
                where.add(cb.lessThanOrEqualTo(root.get("distributedOn"), to));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
