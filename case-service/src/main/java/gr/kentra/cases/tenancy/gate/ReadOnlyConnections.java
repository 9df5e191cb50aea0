package gr.kentra.cases.tenancy.gate;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import com.zaxxer.hikari.HikariDataSource;
import gr.kentra.cases.tenancy.cell.DatabaseCell;
import gr.kentra.commons.tenant.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The safety net under the request filter's freeze: a connection handed out for a frozen tenant is made
 * read-only on the server ({@code SET SESSION CHARACTERISTICS}, which Spring's and the driver's own read-only
 * toggling cannot undo), so a write that slipped past the filter fails with SQLState 25006 instead of landing in
 * a schema that is being copied and then lost. The session is made read-write again before the connection goes
 * back to the pool; a connection that cannot be reset is evicted, so no other tenant ever gets it read-only.
 */
public final class ReadOnlyConnections {

    private static final Logger log = LoggerFactory.getLogger(ReadOnlyConnections.class);

    private final TenantFreezes freezes;
    private final Set<Connection> readOnly = Collections.synchronizedSet(Collections.newSetFromMap(
            new IdentityHashMap<>()));
    private final Map<Connection, DatabaseCell> cells = Collections.synchronizedMap(new IdentityHashMap<>());

    public ReadOnlyConnections(TenantFreezes freezes) {
        this.freezes = freezes;
    }

    public Connection handOut(TenantId tenant, DatabaseCell cell, Connection connection) throws SQLException {
        if (!freezes.isFrozen(tenant)) {
            return connection;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("set session characteristics as transaction read only");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        readOnly.add(connection);
        cells.put(connection, cell);
        return connection;
    }

    public void release(Connection connection) {
        if (!readOnly.remove(connection)) {
            return;
        }
        DatabaseCell cell = cells.remove(connection);
        try {
            // Outside autocommit the SET would belong to a transaction that the pool may roll back.
            boolean autoCommit = connection.getAutoCommit();
            if (!autoCommit) {
                connection.rollback();
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("set session characteristics as transaction read write");
            }
            if (!autoCommit) {
                connection.commit();
            }
        } catch (SQLException e) {
            log.warn("A read-only connection could not be reset and is evicted from the pool of {}", cell.name());
            evict(connection, cell);
        }
    }

    /** Takes the connection out of its cell's pool for good, whatever session state it carries. */
    public void evict(Connection connection, DatabaseCell cell) {
        if (cell.pool() instanceof HikariDataSource pool) {
            pool.evictConnection(connection);
        }
    }
}
