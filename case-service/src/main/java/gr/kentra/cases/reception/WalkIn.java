package gr.kentra.cases.reception;

import java.time.Instant;
import java.util.UUID;

import gr.kentra.cases.audit.PersonRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A registered person who came to reception without an appointment: checked in, waiting, then seen by a staff
 * member (or gone). Unregistered visitors are registered first, so nothing about a person lives outside a record.
 */
@Entity
@Table(name = "walk_in")
class WalkIn implements PersonRecord {

    @Id
    private UUID id;

    @Column(name = "beneficiary_id", nullable = false)
    private UUID beneficiaryId;

    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WalkInStatus status;

    @Column(name = "arrived_at", nullable = false)
    private Instant arrivedAt;

    @Column(name = "checked_in_by", nullable = false)
    private String checkedInBy;

    @Column(name = "seen_at")
    private Instant seenAt;

    @Column(name = "seen_by")
    private String seenBy;

    @Version
    private Long version;

    protected WalkIn() {
    }

    WalkIn(UUID beneficiaryId, String purpose, String checkedInBy, Instant arrivedAt) {
        this.id = UUID.randomUUID();
        this.beneficiaryId = beneficiaryId;
        this.purpose = purpose == null || purpose.isBlank() ? null : purpose.strip();
        this.status = WalkInStatus.WAITING;
        this.checkedInBy = checkedInBy;
        this.arrivedAt = arrivedAt;
    }

    /** Seen or gone: the staff member and the time are recorded; only a waiting person moves. */
    boolean moveTo(WalkInStatus to, String staff, Instant at) {
        if (status != WalkInStatus.WAITING || to == WalkInStatus.WAITING) {
            return false;
        }
        status = to;
        seenAt = at;
        seenBy = staff;
        return true;
    }

    WalkInView view() {
        return new WalkInView(id, beneficiaryId, purpose, status, arrivedAt, checkedInBy, seenAt, seenBy, version);
    }

    public UUID id() { return id; }
    public UUID beneficiaryId() { return beneficiaryId; }
    WalkInStatus status() { return status; }
    Long version() { return version; }
}
