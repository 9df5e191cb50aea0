package gr.kentra.cases.audit;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.query.NativeQuery;
import org.springframework.stereotype.Repository;

/**
 * Writes one audit line at once with one plain insert on the session's own connection: the same transaction, the
 * tenant's schema (the connection's search path, as for Hibernate's own statements), and a failure thrown to the
 * caller before it has anything to serve. For a single line this skips Hibernate's persist event, action queue,
 * insert sorting, batch and the entity's check at the commit's flush (a third of Hibernate's samples in a record
 * read in session 14's profile). A {@code @Repository}, so a failure is translated as the repository's or the
 * commit's would have been (an unreachable database is still a 503).
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

    /**
     * Runs {@code select} (a native select of rows of {@code entity}, its parameters bound by {@code parameters})
     * with {@code line}'s insert in the same statement, a data-modifying {@code WITH}: one round trip for the read
     * and its line, and no way to have one without the other. The rows come back read-only.
     */
    <T> List<T> insertWith(AuditEvent line, Class<T> entity, String select, Map<String, Object> parameters) {
        NativeQuery<T> query = entityManager.unwrap(Session.class).createNativeQuery("""
                with audit_line as (insert into audit_event (id, occurred_at, actor, beneficiary_id, record_type,
                 record_id, action, fields, reason) values (:audit_id, :audit_occurred_at, :audit_actor,
                 :audit_beneficiary_id, :audit_record_type, :audit_record_id, :audit_action, :audit_fields,
                 :audit_reason)) """ + select, entity)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                // What the statement reads and writes: Hibernate flushes first only changes pending on these.
                .addSynchronizedEntityClass(entity)
                .addSynchronizedEntityClass(AuditEvent.class)
                .setParameter("audit_id", line.id(), UUID.class)
                .setParameter("audit_occurred_at", line.occurredAt(), Instant.class)
                .setParameter("audit_actor", line.actor(), String.class)
                .setParameter("audit_beneficiary_id", line.beneficiaryId(), UUID.class)
                .setParameter("audit_record_type", line.recordType().name(), String.class)
                .setParameter("audit_record_id", line.recordId(), String.class)
                .setParameter("audit_action", line.action().name(), String.class)
                .setParameter("audit_fields", line.fields(), String.class)
                .setParameter("audit_reason", line.reason(), String.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    void insert(AuditEvent line) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                bind(insert, line);
                insert.executeUpdate();
            }
        });
    }

    /**
     * Several lines at once, one JDBC batch (one round trip): a search page's hits, which need Hibernate's unit of
     * work no more than a read's line does (each hit was an entity persisted, queued, sorted and checked at the
     * commit's flush).
     */
    void insertAll(List<AuditEvent> lines) {
        if (lines.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (AuditEvent line : lines) {
                    bind(insert, line);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    private static void bind(PreparedStatement insert, AuditEvent line) throws java.sql.SQLException {
        insert.setObject(1, line.id());
        insert.setObject(2, line.occurredAt().atOffset(ZoneOffset.UTC));
        insert.setString(3, line.actor());
        insert.setObject(4, line.beneficiaryId(), Types.OTHER);
        insert.setString(5, line.recordType().name());
        insert.setString(6, line.recordId());
        insert.setString(7, line.action().name());
        insert.setString(8, line.fields());
        insert.setString(9, line.reason());
    }
}
