package gr.kentra.cases.communityevent;

import java.time.LocalDate;

import gr.kentra.cases.system.ListFilter;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** The filters of GET /api/events; each one given narrows the list, the date range is inclusive. */
record EventFilter(EventKind kind, Audience audience, LocalDate from, LocalDate to) {

    /** Newest held first, then the newest written, then by id: the order of the API's list and of the page. */
    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("heldOn"), Sort.Order.desc("recordedAt"),
            Sort.Order.asc("id"));

    EventFilter {
        ListFilter.requireRange(from, to);
    }

    Specification<CommunityEvent> specification() {
        return new ListFilter<CommunityEvent>().equal("kind", kind).equal("audience", audience)
                .within("heldOn", from, to);
    }
}
