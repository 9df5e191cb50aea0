package gr.kentra.cases.distribution;

import java.time.LocalDate;
import java.util.UUID;

import gr.kentra.cases.system.ListFilter;
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
        ListFilter.requireRange(from, to);
    }

    Specification<GoodsDistribution> specification() {
        return new ListFilter<GoodsDistribution>().equal("beneficiaryId", beneficiary).equal("programme", programme)
                .when(kind != null, (root, query, cb) -> {
                    // A subquery rather than a join, so that a distribution with two such lines is listed once.
                    var lines = query.subquery(Integer.class);
                    var distribution = lines.from(GoodsDistribution.class);
                    var line = distribution.join("lines");
                    lines.select(cb.literal(1)).where(cb.equal(distribution.get("id"), root.get("id")),
                            cb.equal(line.get("kind"), kind));
                    return cb.exists(lines);
                })
                .within("distributedOn", from, to);
    }
}
