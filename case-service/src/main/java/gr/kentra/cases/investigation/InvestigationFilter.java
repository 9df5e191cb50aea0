package gr.kentra.cases.investigation;

import java.time.LocalDate;
import java.util.UUID;

import gr.kentra.cases.system.ListFilter;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** The filters of GET /api/investigations; each one given narrows the list, dates are on the requested date. */
record InvestigationFilter(InvestigationStatus status, InvestigationKind kind, UUID beneficiary, UUID request,
        LocalDate from, LocalDate to) {

    /** Newest requested first, then the newest written, then by id: the order of the API's list and of the page. */
    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("requestedOn"), Sort.Order.desc("createdAt"),
            Sort.Order.asc("id"));

    InvestigationFilter {
        ListFilter.requireRange(from, to);
    }

    Specification<SocialInvestigation> specification() {
        return new ListFilter<SocialInvestigation>().equal("status", status).equal("kind", kind)
                .equal("beneficiaryId", beneficiary).equal("requestId", request).within("requestedOn", from, to);
    }
}
