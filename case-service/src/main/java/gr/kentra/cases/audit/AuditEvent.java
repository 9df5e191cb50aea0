package gr.kentra.cases.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.springframework.data.domain.Persistable;

/**
 * One line of the audit trail. Never updated: the table refuses UPDATE and DELETE with a trigger. Always new,
 * so saving persists at once instead of merging (which would first look for the id: one extra query per line,
 * twenty per search page).
 */
@Entity
@Immutable
@Table(name = "audit_event")
class AuditEvent implements Persistable<UUID> {

    @Id
    private UUID id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Column(name = "beneficiary_id")
    private UUID beneficiaryId;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_type", nullable = false)
    private RecordType recordType;

    @Column(name = "record_id")
    private String recordId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditAction action;

    /** Names of the fields a change touched, comma-separated; never their values. */
    private String fields;

    private String reason;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, UUID beneficiaryId, RecordType recordType, String recordId,
            AuditAction action, String fields, String reason) {
        this.id = UUID.randomUUID();
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.beneficiaryId = beneficiaryId;
        this.recordType = recordType;
        this.recordId = recordId;
        this.action = action;
        this.fields = fields;
        this.reason = reason;
    }

    UUID id() { return id; }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return true;
    }
    Instant occurredAt() { return occurredAt; }
    String actor() { return actor; }
    UUID beneficiaryId() { return beneficiaryId; }
    RecordType recordType() { return recordType; }
    String recordId() { return recordId; }
    AuditAction action() { return action; }
    String fields() { return fields; }
    String reason() { return reason; }
}
