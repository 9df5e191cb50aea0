package gr.kentra.cases.investigation;

import java.time.LocalDate;
import java.util.UUID;

/** Published in the transaction that completes a social investigation, for the anonymised indicators. */
public record InvestigationCompleted(UUID investigationId, UUID beneficiaryId, InvestigationKind kind,
        LocalDate completedOn) {
}
