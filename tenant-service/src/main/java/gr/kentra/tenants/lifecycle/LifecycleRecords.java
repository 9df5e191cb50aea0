package gr.kentra.tenants.lifecycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import gr.kentra.tenants.centre.archive.ExportStatus;
import gr.kentra.tenants.centre.registry.CentreStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The registry columns of a centre's end (archiving, export, deletion). Every update bumps the row's version, like
 * the reconcilers' updates, so an administrator's concurrent edit of the same centre fails instead of undoing it.
 */
@Repository
class LifecycleRecords {

    record State(String id, CentreStatus status, Instant archivedAt, ExportStatus exportStatus, String exportFile,
            String exportSha256, int exportAttempts) {
    }

    private static final String COLUMNS = "id, status, archived_at, export_status, export_file, export_sha256,"
            + " export_attempts";

    private final JdbcTemplate jdbc;

    LifecycleRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<State> find(String id) {
        return jdbc.query("select " + COLUMNS + " from centre where id = ?", LifecycleRecords::state, id).stream()
                .findFirst();
    }

    /** Archived centres whose export is pending and due for another attempt, oldest archive first. */
    List<String> exportsDue(Instant now, int limit) {
        return jdbc.queryForList("select id from centre where status = 'ARCHIVED' and export_status = 'PENDING'"
                + " and (export_next_attempt_at is null or export_next_attempt_at <= ?)"
                + " order by archived_at, id limit ?", String.class, Timestamp.from(now), limit);
    }

    boolean markExported(String id, TenantArchive.Export export, Instant now) {
        return jdbc.update("update centre set export_status = 'DONE', export_file = ?, export_sha256 = ?,"
                + " export_error = null, export_attempts = 0, export_next_attempt_at = null, updated_at = ?,"
                + " version = version + 1 where id = ? and status = 'ARCHIVED'",
                export.file(), export.sha256(), Timestamp.from(now), id) == 1;
    }

    void markExportFailed(String id, String error, Instant retryAt, Instant now) {
        jdbc.update("update centre set export_status = 'PENDING', export_error = ?,"
                + " export_attempts = export_attempts + 1, export_next_attempt_at = ?, updated_at = ?,"
                + " version = version + 1 where id = ? and status = 'ARCHIVED'",
                error, Timestamp.from(retryAt), Timestamp.from(now), id);
    }

    /** The tombstone: only an archived centre with its export done becomes DELETED. */
    boolean markDeleted(String id, Instant now) {
        return jdbc.update("update centre set status = 'DELETED', deleted_at = ?, updated_at = ?,"
                + " version = version + 1 where id = ? and status = 'ARCHIVED' and export_status = 'DONE'",
                Timestamp.from(now), Timestamp.from(now), id) == 1;
    }

    private static State state(ResultSet rs, int row) throws SQLException {
        Timestamp archived = rs.getTimestamp("archived_at");
        String export = rs.getString("export_status");
        return new State(rs.getString("id"), CentreStatus.valueOf(rs.getString("status")),
                archived == null ? null : archived.toInstant(), export == null ? null : ExportStatus.valueOf(export),
                rs.getString("export_file"), rs.getString("export_sha256"), rs.getInt("export_attempts"));
    }
}
