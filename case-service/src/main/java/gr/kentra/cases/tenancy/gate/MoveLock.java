package gr.kentra.cases.tenancy.gate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import gr.kentra.commons.tenant.TenantId;

/**
 * What makes a move safe with several instances of this service: a PostgreSQL advisory lock per tenant on the
 * cell holding its schema. Every connection handed out for the tenant, by any instance, holds it shared while
 * checked out; a move holds it exclusively from the freeze to the drop of the old schema. So the move waits for
 * every instance's running work, no instance starts new work on the tenant meanwhile (it answers 503), and an
 * instance still pointing at the old cell afterwards finds the schema gone there and looks the placement up
 * again. One round trip on checkout and one on release.
 */
public final class MoveLock {

    /** First key of the lock ("KTMV"); the second is the hash of the schema name. */
    static final int MOVE_LOCK = 0x4b544d56;
    /** SQLState of a refusal because the tenant is being moved (lock_not_available). */
    static final String MOVING = TenantLocks.NOT_AVAILABLE;

    public enum Entry { HELD, MOVING, SCHEMA_GONE }

    private MoveLock() {
    }

    /** Takes the shared lock unless a move holds it; tells whether the tenant's schema is on this cell. */
    public static Entry enterShared(Connection connection, TenantId tenant) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select pg_try_advisory_lock_shared(?, hashtext(?)), to_regnamespace(?) is not null")) {
            statement.setInt(1, MOVE_LOCK);
            statement.setString(2, tenant.schemaName());
            statement.setString(3, tenant.quotedSchemaName());
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                if (!result.getBoolean(1)) {
                    return Entry.MOVING;
                }
                if (!result.getBoolean(2)) {
                    leaveShared(connection, tenant);
                    return Entry.SCHEMA_GONE;
                }
                return Entry.HELD;
            }
        }
    }

    public static void leaveShared(Connection connection, TenantId tenant) throws SQLException {
        TenantLocks.call(connection, "pg_advisory_unlock_shared", MOVE_LOCK, tenant);
    }

    /**
     * Takes the lock exclusively on a connection of the move's own, waiting at most {@code timeout} for the work
     * of every instance to end. False when it could not be had in time.
     */
    public static boolean enterExclusive(Connection connection, TenantId tenant, Duration timeout) throws SQLException {
        try {
            TenantLocks.lock(connection, MOVE_LOCK, tenant, timeout);
            return true;
        } catch (SQLException e) {
            if (TenantLocks.NOT_AVAILABLE.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    public static SQLException refusal(TenantId tenant) {
        return new SQLException("Tenant " + tenant.value() + " is being moved to another database cell", MOVING);
    }
}
