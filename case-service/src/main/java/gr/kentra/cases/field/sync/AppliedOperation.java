package gr.kentra.cases.field.sync;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One operation of the field kit's log, kept once it took effect (applied, merged or kept as a conflict), so that a
 * replay of its id answers the same outcome and changes nothing. Holds ids, versions and field names, never values.
 */
@Entity
@Table(name = "field_operation")
class AppliedOperation {

    @Id
    @Column(name = "op_id")
    private UUID opId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OperationKind kind;

    @Column(name = "entity_id")
    private UUID entityId;

    @Column(name = "base_version")
    private Long baseVersion;

    @Column(name = "made_at", nullable = false)
    private Instant madeAt;

    @Column(name = "made_by", nullable = false)
    private String madeBy;

    @Column(name = "synced_at", nullable = false)
    private Instant syncedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @Column(name = "result_id")
    private UUID resultId;

    @Column(name = "result_version")
    private Long resultVersion;

    @Column(name = "merged_fields")
    private String mergedFields;

    @Column(name = "conflict_id")
    private UUID conflictId;

    protected AppliedOperation() {
    }

    AppliedOperation(Operation op, String madeBy, Instant syncedAt, OperationResult result) {
        this.opId = op.opId();
        this.kind = op.kind();
        this.entityId = op.entityId();
        this.baseVersion = op.baseVersion();
        this.madeAt = op.madeAt();
        this.madeBy = madeBy;
        this.syncedAt = syncedAt;
        this.outcome = result.outcome();
        this.resultId = result.id();
        this.resultVersion = result.version();
        this.mergedFields = result.mergedFields() == null || result.mergedFields().isEmpty() ? null
                : String.join(",", result.mergedFields());
        this.conflictId = result.conflictId();
    }

    /** What the operation answered when it took effect, answered again to a replay. */
    OperationResult replayed() {
        return new OperationResult(opId, outcome, true, resultId, resultVersion,
                mergedFields == null ? java.util.List.of() : java.util.List.of(mergedFields.split(",")), conflictId,
                null);
    }

    OperationKind kind() { return kind; }
    UUID entityId() { return entityId; }
    UUID resultId() { return resultId; }
}
