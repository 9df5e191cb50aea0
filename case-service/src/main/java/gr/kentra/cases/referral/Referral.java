package gr.kentra.cases.referral;

import static gr.kentra.cases.system.Edits.track;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.audit.PersonRecord;
import gr.kentra.cases.directory.PartnerKind;
import gr.kentra.cases.system.InvalidField;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person referred to a partner, and what came of it. */
@Entity
@Table(name = "referral")
class Referral implements PersonRecord {

    @Id
    private UUID id;

    @Column(name = "beneficiary_id", nullable = false)
    private UUID beneficiaryId;

    @Column(name = "request_id")
    private UUID requestId;

    @Column(name = "partner_id", nullable = false)
    private UUID partnerId;

    @Column(name = "directory_service_id")
    private UUID directoryServiceId;

    /**
     * The service type when sent (its directory service's, else its partner's kind), kept so that the sent and the
     * closed facts count it under the same type even if the directory entry's type changes meanwhile; null only for
     * referrals sent before it was kept whose regional entry the migration could not read.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "service_type")
    private PartnerKind serviceType;

    @Column(nullable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReferralStatus status;

    @Column(name = "sent_on", nullable = false)
    private LocalDate sentOn;

    @Column(name = "follow_up_on")
    private LocalDate followUpOn;

    private String outcome;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private Long version;

    protected Referral() {
    }

    static Referral send(NewReferral request, UUID partnerId, PartnerKind serviceType, LocalDate today,
            String createdBy, Instant now) {
        Referral r = new Referral();
        r.id = UUID.randomUUID();
        r.beneficiaryId = request.beneficiaryId();
        r.requestId = request.requestId();
        r.partnerId = partnerId;
        r.directoryServiceId = request.directoryServiceId();
        r.serviceType = serviceType;
        r.reason = request.reason().strip();
        r.status = ReferralStatus.SENT;
        r.sentOn = request.sentOn() == null ? today : request.sentOn();
        r.followUpOn = checkedFollowUp(request.followUpOn(), r.sentOn);
        r.createdBy = createdBy;
        r.createdAt = now;
        return r;
    }

    /** Takes over the change; returns the names of the fields that changed (never their values). */
    List<String> apply(ReferralChange change) {
        List<String> changed = new ArrayList<>();
        reason = track(changed, "reason", reason, change.reason().strip());
        followUpOn = track(changed, "followUpOn", followUpOn, checkedFollowUp(change.followUpOn(), sentOn));
        return changed;
    }

    /** Moves on if the workflow allows it (409 naming the allowed states if not), recording outcome and closing day. */
    void moveTo(ReferralStatus to, String outcome, LocalDate today) {
        status.requireMoveTo(to);
        boolean blank = outcome == null || outcome.isBlank();
        if (to.needsOutcome() && blank) {
            throw new InvalidField("outcome", "problem.outcomeRequired");
        }
        status = to;
        if (!blank) {
            this.outcome = outcome.strip();
        }
        if (to.closed()) {
            closedOn = today;
        }
    }

    private static LocalDate checkedFollowUp(LocalDate followUpOn, LocalDate sentOn) {
        if (followUpOn != null && followUpOn.isBefore(sentOn)) {
            throw new InvalidField("followUpOn", "problem.referral.followUpBeforeSent");
        }
        return followUpOn;
    }

    public UUID id() { return id; }
    public UUID beneficiaryId() { return beneficiaryId; }
    UUID requestId() { return requestId; }
    UUID partnerId() { return partnerId; }
    UUID directoryServiceId() { return directoryServiceId; }
    PartnerKind serviceType() { return serviceType; }
    String reason() { return reason; }
    ReferralStatus status() { return status; }
    LocalDate sentOn() { return sentOn; }
    LocalDate followUpOn() { return followUpOn; }
    String outcome() { return outcome; }
    LocalDate closedOn() { return closedOn; }
    String createdBy() { return createdBy; }
    Instant createdAt() { return createdAt; }
    Long version() { return version; }
}
