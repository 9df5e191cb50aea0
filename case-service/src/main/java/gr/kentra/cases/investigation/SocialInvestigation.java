package gr.kentra.cases.investigation;

import static gr.kentra.cases.system.Edits.blankToNull;
import static gr.kentra.cases.system.Edits.track;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.audit.PersonRecord;
import gr.kentra.cases.system.InvalidField;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A social investigation (κοινωνική έρευνα) about a person, from request to report. */
@Entity
@Table(name = "social_investigation")
class SocialInvestigation implements PersonRecord {

    @Id
    private UUID id;

    @Column(name = "beneficiary_id", nullable = false)
    private UUID beneficiaryId;

    @Column(name = "request_id")
    private UUID requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InvestigationKind kind;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_on", nullable = false)
    private LocalDate requestedOn;

    @Column(name = "home_visit_on")
    private LocalDate homeVisitOn;

    private String findings;

    private String conclusion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InvestigationStatus status;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private Long version;

    protected SocialInvestigation() {
    }

    static SocialInvestigation open(NewInvestigation request, LocalDate today, String createdBy, Instant now) {
        SocialInvestigation i = new SocialInvestigation();
        i.id = UUID.randomUUID();
        i.beneficiaryId = request.beneficiaryId();
        i.requestId = request.requestId();
        i.kind = request.kind();
        i.requestedBy = request.requestedBy().strip();
        i.requestedOn = request.requestedOn() == null ? today : request.requestedOn();
        i.homeVisitOn = checkedVisit(request.homeVisitOn(), i.requestedOn);
        i.findings = blankToNull(request.findings());
        i.conclusion = blankToNull(request.conclusion());
        i.status = InvestigationStatus.OPEN;
        i.createdBy = createdBy;
        i.createdAt = now;
        return i;
    }

    /**
     * Takes over the change; returns the names of the fields that changed (never their values). A closed
     * investigation is a document already issued or withdrawn: it is not rewritten (409).
     */
    List<String> apply(InvestigationChange change) {
        if (status.closed()) {
            throw InvestigationProblems.closed(status);
        }
        List<String> changed = new ArrayList<>();
        kind = track(changed, "kind", kind, change.kind());
        requestedBy = track(changed, "requestedBy", requestedBy, change.requestedBy().strip());
        requestedOn = track(changed, "requestedOn", requestedOn, change.requestedOn());
        homeVisitOn = track(changed, "homeVisitOn", homeVisitOn, checkedVisit(change.homeVisitOn(), requestedOn));
        findings = track(changed, "findings", findings, blankToNull(change.findings()));
        conclusion = track(changed, "conclusion", conclusion, blankToNull(change.conclusion()));
        return changed;
    }

    /**
     * Moves on if the workflow allows it (409 naming the allowed states if not). Completing needs the findings
     * and the conclusion, cancelling needs a reason; either records the closing day.
     */
    void moveTo(InvestigationStatus to, String reason, LocalDate today) {
        status.requireMoveTo(to);
        if (to == InvestigationStatus.COMPLETED) {
            if (findings == null) {
                throw new InvalidField("findings", "problem.investigation.findingsRequired");
            }
            if (conclusion == null) {
                throw new InvalidField("conclusion", "problem.investigation.conclusionRequired");
            }
        }
        if (to == InvestigationStatus.CANCELLED) {
            if (reason == null || reason.isBlank()) {
                throw new InvalidField("reason", "problem.investigation.reasonRequired");
            }
            cancelReason = reason.strip();
        }
        status = to;
        closedOn = today;
    }

    private static LocalDate checkedVisit(LocalDate homeVisitOn, LocalDate requestedOn) {
        if (homeVisitOn != null && homeVisitOn.isBefore(requestedOn)) {
            throw new InvalidField("homeVisitOn", "problem.investigation.visitBeforeRequest");
        }
        return homeVisitOn;
    }

    public UUID id() { return id; }
    public UUID beneficiaryId() { return beneficiaryId; }
    UUID requestId() { return requestId; }
    InvestigationKind kind() { return kind; }
    String requestedBy() { return requestedBy; }
    LocalDate requestedOn() { return requestedOn; }
    LocalDate homeVisitOn() { return homeVisitOn; }
    String findings() { return findings; }
    String conclusion() { return conclusion; }
    InvestigationStatus status() { return status; }
    LocalDate closedOn() { return closedOn; }
    String cancelReason() { return cancelReason; }
    String createdBy() { return createdBy; }
    Instant createdAt() { return createdAt; }
    Long version() { return version; }
}
