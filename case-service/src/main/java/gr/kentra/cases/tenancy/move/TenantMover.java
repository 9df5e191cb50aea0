package gr.kentra.cases.tenancy.move;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import gr.kentra.cases.system.InvalidField;
import gr.kentra.cases.system.RecordProblems;
import gr.kentra.cases.tenancy.cell.DatabaseCell;
import gr.kentra.cases.tenancy.cell.DatabaseCells;
import gr.kentra.cases.tenancy.cell.TenantCells;
import gr.kentra.cases.tenancy.gate.MoveLock;
import gr.kentra.cases.tenancy.gate.TenantFreezes;
import gr.kentra.cases.tenancy.migration.TenantSchemaMigrator;
import gr.kentra.cases.tenancy.registry.TenantRegistry;
import gr.kentra.cases.tenancy.registry.TenantSchemaStatus;
import gr.kentra.commons.tenant.TenantId;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Moves a centre's schema to another database cell, losing nothing: make the schema on the target with the
 * tenant changelog, freeze the centre (writes refused, running work drained), copy every table and verify row
 * counts and checksums, switch the placement, drop the source schema, unfreeze. Until the switch, any failure drops
 * what was made on the target and leaves the centre working on its source cell. One move per centre at a time.
 */
@Component
class TenantMover {

    private static final Logger log = LoggerFactory.getLogger(TenantMover.class);

    private final DatabaseCells cells;
    private final TenantCells placements;
    private final TenantRegistry registry;
    private final TenantSchemaMigrator migrator;
    private final TenantFreezes freezes;
    private final JdbcTemplate registryDatabase;
    private final MeterRegistry meters;
    private final Duration drainTimeout;
    private final MoveLeftovers leftovers;
    private final Set<TenantId> moving = ConcurrentHashMap.newKeySet();
    private volatile MoveInterference interference = MoveInterference.NONE;

    TenantMover(DatabaseCells cells, TenantCells placements, TenantRegistry registry, TenantSchemaMigrator migrator,
            TenantFreezes freezes, JdbcTemplate registryDatabase, MeterRegistry meters, MoveProperties properties,
            MoveLeftovers leftovers) {
        this.leftovers = leftovers;
        this.cells = cells;
        this.placements = placements;
        this.registry = registry;
        this.migrator = migrator;
        this.freezes = freezes;
        this.registryDatabase = registryDatabase;
        this.meters = meters;
        this.drainTimeout = properties.drainTimeout();
    }

    /** The test seam of {@link MoveInterference}; {@code null} restores the production behaviour. */
    void interfere(MoveInterference interference) {
        this.interference = interference == null ? MoveInterference.NONE : interference;
    }

    MoveReport move(TenantId tenant, String targetCell) {
        if (targetCell == null || !cells.exists(targetCell)) {
            throw new InvalidField("cell", "problem.cell.unknown");
        }
        String current = registry.cellOf(tenant)
                .orElseThrow(() -> RecordProblems.notFound("problem.tenant.notFound"));
        if (current.equals(targetCell)) {
            count("unchanged", targetCell);
            return MoveReport.unchanged(tenant.value(), current);
        }
        if (!moving.add(tenant)) {
            count("refused", targetCell);
            throw new RecordProblems.Coded(HttpStatus.CONFLICT, "problem.tenant.move.busy.title",
                    "problem.tenant.move.busy");
        }
        try {
            java.sql.Connection running = runningLock(tenant, targetCell, current);
            try {
                return migrator.exclusively(tenant, () -> moveExclusively(tenant, targetCell));
            } finally {
                release(tenant, running);
            }
        } finally {
            moving.remove(tenant);
        }
    }

    /**
     * Held for the whole move on the default cell, so that no instance takes this move's target for a leftover of a
     * crashed one ({@link MoveLeftovers}); another instance moving the centre holds it already.
     */
    private java.sql.Connection runningLock(TenantId tenant, String targetCell, String current) {
        try {
            return leftovers.running(tenant).orElseThrow(() -> {
                count("refused", targetCell);
                return new RecordProblems.Coded(HttpStatus.CONFLICT, "problem.tenant.move.busy.title",
                        "problem.tenant.move.busy");
            });
        } catch (SQLException e) {
            throw failed(tenant, targetCell, current, e);
        }
    }

    private MoveReport moveExclusively(TenantId tenant, String targetCell) {
        TenantSchemaStatus status = registry.find(tenant).orElseThrow();
        if (status.cell().equals(targetCell)) {
            return MoveReport.unchanged(tenant.value(), targetCell);
        }
        if (!TenantSchemaStatus.READY.equals(status.status())
                || !migrator.changelogVersion().equals(status.changelogVersion())) {
            count("refused", targetCell);
            throw new RecordProblems.Coded(HttpStatus.CONFLICT, "problem.tenant.move.busy.title",
                    "problem.tenant.move.notReady");
        }
        long started = System.nanoTime();
        DatabaseCell source = cells.cell(status.cell());
        DatabaseCell target = cells.cell(targetCell);
        // The target schema is made before the freeze: Liquibase takes most of a small centre's move time and
        // touches nothing of the source, so the centre keeps writing meanwhile.
        prepareTarget(tenant, target, status.cell());
        // Opened before the freeze too: a new session costs time that writes should not wait for.
        java.sql.Connection lockSession = lockSession(tenant, source, target);
        if (!freeze(tenant)) {
            release(tenant, lockSession);
            dropQuietly(tenant, target, new IllegalStateException("drain timeout"));
            count("refused", targetCell);
            throw new RecordProblems.Coded(HttpStatus.SERVICE_UNAVAILABLE, "problem.tenant.moving.title",
                    "problem.tenant.move.drain");
        }
        long frozen = System.nanoTime();
        // Every instance's work on the tenant holds its move lock shared; holding it exclusively until the old
        // schema is gone waits for that work to end and keeps new work away (503) on every instance.
        java.sql.Connection lock = exclusiveLock(tenant, lockSession);
        if (lock == null) {
            release(tenant, lockSession);
            freezes.unfreeze(tenant);
            dropQuietly(tenant, target, new IllegalStateException("move lock timeout"));
            count("refused", targetCell);
            throw new RecordProblems.Coded(HttpStatus.SERVICE_UNAVAILABLE, "problem.tenant.moving.title",
                    "problem.tenant.move.drain");
        }
        try {
            SchemaTransfer.Copied copied = copyOrUndo(tenant, source, target);
            boolean sourceDropped = dropSource(tenant, source);
            long finished = System.nanoTime();
            MoveReport report = new MoveReport(tenant.value(), source.name(), target.name(), MoveReport.MOVED,
                    copied.tables(), copied.rows(), copied.sequences(), millis(finished - started),
                    millis(finished - frozen), sourceDropped);
            Timer.builder("kentra.tenant.move.duration").tag("to", targetCell).register(meters)
                    .record(Duration.ofNanos(finished - started));
            Timer.builder("kentra.tenant.move.writes.refused").tag("to", targetCell).register(meters)
                    .record(Duration.ofNanos(finished - frozen));
            count("moved", targetCell);
            log.info("Tenant {} moved from {} to {}: {} tables, {} rows in {} ms, writes refused for {} ms",
                    tenant.value(), source.name(), target.name(), copied.tables().size(), copied.rows(),
                    report.durationMillis(), report.writesRefusedMillis());
            return report;
        } catch (RuntimeException e) {
            throw failed(tenant, targetCell, status.cell(), e);
        } finally {
            release(tenant, lock);
            freezes.unfreeze(tenant);
        }
    }

    /**
     * Unlocks, then ends the session. Closing alone is not enough: a closed session's locks go only once its server
     * process has exited, so for a moment after the move another instance could still find the centre moving (503).
     * A failure here changes nothing for the move (the session's end releases the lock all the same).
     */
    private static void release(TenantId tenant, java.sql.Connection lock) {
        try (lock; java.sql.Statement statement = lock.createStatement()) {
            statement.execute("select pg_advisory_unlock_all()");
        } catch (SQLException e) {
            log.warn("Closing the move lock connection of tenant {} failed: {}", tenant.value(), e.toString());
        }
    }

    /** A session of the move's own on the source cell, for the tenant's move lock. */
    private java.sql.Connection lockSession(TenantId tenant, DatabaseCell source, DatabaseCell target) {
        try {
            return source.unpooled().getConnection();
        } catch (SQLException e) {
            dropQuietly(tenant, target, e);
            throw failed(tenant, target.name(), source.name(), e);
        }
    }

    /** The tenant's move lock, held exclusively on {@code session}; null when it could not be had in time. */
    private java.sql.Connection exclusiveLock(TenantId tenant, java.sql.Connection session) {
        try {
            return MoveLock.enterExclusive(session, tenant, drainTimeout) ? session : null;
        } catch (SQLException e) {
            log.warn("Could not take the move lock of tenant {}: {}", tenant.value(), e.toString());
            return null;
        }
    }

    /** A fresh schema on the target at the current changelog; whatever a crashed move left there goes first. */
    private void prepareTarget(TenantId tenant, DatabaseCell target, String sourceCell) {
        try {
            if (SchemaTransfer.schemaExists(target, tenant)) {
                // The registry places the centre on the source, so this is what an interrupted move left behind.
                log.warn("Dropping the leftover schema of tenant {} on {} before moving it there", tenant.value(),
                        target.name());
                SchemaTransfer.dropSchema(target, tenant);
            }
            migrator.createSchemaOn(tenant, target);
        } catch (SQLException | RuntimeException e) {
            dropQuietly(tenant, target, e);
            throw failed(tenant, target.name(), sourceCell, e);
        }
    }

    private RuntimeException failed(TenantId tenant, String targetCell, String sourceCell, Exception e) {
        count("failed", targetCell);
        log.error("Moving tenant {} to {} failed and was undone; it stays on {}: {}", tenant.value(), targetCell,
                sourceCell, e.toString());
        return new RecordProblems.Coded(HttpStatus.INTERNAL_SERVER_ERROR, "problem.tenant.move.failed.title",
                "problem.tenant.move.failed", sourceCell);
    }

    private boolean freeze(TenantId tenant) {
        try {
            return freezes.freeze(tenant, drainTimeout);
        } catch (InterruptedException e) {
            freezes.unfreeze(tenant);
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Up to the switch of the placement; a failure on the way drops the target schema, so nothing stays there. */
    private SchemaTransfer.Copied copyOrUndo(TenantId tenant, DatabaseCell source, DatabaseCell target) {
        try {
            SchemaTransfer.Copied copied = SchemaTransfer.copy(source, target, tenant, interference);
            switchPlacement(tenant, source, target);
            return copied;
        } catch (SQLException | RuntimeException e) {
            dropQuietly(tenant, target, e);
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
    }

    private void switchPlacement(TenantId tenant, DatabaseCell source, DatabaseCell target) {
        int switched = registryDatabase.update("update platform.tenant_schema set cell = ? where tenant_id = ?"
                + " and cell = ?", target.name(), tenant.value(), source.name());
        if (switched != 1) {
            throw new IllegalStateException("The placement of " + tenant.value() + " changed during the move");
        }
        placements.placed(tenant, target.name());
    }

    /** After the switch: a failure here leaves the centre working on its new cell, with a stale copy to remove. */
    private boolean dropSource(TenantId tenant, DatabaseCell source) {
        try {
            if (!freezes.awaitFrozenReaders(tenant, drainTimeout)) {
                log.warn("Reads of tenant {} still running on {}; dropping its old schema anyway", tenant.value(),
                        source.name());
            }
            SchemaTransfer.dropSchema(source, tenant);
            return true;
        } catch (SQLException | RuntimeException e) {
            log.error("Tenant {} moved, but its old schema on {} could not be dropped: {}", tenant.value(),
                    source.name(), e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void dropQuietly(TenantId tenant, DatabaseCell cell, Exception failure) {
        try {
            SchemaTransfer.dropSchema(cell, tenant);
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private void count(String outcome, String cell) {
        meters.counter("kentra.tenant.moves", "outcome", outcome, "to", cell).increment();
    }

    private static long millis(long nanos) {
        return Duration.ofNanos(nanos).toMillis();
    }
}
