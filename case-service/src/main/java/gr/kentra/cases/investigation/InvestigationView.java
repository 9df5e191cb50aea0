package gr.kentra.cases.investigation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.audit.PersonRecord;

/** A social investigation as the API shows it; {@code next} lists the statuses it may move to now. */
record InvestigationView(UUID id, UUID beneficiaryId, UUID requestId, InvestigationKind kind, String requestedBy,
        LocalDate requestedOn, LocalDate homeVisitOn, String findings, String conclusion, InvestigationStatus status,
        List<InvestigationStatus> next, LocalDate closedOn, String cancelReason, String report, String createdBy,
        Instant createdAt, Long version) implements PersonRecord {

    static InvestigationView of(SocialInvestigation i) {
        String report = i.status() == InvestigationStatus.COMPLETED ? "/api/investigations/" + i.id() + "/report"
                : null;
        return new InvestigationView(i.id(), i.beneficiaryId(), i.requestId(), i.kind(), i.requestedBy(),
                i.requestedOn(), i.homeVisitOn(), i.findings(), i.conclusion(), i.status(),
                List.copyOf(i.status().next()), i.closedOn(), i.cancelReason(), report, i.createdBy(),
                i.createdAt(), i.version());
    }
}
