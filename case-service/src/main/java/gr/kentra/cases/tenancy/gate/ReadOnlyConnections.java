package gr.kentra.cases.tenancy.gate;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import gr.kentra.commons.tenant.TenantId;

/**
 * The safety net under the request filter's freeze: a transaction on a frozen tenant is made read-only on the
 * server ({@code SET TRANSACTION READ ONLY}, which Spring's and the driver's own read-only toggling cannot undo
 * once the transaction runs), so a write that slipped past the filter fails with SQLState 25006 instead of landing
 * in a schema that is being copied and then lost. It lasts until the transaction ends, so the connection goes
 * back to the pool read-write with nothing to reset. ({@code SET SESSION CHARACTERISTICS} would not do: it leaves
 * the transaction already open read-write.)
 */
public final class ReadOnlyConnections {

    private final TenantFreezes freezes;

    public ReadOnlyConnections(TenantFreezes freezes) {
        this.freezes = freezes;
    }

    /** Makes the connection's open transaction read-only when the tenant is frozen; nothing otherwise. */
    public void restrict(TenantId tenant, Connection connection) throws SQLException {
        if (!freezes.isFrozen(tenant)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("set transaction read only");
        }
    }
}
