package gr.kentra.cases.tenancy.gate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import gr.kentra.commons.tenant.TenantId;

/**
 * PostgreSQL advisory locks on a tenant's schema, held by a session: the first key says what is locked
 * (a migration, a move), the second is the hash of the schema name.
 */
public final class TenantLocks {

    /** SQLState of a lock not had within {@code lock_timeout} (lock_not_available). */
    static final String NOT_AVAILABLE = "55P03";

    private TenantLocks() {
    }

    /** Waits at most {@code timeout}; when the lock cannot be had by then, fails with {@link #NOT_AVAILABLE}. */
    public static void lock(Connection connection, int key, TenantId tenant, Duration timeout) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set lock_timeout = " + Math.max(1, timeout.toMillis()));
            try {
                call(connection, "pg_advisory_lock", key, tenant);
            } finally {
                statement.execute("reset lock_timeout");
            }
        }
    }

    /** Runs one of PostgreSQL's two-key advisory lock functions on the tenant's lock. */
    public static void call(Connection connection, String function, int key, TenantId tenant) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select " + function + "(?, hashtext(?))")) {
            statement.setInt(1, key);
            statement.setString(2, tenant.schemaName());
            statement.execute();
        }
    }
}
