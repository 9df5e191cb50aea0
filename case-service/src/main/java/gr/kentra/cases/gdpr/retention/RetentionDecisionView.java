package gr.kentra.cases.gdpr.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import gr.kentra.cases.gdpr.catalogue.KeptByLaw;

/**
 * A recorded retention decision: who decided what about which record, when and why. {@code firstName} and
 * {@code lastName} are null once the person is erased; {@code keptByLaw} is given only in the answer to an erasure
 * (what a law keeps of that record, as the erasure answers it).
 */
public record RetentionDecisionView(UUID id, UUID beneficiaryId, String firstName, String lastName, Decision decision,
        String reason, LocalDate reviewOn, LocalDate lastActivity, String decidedBy, Instant decidedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<KeptByLaw> keptByLaw) {

    public enum Decision {
        /** Erased (GDPR Art. 17(1)(a): no longer necessary), as {@code DELETE /api/beneficiaries/{id}} erases. */
        ERASE,
        /** Still needed: kept, and off the retention list until the review date. */
        KEEP
    }

    /** The answer to a decision: one line per record decided on. */
    public record Decided(List<RetentionDecisionView> decisions) {
    }
}
