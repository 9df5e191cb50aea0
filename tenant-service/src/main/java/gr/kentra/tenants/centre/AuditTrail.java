package gr.kentra.tenants.centre;

import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Append-only record of what was done to which centre, by whom. Never personal data of beneficiaries. Public for
 * the lifecycle package (archive export, deletion), which writes to the same trail.
 */
@Component
public class AuditTrail {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditTrail(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String centre, String actor, String action, String detail) {
        jdbc.update("insert into audit_event (centre_id, actor, action, detail, occurred_at) values (?, ?, ?, ?, ?)",
                centre, actor, action, detail, java.sql.Timestamp.from(Instant.now(clock)));
    }
}
