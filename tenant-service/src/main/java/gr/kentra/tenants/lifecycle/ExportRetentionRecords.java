package gr.kentra.tenants.lifecycle;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import gr.kentra.tenants.centre.registry.CentreStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The registry's side of the export retention review: the exports still held, and the decisions taken on them. */
@Repository
class ExportRetentionRecords {

    /** An archived (or deleted) centre whose export file is still in case-service's archive. */
    record HeldExport(String id, String name, CentreStatus status, Instant archivedAt, String exportFile,
            String exportSha256, LocalDate reviewOn) {
    }

    enum Decision {
        DELETE, KEEP
    }

    record DecisionLine(long id, String centre, Decision decision, String reason, LocalDate reviewOn,
            String exportFile, String decidedBy, Instant decidedAt) {
    }

    private static final String HELD = "select id, name_el, status, archived_at, export_file, export_sha256,"
            + " export_review_on from centre where status in ('ARCHIVED', 'DELETED') and export_status = 'DONE'"
            + " and export_file is not null and export_deleted_at is null";

    private final JdbcTemplate jdbc;

    ExportRetentionRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<HeldExport> held() {
        return jdbc.query(HELD + " order by archived_at, id", ExportRetentionRecords::heldExport);
    }

    Optional<HeldExport> held(String id) {
        return jdbc.query(HELD + " and id = ?", ExportRetentionRecords::heldExport, id).stream().findFirst();
    }

    /** True when this call recorded the deletion (a concurrent decision on the same export finds it gone). */
    boolean markDeleted(String id, Instant now) {
        return jdbc.update("update centre set export_deleted_at = ?, export_review_on = null, updated_at = ?,"
                + " version = version + 1 where id = ? and export_deleted_at is null",
                Timestamp.from(now), Timestamp.from(now), id) == 1;
    }

    boolean keepUntil(String id, LocalDate reviewOn, Instant now) {
        return jdbc.update("update centre set export_review_on = ?, updated_at = ?, version = version + 1"
                + " where id = ? and export_deleted_at is null", Date.valueOf(reviewOn), Timestamp.from(now), id) == 1;
    }

    DecisionLine insert(String centre, Decision decision, String reason, LocalDate reviewOn, String file,
            String actor, Instant now) {
        Long id = jdbc.queryForObject("insert into export_retention_decision (centre_id, decision, reason, review_on,"
                + " export_file, decided_by, decided_at) values (?, ?, ?, ?, ?, ?, ?) returning id", Long.class,
                centre, decision.name(), reason, reviewOn == null ? null : Date.valueOf(reviewOn), file, actor,
                Timestamp.from(now));
        return new DecisionLine(id, centre, decision, reason, reviewOn, file, actor, now);
    }

    /** Newest first, of one centre or of all; at most {@code limit}. */
    List<DecisionLine> decisions(String centre, int limit) {
        return jdbc.query("select id, centre_id, decision, reason, review_on, export_file, decided_by, decided_at"
                + " from export_retention_decision where (cast(? as varchar) is null or centre_id = ?)"
                + " order by decided_at desc, id desc limit ?", (rs, n) -> {
                    Date review = rs.getDate("review_on");
                    return new DecisionLine(rs.getLong("id"), rs.getString("centre_id"),
                            Decision.valueOf(rs.getString("decision")), rs.getString("reason"),
                            review == null ? null : review.toLocalDate(), rs.getString("export_file"),
                            rs.getString("decided_by"), rs.getTimestamp("decided_at").toInstant());
                }, centre, centre, Math.clamp(limit, 1, 500));
    }

    private static HeldExport heldExport(ResultSet rs, int row) throws SQLException {
        Date review = rs.getDate("export_review_on");
        return new HeldExport(rs.getString("id"), rs.getString("name_el"), CentreStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("archived_at").toInstant(), rs.getString("export_file"), rs.getString("export_sha256"),
                review == null ? null : review.toLocalDate());
    }
}
