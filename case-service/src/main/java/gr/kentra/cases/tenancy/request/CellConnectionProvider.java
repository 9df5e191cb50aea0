package gr.kentra.cases.tenancy.request;

import java.sql.Connection;
import java.sql.SQLException;

import gr.kentra.cases.tenancy.cell.DatabaseCell;
import gr.kentra.cases.tenancy.cell.DatabaseCells;
import gr.kentra.cases.tenancy.cell.TenantCells;
import gr.kentra.cases.tenancy.gate.MoveLock;
import gr.kentra.cases.tenancy.gate.ReadOnlyConnections;
import gr.kentra.commons.tenant.TenantId;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;
import org.hibernate.service.UnknownUnwrapTypeException;

/**
 * Gives a tenant's session a connection from its cell's pool, holding the tenant's {@link MoveLock} shared and
 * with the tenant's schema as its whole search path while checked out; on return the lock is released and the
 * search path is {@value TenantSchemas#PLATFORM} again. Both in the lock's own statements
 * ({@link MoveLock#enterShared}, {@link MoveLock#leaveShared}): one round trip each way, where Hibernate's own
 * schema handling would add three (read the schema, set it, restore it), so Hibernate is told this provider
 * handles the schema. Tenant-less sessions ({@value TenantSchemas#PLATFORM}) and Hibernate's own metadata use the
 * default cell, whose connections are always on {@value TenantSchemas#PLATFORM}: the pool sets it on a new
 * connection and every tenant connection is reset (or evicted) before it goes back.
 */
final class CellConnectionProvider implements MultiTenantConnectionProvider<String> {

    private final DatabaseCells cells;
    private final TenantCells placements;
    private final ReadOnlyConnections readOnly;

    CellConnectionProvider(DatabaseCells cells, TenantCells placements, ReadOnlyConnections readOnly) {
        this.cells = cells;
        this.placements = placements;
        this.readOnly = readOnly;
    }

    @Override
    public Connection getAnyConnection() throws SQLException {
        return cells.defaultCell().pool().getConnection();
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public Connection getConnection(String tenant) throws SQLException {
        if (TenantSchemas.PLATFORM.equals(tenant)) {
            return getAnyConnection();
        }
        TenantId id = TenantId.of(tenant);
        for (int attempt = 0; attempt < 2; attempt++) {
            DatabaseCell cell = placements.of(id);
            Connection connection = cell.pool().getConnection();
            MoveLock.Entry entry;
            try {
                entry = MoveLock.enterShared(connection, id);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
            switch (entry) {
                case HELD -> {
                    try {
                        return readOnly.handOut(id, cell, connection);
                    } catch (SQLException | RuntimeException e) {
                        // The lock and the schema must not stay on a pooled connection.
                        readOnly.evict(connection, cell);
                        connection.close();
                        throw e;
                    }
                }
                case MOVING -> {
                    connection.close();
                    throw MoveLock.refusal(id);
                }
                case SCHEMA_GONE -> {
                    // Moved away by another instance (or archived and dropped): ask the registry again.
                    connection.close();
                    placements.forget(id);
                }
            }
        }
        throw MoveLock.refusal(id);
    }

    @Override
    public void releaseConnection(String tenant, Connection connection) throws SQLException {
        readOnly.release(connection);
        if (!TenantSchemas.PLATFORM.equals(tenant)) {
            try {
                MoveLock.leaveShared(connection, TenantId.of(tenant));
            } catch (SQLException e) {
                // A connection still holding the lock would keep a move of this tenant waiting: never reuse it.
                readOnly.evict(connection, placements.of(TenantId.of(tenant)));
            }
        }
        connection.close();
    }

    /** The schema is set and reset with the move lock (see the class comment), not by Hibernate. */
    @Override
    public boolean handlesConnectionSchema() {
        return true;
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new UnknownUnwrapTypeException(type);
    }
}
