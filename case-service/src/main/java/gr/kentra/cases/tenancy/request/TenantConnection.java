package gr.kentra.cases.tenancy.request;

import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Savepoint;
import java.sql.ShardingKey;
import java.sql.Statement;
import java.sql.Struct;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executor;

import gr.kentra.cases.tenancy.cell.DatabaseCell;
import gr.kentra.cases.tenancy.cell.TenantCells;
import gr.kentra.cases.tenancy.gate.MoveLock;
import gr.kentra.cases.tenancy.gate.ReadOnlyConnections;
import gr.kentra.commons.tenant.TenantId;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * A tenant's connection as its session sees it: autocommit off, and each transaction on it opened by the
 * tenant's {@link MoveLock} statement ({@link MoveLock#enterForTransaction}), sent just before the transaction's
 * first statement is made, so that BEGIN rides with it and COMMIT or ROLLBACK releases the lock and the schema.
 * Lazily rather than on checkout because Spring makes a read-only transaction's connection read-only after taking
 * it and before its first statement (the driver refuses that inside a transaction), and because a session that
 * holds its connection across transactions needs the lock again in each. Work outside a transaction (a session
 * reading without one) runs in one transaction too, ended on release: it holds the lock for all its statements
 * where autocommit would have released it after the first.
 * <p>
 * The protocol is in the first methods (checkout, {@link #enter}, commit and rollback, {@link #close}); every other
 * method passes straight to the pool's connection.
 */
final class TenantConnection implements Connection {

    private final TenantId tenant;
    private final TenantCells placements;
    private final ReadOnlyConnections readOnly;
    private DatabaseCell cell;
    private Connection connection;
    /** The lock and the schema are held in the connection's open transaction. */
    private boolean entered;
    /** Some transaction was entered: the connection may carry the session's work, it cannot be swapped. */
    private boolean used;

    private TenantConnection(TenantId tenant, TenantCells placements, ReadOnlyConnections readOnly,
            DatabaseCell cell, Connection connection) {
        this.tenant = tenant;
        this.placements = placements;
        this.readOnly = readOnly;
        this.cell = cell;
        this.connection = connection;
    }

    static Connection open(TenantId tenant, TenantCells placements, ReadOnlyConnections readOnly)
            throws SQLException {
        DatabaseCell cell = placements.of(tenant);
        return new TenantConnection(tenant, placements, readOnly, cell, checkOut(cell));
    }

    private static Connection checkOut(DatabaseCell cell) throws SQLException {
        Connection connection = cell.pool().getConnection();
        try {
            connection.setAutoCommit(false);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    /** Whatever runs a statement, or hands the driver out to run one, calls this first: it waits for the lock. */
    private void enter() throws SQLException {
        if (entered || connection.isClosed()) {
            return;
        }
        for (int attempt = 0; attempt < 2; attempt++) {
            switch (MoveLock.enterForTransaction(connection, tenant)) {
                case HELD -> {
                    readOnly.restrict(tenant, connection);
                    entered = true;
                    used = true;
                    return;
                }
                case MOVING -> {
                    connection.rollback();
                    throw MoveLock.refusal(tenant);
                }
                case SCHEMA_GONE -> {
                    connection.rollback();
                    if (used) {
                        // The session may have read from the old cell: it must not go on in the new one.
                        throw MoveLock.refusal(tenant);
                    }
                    // Moved away by another instance (or archived and dropped): ask the registry again.
                    swapTo(placements.relocated(tenant));
                }
            }
        }
        throw MoveLock.refusal(tenant);
    }

    /** Nothing ran on the connection yet: the session goes on with one of the cell that holds the tenant now. */
    private void swapTo(DatabaseCell next) throws SQLException {
        boolean readOnlyWanted = connection.isReadOnly();
        Connection replacement = checkOut(next);
        try {
            replacement.setReadOnly(readOnlyWanted);
        } catch (SQLException | RuntimeException e) {
            replacement.close();
            throw e;
        }
        close();
        cell = next;
        connection = replacement;
    }

    /** The transaction's end releases the lock and the schema, even when the commit itself fails. */
    @Override
    public void commit() throws SQLException {
        try {
            connection.commit();
        } finally {
            entered = false;
        }
    }

    @Override
    public void rollback() throws SQLException {
        try {
            connection.rollback();
        } finally {
            entered = false;
        }
    }

    /** Autocommit would release the lock after the first statement and let the rest run unguarded. */
    @Override
    public void setAutoCommit(boolean autoCommit) throws SQLException {
        if (autoCommit) {
            throw new SQLFeatureNotSupportedException(
                    "A tenant's connection stays in transactions, which hold its move lock");
        }
        // Already off since checkout.
    }

    /**
     * Back to the pool in autocommit, with no transaction open and so neither the lock nor the schema: work done
     * outside a transaction is committed as its autocommit would have, a failed transaction rolled back. A
     * connection whose state is unknown is evicted, as one still holding the lock would keep a move waiting.
     */
    @Override
    public void close() throws SQLException {
        if (connection.isClosed()) {
            return;
        }
        try {
            TransactionState state = connection.unwrap(BaseConnection.class).getTransactionState();
            if (state == TransactionState.OPEN) {
                connection.commit();
            } else if (state == TransactionState.FAILED) {
                connection.rollback();
            }
            connection.setAutoCommit(true);
        } catch (SQLException | RuntimeException e) {
            cell.evict(connection);
        } finally {
            entered = false;
            connection.close();
        }
    }

    @Override
    public String toString() {
        return "TenantConnection[" + tenant.value() + ", " + connection + "]";
    }

    // Statements, savepoints and the driver itself (unwrap) first enter the transaction.

    @Override
    public Statement createStatement() throws SQLException {
        enter();
        return connection.createStatement();
    }

    @Override
    public Statement createStatement(int resultSetType, int resultSetConcurrency) throws SQLException {
        enter();
        return connection.createStatement(resultSetType, resultSetConcurrency);
    }

    @Override
    public Statement createStatement(int resultSetType, int resultSetConcurrency, int resultSetHoldability)
            throws SQLException {
        enter();
        return connection.createStatement(resultSetType, resultSetConcurrency, resultSetHoldability);
    }

    @Override
    public PreparedStatement prepareStatement(String sql) throws SQLException {
        enter();
        return connection.prepareStatement(sql);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency)
            throws SQLException {
        enter();
        return connection.prepareStatement(sql, resultSetType, resultSetConcurrency);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency,
            int resultSetHoldability) throws SQLException {
        enter();
        return connection.prepareStatement(sql, resultSetType, resultSetConcurrency, resultSetHoldability);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys) throws SQLException {
        enter();
        return connection.prepareStatement(sql, autoGeneratedKeys);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int[] columnIndexes) throws SQLException {
        enter();
        return connection.prepareStatement(sql, columnIndexes);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, String[] columnNames) throws SQLException {
        enter();
        return connection.prepareStatement(sql, columnNames);
    }

    @Override
    public CallableStatement prepareCall(String sql) throws SQLException {
        enter();
        return connection.prepareCall(sql);
    }

    @Override
    public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency)
            throws SQLException {
        enter();
        return connection.prepareCall(sql, resultSetType, resultSetConcurrency);
    }

    @Override
    public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency,
            int resultSetHoldability) throws SQLException {
        enter();
        return connection.prepareCall(sql, resultSetType, resultSetConcurrency, resultSetHoldability);
    }

    @Override
    public Savepoint setSavepoint() throws SQLException {
        enter();
        return connection.setSavepoint();
    }

    @Override
    public Savepoint setSavepoint(String name) throws SQLException {
        enter();
        return connection.setSavepoint(name);
    }

    /** The pool's connection answers (PGConnection for COPY, for instance), inside the transaction. */
    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        enter();
        return connection.unwrap(type);
    }

    // The rest passes straight through.

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return connection.isWrapperFor(type);
    }

    @Override
    public boolean getAutoCommit() throws SQLException {
        return connection.getAutoCommit();
    }

    @Override
    public boolean isClosed() throws SQLException {
        return connection.isClosed();
    }

    @Override
    public String nativeSQL(String sql) throws SQLException {
        return connection.nativeSQL(sql);
    }

    @Override
    public DatabaseMetaData getMetaData() throws SQLException {
        return connection.getMetaData();
    }

    @Override
    public void setReadOnly(boolean readOnly) throws SQLException {
        connection.setReadOnly(readOnly);
    }

    @Override
    public boolean isReadOnly() throws SQLException {
        return connection.isReadOnly();
    }

    @Override
    public void setCatalog(String catalog) throws SQLException {
        connection.setCatalog(catalog);
    }

    @Override
    public String getCatalog() throws SQLException {
        return connection.getCatalog();
    }

    @Override
    public void setTransactionIsolation(int level) throws SQLException {
        connection.setTransactionIsolation(level);
    }

    @Override
    public int getTransactionIsolation() throws SQLException {
        return connection.getTransactionIsolation();
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        return connection.getWarnings();
    }

    @Override
    public void clearWarnings() throws SQLException {
        connection.clearWarnings();
    }

    @Override
    public Map<String, Class<?>> getTypeMap() throws SQLException {
        return connection.getTypeMap();
    }

    @Override
    public void setTypeMap(Map<String, Class<?>> map) throws SQLException {
        connection.setTypeMap(map);
    }

    @Override
    public void setHoldability(int holdability) throws SQLException {
        connection.setHoldability(holdability);
    }

    @Override
    public int getHoldability() throws SQLException {
        return connection.getHoldability();
    }

    @Override
    public void rollback(Savepoint savepoint) throws SQLException {
        connection.rollback(savepoint);
    }

    @Override
    public void releaseSavepoint(Savepoint savepoint) throws SQLException {
        connection.releaseSavepoint(savepoint);
    }

    @Override
    public Clob createClob() throws SQLException {
        return connection.createClob();
    }

    @Override
    public Blob createBlob() throws SQLException {
        return connection.createBlob();
    }

    @Override
    public NClob createNClob() throws SQLException {
        return connection.createNClob();
    }

    @Override
    public SQLXML createSQLXML() throws SQLException {
        return connection.createSQLXML();
    }

    @Override
    public boolean isValid(int timeout) throws SQLException {
        return connection.isValid(timeout);
    }

    @Override
    public void setClientInfo(String name, String value) throws SQLClientInfoException {
        connection.setClientInfo(name, value);
    }

    @Override
    public void setClientInfo(Properties properties) throws SQLClientInfoException {
        connection.setClientInfo(properties);
    }

    @Override
    public String getClientInfo(String name) throws SQLException {
        return connection.getClientInfo(name);
    }

    @Override
    public Properties getClientInfo() throws SQLException {
        return connection.getClientInfo();
    }

    @Override
    public Array createArrayOf(String typeName, Object[] elements) throws SQLException {
        return connection.createArrayOf(typeName, elements);
    }

    @Override
    public Struct createStruct(String typeName, Object[] attributes) throws SQLException {
        return connection.createStruct(typeName, attributes);
    }

    @Override
    public void setSchema(String schema) throws SQLException {
        connection.setSchema(schema);
    }

    @Override
    public String getSchema() throws SQLException {
        return connection.getSchema();
    }

    @Override
    public void abort(Executor executor) throws SQLException {
        connection.abort(executor);
    }

    @Override
    public void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException {
        connection.setNetworkTimeout(executor, milliseconds);
    }

    @Override
    public int getNetworkTimeout() throws SQLException {
        return connection.getNetworkTimeout();
    }

    // Connection's default methods too: the pool's connection may have its own.

    @Override
    public void beginRequest() throws SQLException {
        connection.beginRequest();
    }

    @Override
    public void endRequest() throws SQLException {
        connection.endRequest();
    }

    @Override
    public boolean setShardingKeyIfValid(ShardingKey shardingKey, ShardingKey superShardingKey, int timeout)
            throws SQLException {
        return connection.setShardingKeyIfValid(shardingKey, superShardingKey, timeout);
    }

    @Override
    public boolean setShardingKeyIfValid(ShardingKey shardingKey, int timeout) throws SQLException {
        return connection.setShardingKeyIfValid(shardingKey, timeout);
    }

    @Override
    public void setShardingKey(ShardingKey shardingKey, ShardingKey superShardingKey) throws SQLException {
        connection.setShardingKey(shardingKey, superShardingKey);
    }

    @Override
    public void setShardingKey(ShardingKey shardingKey) throws SQLException {
        connection.setShardingKey(shardingKey);
    }
}
