package gr.kentra.cases.tenancy.gate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import gr.kentra.cases.tenancy.cell.DatabaseCells;
import gr.kentra.commons.tenant.TenantId;

/**
 * What makes a move safe with several instances of this service: a PostgreSQL advisory lock per tenant on the
 * cell holding its schema. Every connection handed out for the tenant, by any instance, holds it shared while
 * checked out; a move holds it exclusively from the freeze to the drop of the old schema. So the move waits for
 * every instance's running work, no instance starts new work on the tenant meanwhile (it answers 503), and an
 * instance still pointing at the old cell afterwards finds the schema gone there and looks the placement up
 * again. Requests take it for their transaction only ({@link #enterForTransaction}: one statement, which BEGIN
 * rides with, and COMMIT or ROLLBACK releases it with the schema); {@link #enterShared} and {@link #leaveShared} take
 * and release it for a whole session, as instances from before issue 15 did (the two forms exclude a move alike).
 */
public final class MoveLock {

    /** First key of the lock ("KTMV"); the second is the hash of the schema name. */
    public static final int MOVE_LOCK = 0x4b544d56;
    /** SQLState of a refusal because the tenant is being moved (lock_not_available). */
    static final String MOVING = TenantLocks.NOT_AVAILABLE;

    public enum Entry { HELD, MOVING, SCHEMA_GONE }

    /** The entry's statement: the lock for the transaction or the session, the search path set for the same. */
    private static final String ENTER = """
            select case when not %s(?, hashtext(?)) then 'MOVING'
                        when to_regnamespace(?) is null then 'SCHEMA_GONE'
                        when set_config('search_path', ?, %s) is not null then 'HELD' end""";
    /** Built once: every transaction of every centre runs it. */
    private static final String ENTER_TRANSACTION = ENTER.formatted("pg_try_advisory_xact_lock_shared", true);
    private static final String ENTER_SESSION = ENTER.formatted("pg_try_advisory_lock_shared", false);

    private MoveLock() {
    }

    /**
     * Takes the shared lock unless a move holds it, checks that the tenant's schema is on this cell and, only when
     * both hold, makes that schema the session's whole search path: one round trip (the request's own statements
     * are three). CASE evaluates its branches in order and stops at the first that decides, so the schema is set
     * only on a connection that holds the lock and finds the schema.
     */
    public static Entry enterShared(Connection connection, TenantId tenant) throws SQLException {
        Entry entry = enter(connection, tenant, false);
        if (entry == Entry.SCHEMA_GONE) {
            leaveShared(connection, tenant);
        }
        return entry;
    }

    /**
     * The same check as {@link #enterShared} in the connection's current transaction, which must be open (autocommit
     * off): the lock and the search path last until the transaction ends, so its COMMIT or ROLLBACK releases both
     * and no release statement is needed. On {@link Entry#SCHEMA_GONE} the caller ends the transaction.
     */
    public static Entry enterForTransaction(Connection connection, TenantId tenant) throws SQLException {
        return enter(connection, tenant, true);
    }

    private static Entry enter(Connection connection, TenantId tenant, boolean forTransaction) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(forTransaction ? ENTER_TRANSACTION
                : ENTER_SESSION)) {
            statement.setInt(1, MOVE_LOCK);
            statement.setString(2, tenant.schemaName());
            statement.setString(3, tenant.quotedSchemaName());
            statement.setString(4, tenant.quotedSchemaName());
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return Entry.valueOf(result.getString(1));
            }
        }
    }

    /**
     * Releases the shared lock and puts the session's search path back to the tenant-less
     * {@value DatabaseCells#PLATFORM_SCHEMA} schema, in one round trip.
     */
    public static void leaveShared(Connection connection, TenantId tenant) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select pg_advisory_unlock_shared(?, hashtext(?)), set_config('search_path', ?, false)")) {
            statement.setInt(1, MOVE_LOCK);
            statement.setString(2, tenant.schemaName());
            statement.setString(3, DatabaseCells.PLATFORM_SCHEMA);
            statement.execute();
        }
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
