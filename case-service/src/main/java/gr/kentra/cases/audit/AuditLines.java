package gr.kentra.cases.audit;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.ZoneOffset;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.springframework.stereotype.Repository;

/**
 * Writes one audit line at once with one plain insert on the session's own connection: the same transaction, the
 * tenant's schema (the connection's search path, as for Hibernate's own statements), and a failure thrown to the
 * caller before it has anything to serve. For a single line this skips Hibernate's persist event, action queue,
 * insert sorting and the entity's check at the commit's flush: a quarter of Hibernate's time in a record read
 * (session 14's profile). A {@code @Repository}, so a failure is translated as the repository's or the commit's
 * would have been (an unreachable database is still a 503).
 */
@Repository
class AuditLines {

    /** Every column of {@link AuditEvent}'s mapping (RecordReadTest checks each column of a line written here). */
    private static final String INSERT = """
            insert into audit_event (id, occurred_at, actor, beneficiary_id, record_type, record_id, action, fields,
             reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final EntityManager entityManager;

    AuditLines(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void insert(AuditEvent line) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setObject(1, line.id());
                insert.setObject(2, line.occurredAt().atOffset(ZoneOffset.UTC));
                insert.setString(3, line.actor());
                insert.setObject(4, line.beneficiaryId(), Types.OTHER);
                insert.setString(5, line.recordType().name());
                insert.setString(6, line.recordId());
                insert.setString(7, line.action().name());
                insert.setString(8, line.fields());
                insert.setString(9, line.reason());
                insert.executeUpdate();
            }
        });
    }
}
