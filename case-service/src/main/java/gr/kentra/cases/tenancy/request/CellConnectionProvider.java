package gr.kentra.cases.tenancy.request;

import java.sql.Connection;
import java.sql.SQLException;

import gr.kentra.cases.tenancy.cell.DatabaseCells;
import gr.kentra.cases.tenancy.cell.TenantCells;
import gr.kentra.cases.tenancy.gate.MoveLock;
import gr.kentra.cases.tenancy.gate.ReadOnlyConnections;
import gr.kentra.commons.tenant.TenantId;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;
import org.hibernate.service.UnknownUnwrapTypeException;

/**
 * Gives a tenant's session a connection from its cell's pool on which every transaction holds the tenant's
 * {@link MoveLock} shared and has the tenant's schema as its whole search path ({@link TenantConnection}): one
 * statement at the transaction's start, which BEGIN rides with, and nothing on release, as the transaction's end
 * releases both. Hibernate's own schema handling would add three round trips (read the schema, set it, restore
 * it), so Hibernate is told this provider handles the schema. Tenant-less sessions ({@value TenantSchemas#PLATFORM})
 * and Hibernate's own metadata use the default cell, whose connections are always on
 * {@value TenantSchemas#PLATFORM}: the pool sets it on a new connection and a tenant's schema is set only for the
 * length of a transaction.
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
        return TenantConnection.open(TenantId.of(tenant), placements, readOnly);
    }

    /** Closing a tenant's connection ends its transaction, if one is open, before it goes back to the pool. */
    @Override
    public void releaseConnection(String tenant, Connection connection) throws SQLException {
        connection.close();
    }

    /** The schema is set with the move lock, for each transaction (see the class comment), not by Hibernate. */
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
