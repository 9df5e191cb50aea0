package gr.kentra.cases.field.conflict;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Fields a field operation changed that the centre changed too since the version the operation was made on: both
 * values kept side by side ({@code fields}: JSON {@code {"phone":{"mine":…,"theirs":…}}}) until a person decides.
 */
@Entity
@Table(name = "field_conflict")
public class FieldConflict {

    enum Status { OPEN, RESOLVED }

    @Id
    private UUID id;

    @Column(name = "op_id", nullable = false)
    private UUID opId;

    @Column(name = "beneficiary_id", nullable = false)
    private UUID beneficiaryId;

    @Column(name = "base_version", nullable = false)
    private long baseVersion;

    @Column(nullable = false)
    private String fields;

    @Column(name = "made_by", nullable = false)
    private String madeBy;

    @Column(name = "made_at", nullable = false)
    private Instant madeAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    private String choices;

    @Version
    private Long version;

    protected FieldConflict() {
    }

    public FieldConflict(UUID opId, UUID beneficiaryId, long baseVersion, String fields, String madeBy, Instant madeAt,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.opId = opId;
        this.beneficiaryId = beneficiaryId;
        this.baseVersion = baseVersion;
        this.fields = fields;
        this.madeBy = madeBy;
        this.madeAt = madeAt;
        this.createdAt = createdAt;
        this.status = Status.OPEN;
    }

    void resolve(String by, Instant at, String choices) {
        this.status = Status.RESOLVED;
        this.resolvedBy = by;
        this.resolvedAt = at;
        this.choices = choices;
    }

    public UUID id() { return id; }
    UUID opId() { return opId; }
    UUID beneficiaryId() { return beneficiaryId; }
    long baseVersion() { return baseVersion; }
    String fields() { return fields; }
    String madeBy() { return madeBy; }
    Instant madeAt() { return madeAt; }
    Instant createdAt() { return createdAt; }
    Status status() { return status; }
    String resolvedBy() { return resolvedBy; }
    Instant resolvedAt() { return resolvedAt; }
    String choices() { return choices; }
    Long version() { return version; }
}
