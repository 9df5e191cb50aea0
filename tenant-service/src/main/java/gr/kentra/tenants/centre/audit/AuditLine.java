package gr.kentra.tenants.centre.audit;

import java.time.Instant;

/** One line of a centre's audit trail as the admin page shows it. */
public record AuditLine(Instant occurredAt, String actor, String action, String detail) {
}
