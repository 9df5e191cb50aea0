package gr.kentra.cases.tenancy.registry;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import gr.kentra.cases.tenancy.TenantPlacement;
import gr.kentra.commons.tenant.TenantId;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The tenant schemas this service has created and the database cell holding each, in
 * {@code platform.tenant_schema} on the default cell. Whether a centre is READY is asked on every centre request:
 * a yes is kept in memory while this instance hears the registry's changes ({@link ReadyTenants},
 * {@link TenantSchemaChanges}); this instance's own changes are forgotten there as soon as they are written.
 */
@Repository
public class TenantRegistry {

    private static final String COLUMNS = "tenant_id, schema_name, changelog_version, status, migrated_at, cell";

    private final JdbcTemplate jdbc;
    private final ReadyTenants memory;

    TenantRegistry(JdbcTemplate jdbc, ReadyTenants memory) {
        this.jdbc = jdbc;
        this.memory = memory;
    }

    public Optional<TenantSchemaStatus> find(TenantId tenant) {
        return jdbc.query("select " + COLUMNS + " from platform.tenant_schema where tenant_id = ?",
                TenantRegistry::row, tenant.value()).stream().findFirst();
    }

    public boolean isReady(TenantId tenant) {
        if (memory.contains(tenant)) {
            return true;
        }
        long stamp = memory.stamp();
        Integer count = jdbc.queryForObject(
                "select count(*) from platform.tenant_schema where tenant_id = ? and status = ?", Integer.class,
                tenant.value(), TenantSchemaStatus.READY);
        boolean ready = count != null && count > 0;
        if (ready) {
            memory.remember(tenant, stamp);
        }
        return ready;
    }

    List<TenantSchemaStatus> readyAtOtherVersion(String version) {
        return jdbc.query("select " + COLUMNS + " from platform.tenant_schema where status = ? "
                + "and changelog_version <> ? order by tenant_id", TenantRegistry::row, TenantSchemaStatus.READY,
                version);
    }

    /** The cell is written with the first row only: a tenant's data never change cell by provisioning. */
    public void markReady(TenantId tenant, String cell, String version, Instant at) {
        jdbc.update("insert into platform.tenant_schema (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?) "
                + "on conflict (tenant_id) do update set changelog_version = excluded.changelog_version, "
                + "status = excluded.status, migrated_at = excluded.migrated_at",
                tenant.value(), tenant.schemaName(), version, TenantSchemaStatus.READY, Timestamp.from(at), cell);
        forgetOnceWritten(tenant);
    }

    /**
     * Keeps the tenant out of service (the request filter admits READY tenants only) until a later migration
     * succeeds. A tenant seen for the first time is recorded with an empty version, so any retry migrates it.
     */
    public void markFailed(TenantId tenant, String cell, Instant at) {
        jdbc.update("insert into platform.tenant_schema (" + COLUMNS + ") values (?, ?, '', ?, ?, ?) "
                + "on conflict (tenant_id) do update set status = excluded.status",
                tenant.value(), tenant.schemaName(), TenantSchemaStatus.FAILED, Timestamp.from(at), cell);
        forgetOnceWritten(tenant);
    }

    /** The tenant's row goes (its schema is already dropped): the request filter refuses it from now on. */
    public void remove(TenantId tenant) {
        jdbc.update("delete from platform.tenant_schema where tenant_id = ?", tenant.value());
        forgetOnceWritten(tenant);
    }

    /**
     * This instance's next request must see its own change, without waiting for the notification. Outside a
     * transaction the write is committed already; inside one, a read of the old row may put the centre back until
     * it ends, so it is forgotten again then (whatever the outcome: forgetting is always safe).
     */
    private void forgetOnceWritten(TenantId tenant) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    memory.changed(tenant);
                }
            });
        }
        memory.changed(tenant);
    }

    public Optional<String> cellOf(TenantId tenant) {
        return cellOf(jdbc, tenant);
    }

    /**
     * {@link #cellOf} on a pool connection of its own, never the calling thread's transaction: a tenant's connection
     * asks it in the middle of the tenant's transaction, whose connection may be on another cell.
     */
    public Optional<String> cellOfApart(TenantId tenant) {
        try (Connection connection = jdbc.getDataSource().getConnection()) {
            return cellOf(new JdbcTemplate(new SingleConnectionDataSource(connection, true)), tenant);
        } catch (SQLException e) {
            throw new CannotGetJdbcConnectionException("No connection for the registry", e);
        }
    }

    private static Optional<String> cellOf(JdbcTemplate jdbc, TenantId tenant) {
        return jdbc.queryForList("select cell from platform.tenant_schema where tenant_id = ?", String.class,
                tenant.value()).stream().findFirst();
    }

    public List<TenantSchemaStatus> notReadyAtVersion(String version) {
        return jdbc.query("select " + COLUMNS + " from platform.tenant_schema where status <> ? "
                + "or changelog_version <> ? order by tenant_id", TenantRegistry::row, TenantSchemaStatus.READY,
                version);
    }

    /** Region and ESF operation as tenant-service last gave them; absent values are left as they were. */
    public void recordFunding(TenantId tenant, String region, String operation) {
        jdbc.update("update platform.tenant_schema set region = coalesce(?, region),"
                + " operation = coalesce(?, operation) where tenant_id = ?", region, operation, tenant.value());
    }

    public List<TenantPlacement> readyPlacements(Collection<String> cells) {
        return jdbc.query("select tenant_id, region, operation from platform.tenant_schema where status = ?"
                + " and cell = any(?) order by tenant_id", TenantRegistry::placement, TenantSchemaStatus.READY,
                cells.toArray(String[]::new));
    }

    public Optional<TenantPlacement> placement(TenantId tenant) {
        return jdbc.query("select tenant_id, region, operation from platform.tenant_schema where tenant_id = ?",
                TenantRegistry::placement, tenant.value()).stream().findFirst();
    }

    private static TenantPlacement placement(ResultSet rs, int rowNum) throws SQLException {
        return new TenantPlacement(TenantId.of(rs.getString("tenant_id")), rs.getString("region"),
                rs.getString("operation"));
    }

    private static TenantSchemaStatus row(ResultSet rs, int rowNum) throws SQLException {
        return new TenantSchemaStatus(rs.getString("tenant_id"), rs.getString("schema_name"),
                rs.getString("changelog_version"), rs.getString("status"),
                rs.getTimestamp("migrated_at").toInstant(), rs.getString("cell"));
    }
}
