package gr.kentra.cases.tenancy.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import gr.kentra.cases.system.InvalidField;
import gr.kentra.cases.system.RecordProblems;
import gr.kentra.cases.tenancy.cell.DatabaseCell;
import gr.kentra.cases.tenancy.cell.DatabaseCells;
import gr.kentra.cases.tenancy.cell.TenantCells;
import gr.kentra.cases.tenancy.gate.TenantLocks;
import gr.kentra.cases.tenancy.registry.TenantRegistry;
import gr.kentra.cases.tenancy.registry.TenantSchemaStatus;
import gr.kentra.commons.tenant.TenantId;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.ScopeManager;
import liquibase.ThreadLocalScopeManager;
import liquibase.changelog.FastCheckService;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.exception.LockException;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Creates a tenant's schema in the database cell that holds it and brings it to the tenant changelog. Liquibase
 * gets its own non-pooled connection to that cell so that its schema and locking never leak into the pool. The changelog version (a hash
 * of the changelog) is recorded per tenant, and tenants already at it are skipped without touching Liquibase.
 * Different tenants may migrate at the same time on different threads (see {@link OutdatedTenantMigration}); each
 * run has its own connection, {@code Database} and {@code Liquibase}, and one tenant is never migrated twice at once.
 */
@Component
public class TenantSchemaMigrator {


    private static final Logger log = LoggerFactory.getLogger(TenantSchemaMigrator.class);

    private final DatabaseCells cells;
    private final TenantCells placements;
    private final TenantRegistry registry;
    private final Clock clock;
    private final String changelog;
    private final String version;
    /** One monitor per tenant: provisioning and boot migration of the same tenant never overlap. */
    /**
     * First key of the PostgreSQL advisory lock that one instance holds while it migrates a schema (the second is
     * the schema name's hash), so that instances booting together migrate a schema one after the other.
     */
    static final int MIGRATION_LOCK = 0x4b544d47;

    private final Map<String, Object> tenantLocks = new ConcurrentHashMap<>();
    /**
     * Liquibase keeps its current scope in a scope manager that threads inherit from the one that created them;
     * the default one is a single mutable slot, so two threads running changelogs at once would enter and exit
     * each other's scopes ("Cannot end scope"). This one keeps a scope per thread over the same root scope.
     */
    private final ScopeManager liquibaseScopes = new ThreadLocalScopeManager();

    TenantSchemaMigrator(DatabaseCells cells, TenantCells placements, TenantRegistry registry,
            TenancyProperties tenancy) {
        this.cells = cells;
        this.placements = placements;
        this.registry = registry;
        this.clock = Clock.systemUTC();
        this.changelog = tenancy.changelog();
        this.version = hashOf(changelog);
    }

    public String changelogVersion() {
        return version;
    }

    /** On the cell the tenant is already on, the default cell for a new one. */
    TenantSchemaStatus migrate(TenantId tenant) {
        return migrate(tenant, null);
    }

    /**
     * Idempotent: a tenant already at the current version is returned as it is. {@code cell} (optional) places a
     * new tenant; for a known one it must be the cell it is on, because provisioning never moves data.
     */
    TenantSchemaStatus migrate(TenantId tenant, String cell) {
        synchronized (tenantLocks.computeIfAbsent(tenant.value(), t -> new Object())) {
            var existing = registry.find(tenant);
            String placed = cellFor(existing.map(TenantSchemaStatus::cell).orElse(null), cell);
            if (existing.isPresent() && existing.get().changelogVersion().equals(version)
                    && TenantSchemaStatus.READY.equals(existing.get().status())) {
                return existing.get();
            }
            // Resolved before the attempt: a cell missing from this instance's configuration is its problem,
            // not the tenant's, so the tenant's status is left as it is.
            DatabaseCell target = cells.cell(placed);
            try {
                runChangelog(tenant, target);
            } catch (RuntimeException e) {
                registry.markFailed(tenant, placed, clock.instant());
                throw e;
            }
            registry.markReady(tenant, placed, version, clock.instant());
            placements.placed(tenant, placed);
            log.info("Tenant schema {} on {} is at changelog version {}", tenant.schemaName(), placed, version);
            return registry.find(tenant).orElseThrow();
        }
    }

    /** Runs {@code work} under the tenant's lock: no provisioning or boot migration of the tenant meanwhile. */
    public <T> T exclusively(TenantId tenant, Supplier<T> work) {
        synchronized (tenantLocks.computeIfAbsent(tenant.value(), t -> new Object())) {
            return work.get();
        }
    }

    /**
     * Makes the tenant's schema on {@code cell} at the current changelog, whatever the registry says (a move's
     * target). Liquibase's JVM-wide fast check remembers schemas it saw up to date by URL and schema name; a
     * schema that was dropped since (a centre moved away and back) would be skipped, so it is forgotten first.
     */
    public void createSchemaOn(TenantId tenant, DatabaseCell cell) {
        Scope.setScopeManager(liquibaseScopes);
        Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache();
        runChangelog(tenant, cell);
    }

    private String cellFor(String current, String requested) {
        if (requested != null && !cells.exists(requested)) {
            throw new InvalidField("cell", "problem.cell.unknown");
        }
        if (current != null && requested != null && !current.equals(requested)) {
            throw new RecordProblems.Coded(HttpStatus.CONFLICT, "problem.cell.placed.title", "problem.cell.placed",
                    current);
        }
        return current != null ? current : requested != null ? requested : DatabaseCells.DEFAULT;
    }

    private void runChangelog(TenantId tenant, DatabaseCell cell) {
        Scope.setScopeManager(liquibaseScopes);
        try (Connection connection = cell.unpooled().getConnection()) {
            holdMigrationLock(connection, tenant);
            try (Statement statement = connection.createStatement()) {
                statement.execute("create schema if not exists " + tenant.quotedSchemaName());
            }
            connection.setSchema(tenant.schemaName());
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            database.setDefaultSchemaName(tenant.schemaName());
            database.setLiquibaseSchemaName(tenant.schemaName());
            try (Liquibase liquibase = new Liquibase(changelog,
                    new ClassLoaderResourceAccessor(getClass().getClassLoader()), database)) {
                try {
                    liquibase.update(new Contexts(), new LabelExpression());
                } catch (LiquibaseException | RuntimeException e) {
                    if (!causedBy(e, LockException.class)) {
                        releaseLeftoverLock(connection, tenant, e);
                    }
                    throw e;
                }
                releaseLeftoverLock(connection, tenant, null);
            }
        } catch (SQLException | LiquibaseException e) {
            throw new IllegalStateException("Could not migrate the schema of tenant " + tenant, e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not close Liquibase for tenant " + tenant, e);
        }
    }

    /**
     * Held until the connection closes. Another instance migrating the same schema is waited for (as long as
     * Liquibase would wait for its own lock), which is what makes {@link #releaseLeftoverLock} safe across
     * instances: while this connection holds the advisory lock, a locked changelog-lock row can only be this run's.
     */
    private static void holdMigrationLock(Connection connection, TenantId tenant) throws SQLException {
        TenantLocks.lock(connection, MIGRATION_LOCK, tenant, Duration.ofMinutes(5));
    }

    /**
     * Liquibase ends every update by resetting the lock services of the whole JVM
     * ({@code LockServiceFactory.resetAll()} in {@code AbstractUpdateCommandStep.cleanUp}). With schemas migrating
     * in parallel, a run that ends can make another run skip releasing its lock row, and that schema would then
     * wait the full lock timeout at its next migration (seen in the 250-schema benchmark). Once this run's update
     * has returned, or failed after taking the lock, a row still locked is this run's own (nobody takes a held
     * lock, and other instances wait for this run's advisory lock), so it is released here. Not called when the
     * update could not get the lock: then it is someone else's.
     */
    private static void releaseLeftoverLock(Connection connection, TenantId tenant, Exception failure)
            throws SQLException {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            try (Statement statement = connection.createStatement()) {
                int released = statement.executeUpdate("update " + tenant.quotedSchemaName()
                        + ".databasechangeloglock set locked = false, lockgranted = null, lockedby = null"
                        + " where id = 1 and locked");
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
                if (released > 0) {
                    log.warn("Released the Liquibase lock that the update of tenant schema {} left behind",
                            tenant.schemaName());
                }
            }
        } catch (SQLException e) {
            if (failure == null) {
                throw e;
            }
            // The update failed before its lock table existed: nothing to release, the update's error is the news.
            failure.addSuppressed(e);
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String hashOf(String resource) {
        try (InputStream in = TenantSchemaMigrator.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
