package gr.kentra.cases.gdpr.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One decision for one or more records past their retention period: {@code ERASE} them, or {@code KEEP} them until
 * {@code reviewOn}. The reason (10-500 characters, without the person's name) is recorded and audited.
 */
public record RetentionDecisionRequest(@NotNull RetentionDecisionView.Decision decision,
        @NotEmpty @Size(max = RetentionDecisions.MAX_PEOPLE) List<@NotNull UUID> beneficiaryIds, String reason,
        LocalDate reviewOn) {
}
