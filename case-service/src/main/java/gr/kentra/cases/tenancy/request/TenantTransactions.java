package gr.kentra.cases.tenancy.request;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;

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
 */
final class TenantTransactions implements InvocationHandler {

    private final TenantId tenant;
    private final TenantCells placements;
    private final ReadOnlyConnections readOnly;
    private DatabaseCell cell;
    private Connection connection;
    /** The lock and the schema are held in the connection's open transaction. */
    private boolean entered;
    /** Some transaction was entered: the connection may carry the session's work, it cannot be swapped. */
    private boolean used;

    private TenantTransactions(TenantId tenant, TenantCells placements, ReadOnlyConnections readOnly,
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
        TenantTransactions handler = new TenantTransactions(tenant, placements, readOnly, cell, checkOut(cell));
        return (Connection) Proxy.newProxyInstance(TenantTransactions.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
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

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "equals" -> {
                return proxy == args[0];
            }
            case "hashCode" -> {
                return System.identityHashCode(proxy);
            }
            case "toString" -> {
                return "TenantTransactions[" + tenant.value() + ", " + connection + "]";
            }
            case "close" -> {
                close();
                return null;
            }
            case "setAutoCommit" -> {
                if ((Boolean) args[0]) {
                    // Autocommit would release the lock after the first statement and let the rest run unguarded.
                    throw new SQLFeatureNotSupportedException(
                            "A tenant's connection stays in transactions, which hold its move lock");
                }
                return null;
            }
            // Whatever runs a statement, or hands the driver out to run one, waits for the lock.
            case "createStatement", "prepareStatement", "prepareCall", "setSavepoint", "unwrap" -> enter();
            default -> {
            }
        }
        try {
            return method.invoke(connection, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        } finally {
            if ((method.getName().equals("commit") || method.getName().equals("rollback")) && args == null) {
                entered = false;
            }
        }
    }

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

    /**
     * Back to the pool in autocommit, with no transaction open and so neither the lock nor the schema: work done
     * outside a transaction is committed as its autocommit would have, a failed transaction rolled back. A
     * connection whose state is unknown is evicted, as one still holding the lock would keep a move waiting.
     */
    private void close() throws SQLException {
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
}
