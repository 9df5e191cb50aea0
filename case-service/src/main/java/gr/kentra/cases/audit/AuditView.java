package gr.kentra.cases.audit;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** One audit event as the coordinator sees it. */
record AuditView(UUID id, Instant occurredAt, String actor, UUID beneficiaryId, RecordType recordType,
        String recordId, AuditAction action, List<String> fields, String reason) {

    static AuditView of(AuditEvent e) {
        List<String> fields = e.fields() == null ? List.of() : Arrays.asList(e.fields().split(","));
        return new AuditView(e.id(), e.occurredAt(), e.actor(), e.beneficiaryId(), e.recordType(), e.recordId(),
                e.action(), fields, e.reason());
    }
}
