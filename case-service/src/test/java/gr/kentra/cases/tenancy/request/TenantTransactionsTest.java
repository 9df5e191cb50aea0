package gr.kentra.cases.tenancy.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import gr.kentra.cases.CaseServiceIntegrationTest;
import gr.kentra.cases.tenancy.cell.DatabaseCells;
import gr.kentra.commons.tenant.TenantId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A centre's move lock and schema last as long as a transaction (issue 15: BEGIN rides with the lock's statement
 * and COMMIT releases both): every statement of a Hibernate session, in a transaction or not, runs holding the
 * lock with the centre's schema, and whatever ends the work, the connection goes back to the pool in autocommit
 * on the platform schema, read-write, with no transaction open and no lock held.
 */
class TenantTransactionsTest extends CaseServiceIntegrationTest {

    private static final String CENTRE = "tenant-transactions";

    @Autowired
    EntityManagerFactory entities;
    @Autowired
    DatabaseCells cells;
    @Autowired
    TenantContext context;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    EntityManager entityManager;

    @BeforeEach
    void centre() throws Exception {
        provision(CENTRE);
    }

    @Test
    void aCommittedTransactionHeldTheLockAndLeavesACleanConnection() throws Exception {
        int used = inSession(session -> {
            beginHoldingTheLock(session);
            session.getTransaction().commit();
        });

        assertClean(used);
    }

    @Test
    void aRolledBackWriteLeavesNothingAndACleanConnection() throws Exception {
        long before = outbox();
        int used = inSession(session -> {
            session.beginTransaction();
            noteBackend(session);
            session.createNativeMutationQuery("insert into indicator_outbox (id, fact)"
                    + " values (gen_random_uuid(), '{}')").executeUpdate();
            session.getTransaction().rollback();
        });

        assertThat(outbox()).isEqualTo(before);
        assertClean(used);
    }

    @Test
    void aFailedStatementLeftInItsTransactionIsRolledBackOnRelease() throws Exception {
        int used = inSession(session -> {
            session.beginTransaction();
            noteBackend(session);
            assertThat(catchThrowable(() -> session.createNativeQuery("select * from no_such_table")
                    .getResultList())).isNotNull();
            // No rollback: the session is closed with the failed transaction still open.
        });

        assertClean(used);
    }

    /**
     * Spring makes a read-only transaction's connection read-only before its first statement, so the driver's
     * BEGIN READ ONLY still rides with the lock's statement; a REQUIRES_NEW transaction inside takes its own
     * connection, lock and schema.
     */
    @Test
    void springTransactionsReadOnlyOrNewHoldTheLockWithTheServersReadOnlyKept() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        TransactionTemplate requiresNew = new TransactionTemplate(transactions);
        requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        context.set(TenantId.of(CENTRE));
        try {
            readOnly.executeWithoutResult(outer -> {
                assertThat(shared("show transaction_read_only")).isEqualTo("on");
                assertThat(shared("select array_to_string(current_schemas(false), ',')"))
                        .isEqualTo("t_tenant_transactions");
                assertThat(locksHeld()).isOne();
                requiresNew.executeWithoutResult(inner -> {
                    assertThat(shared("show transaction_read_only")).isEqualTo("off");
                    assertThat(shared("select array_to_string(current_schemas(false), ',')"))
                            .isEqualTo("t_tenant_transactions");
                    assertThat(locksHeld()).as("the outer's and the inner's").isEqualTo(2);
                });
                assertThat(locksHeld()).isOne();
            });
        } finally {
            context.clear();
        }
        assertThat(locksHeld()).isZero();
    }

    private String shared(String sql) {
        return String.valueOf(entityManager.createNativeQuery(sql).getSingleResult());
    }

    @Test
    void readsWithoutATransactionHoldTheLockForEveryStatement() throws Exception {
        int used = inSession(session -> {
            noteBackend(session);
            assertThat(schemas(session)).isEqualTo("t_tenant_transactions");
            assertThat(locksHeld()).as("still held after the first statements").isOne();
            assertThat(session.createNativeQuery("select count(*) from beneficiary", Long.class)
                    .getSingleResult()).isNotNegative();
            assertThat(locksHeld()).isOne();
        });

        assertClean(used);
    }

    @Test
    void aSessionKeepingItsConnectionTakesTheLockAgainInItsNextTransaction() throws Exception {
        int used = inSession(session -> {
            session.beginTransaction();
            assertThat(schemas(session)).isEqualTo("t_tenant_transactions");
            session.getTransaction().commit();
            assertThat(locksHeld()).as("released by the commit").isZero();
            beginHoldingTheLock(session);
            session.getTransaction().commit();
        });

        assertClean(used);
    }

    @Test
    void aConnectionBrokenInATransactionIsEvictedAndReleasesTheLock() throws Exception {
        int used = inSession(session -> {
            session.beginTransaction();
            noteBackend(session);
            jdbc.queryForObject("select pg_terminate_backend(?)", Boolean.class, backend);
            assertThat(catchThrowable(() -> session.createNativeQuery("select 1", Integer.class)
                    .getSingleResult())).isNotNull();
        });

        org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(locksHeld()).isZero());
        for (Connection connection : borrowAll()) {
            try (connection) {
                assertThat(pid(connection)).isNotEqualTo(used);
            }
        }
    }

    /** The backend of the connection the current test's session has (each test's work asks for it). */
    private int backend;

    /** Runs {@code work} in a session of the centre and answers its connection's backend. */
    private int inSession(Consumer<Session> work) {
        backend = 0;
        try (Session session = entities.unwrap(SessionFactory.class).withOptions().tenantIdentifier(CENTRE)
                .openSession()) {
            work.accept(session);
        }
        assertThat(backend).as("the work asked for its backend").isNotZero();
        return backend;
    }

    /** A transaction of the session, whose statements see the centre's schema with its move lock held. */
    private void beginHoldingTheLock(Session session) {
        session.beginTransaction();
        noteBackend(session);
        assertThat(schemas(session)).isEqualTo("t_tenant_transactions");
        assertThat(locksHeld()).isOne();
    }

    private void noteBackend(Session session) {
        backend = session.createNativeQuery("select pg_backend_pid()", Integer.class).getSingleResult();
    }

    /** The connection the session had, as the pool hands it out again. */
    private void assertClean(int backend) throws SQLException {
        assertThat(locksHeld()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from pg_stat_activity where pid = ?"
                + " and state like 'idle in transaction%'", Long.class, backend)).isZero();
        List<Connection> borrowed = borrowAll();
        try {
            Connection again = borrowed.stream().filter(c -> pid(c) == backend).findFirst().orElseThrow();
            assertThat(again.getAutoCommit()).isTrue();
            assertThat(single(again, "select array_to_string(current_schemas(false), ',')")).isEqualTo("platform");
            assertThat(single(again, "show transaction_read_only")).isEqualTo("off");
            assertThat(single(again, "select count(*) from pg_locks where locktype = 'advisory'"
                    + " and pid = pg_backend_pid()")).isEqualTo("0");
        } finally {
            for (Connection connection : borrowed) {
                connection.close();
            }
        }
    }

    /** Every connection idle in the default cell's pool now (the pool is small: ten at most). */
    private List<Connection> borrowAll() throws SQLException {
        List<Connection> borrowed = new ArrayList<>();
        var pool = (com.zaxxer.hikari.HikariDataSource) cells.defaultCell().pool();
        int idle = pool.getHikariPoolMXBean().getIdleConnections();
        for (int i = 0; i < idle; i++) {
            borrowed.add(pool.getConnection());
        }
        return borrowed;
    }

    private long locksHeld() {
        return jdbc.queryForObject("select count(*) from pg_locks where locktype = 'advisory' and granted"
                + " and classid = 1263816022 and objsubid = 2"
                + " and objid::text::bigint = (hashtext(?)::bigint & 4294967295)", Long.class,
                "t_tenant_transactions");
    }

    private long outbox() {
        return jdbc.queryForObject("select count(*) from t_tenant_transactions.indicator_outbox", Long.class);
    }

    private static String schemas(Session session) {
        return session.createNativeQuery("select array_to_string(current_schemas(false), ',')", String.class)
                .getSingleResult();
    }

    private static int pid(Connection connection) {
        try {
            return Integer.parseInt(single(connection, "select pg_backend_pid()"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
