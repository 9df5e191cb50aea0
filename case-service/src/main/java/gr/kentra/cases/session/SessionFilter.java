package gr.kentra.cases.session;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

import gr.kentra.cases.system.ListFilter;
import org.springframework.data.jpa.domain.Specification;

/** The filters of GET /api/sessions; any may be absent. Dates are inclusive. */
record SessionFilter(UUID beneficiary, SessionType type, LocalDate from, LocalDate to, String author) {

    Specification<CounsellingSession> specification() {
        return new ListFilter<CounsellingSession>()
                .when(beneficiary != null, (root, query, cb) -> cb.isMember(beneficiary,
                        root.<Collection<UUID>>get("participants")))
                .equal("type", type).within("heldOn", from, to).equalText("author", author);
    }
}
