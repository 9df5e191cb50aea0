package gr.kentra.cases.homeless;

import java.time.LocalDate;
import java.util.UUID;

import gr.kentra.cases.system.ListFilter;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** The filters of GET /api/homeless-register; each one given narrows the list, dates are on the registered date. */
record EntryFilter(HomelessStatus status, HomelessSituation situation, UUID beneficiary, UUID shelter,
        LocalDate from, LocalDate to) {

    /** Newest registered first, then the newest written, then by id: the order of the API's list and of the page. */
    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("registeredOn"), Sort.Order.desc("createdAt"),
            Sort.Order.asc("id"));

    EntryFilter {
        ListFilter.requireRange(from, to);
    }

    Specification<HomelessRegisterEntry> specification() {
        return new ListFilter<HomelessRegisterEntry>().equal("status", status).equal("situation", situation)
                .equal("beneficiaryId", beneficiary).equal("shelterPartnerId", shelter)
                .within("registeredOn", from, to);
    }
}
