package gr.kentra.tenants.centre.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

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
                centre, actor, action, detail, Timestamp.from(Instant.now(clock)));
    }

    /** The centre's latest lines, newest first (at most 200). */
    public List<AuditLine> lines(String centre, int limit) {
        return jdbc.query("""
                select occurred_at, actor, action, detail from audit_event where centre_id = ?
                order by occurred_at desc, id desc limit ?""",
                (row, n) -> new AuditLine(row.getTimestamp("occurred_at").toInstant(), row.getString("actor"),
                        row.getString("action"), row.getString("detail")),
                centre, Math.clamp(limit, 1, 200));
    }
}
