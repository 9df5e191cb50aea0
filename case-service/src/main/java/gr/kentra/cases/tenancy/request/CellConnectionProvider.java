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
 * Gives a tenant's session a connection from its cell's pool. The schema is not touched here: Hibernate sets
 * the tenant's schema (through {@link TenantSchemas}) right after this hands the connection out and restores
 * it before the connection comes back, and the pool resets it to {@value TenantSchemas#PLATFORM} as well.
 * Tenant-less sessions ({@value TenantSchemas#PLATFORM}) and Hibernate's own metadata use the default cell.
 * While checked out, a tenant's connection holds the tenant's {@link MoveLock} shared.
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
                    return readOnly.handOut(id, cell, connection);
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
