package gr.kentra.cases.request;

import java.time.LocalDate;
import java.util.UUID;

import gr.kentra.cases.system.ListFilter;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** The filters of GET /api/requests; each one given narrows the list, the date range is on the received date. */
record RequestFilter(RequestStatus status, String type, String assignee, UUID beneficiary, LocalDate from,
        LocalDate to) {

    /** Newest received first, then the newest written, then by id: the order of the API's list and of the page. */
    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("receivedOn"), Sort.Order.desc("registeredAt"),
            Sort.Order.asc("id"));

    RequestFilter {
        ListFilter.requireRange(from, to);
    }

    Specification<ServiceRequest> specification() {
        return new ListFilter<ServiceRequest>().equal("status", status).equalText("type", type)
                .equalText("assignee", assignee).equal("beneficiaryId", beneficiary).within("receivedOn", from, to);
    }
}
