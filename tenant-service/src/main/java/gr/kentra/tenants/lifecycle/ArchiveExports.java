package gr.kentra.tenants.lifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import gr.kentra.commons.tenant.TenantId;
import gr.kentra.tenants.centre.archive.ArchiveExport;
import gr.kentra.tenants.centre.archive.ExportStatus;
import gr.kentra.tenants.centre.audit.AuditTrail;
import gr.kentra.tenants.centre.registry.CentreStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gets an archived centre's export made by case-service and records it (file, sha256, audit line). The archiving
 * itself never waits for this: the status is committed first, so staff access ends even when case-service is down.
 * A failed export stays PENDING and is retried on a schedule with back-off, and at once when an administrator
 * archives the centre again.
 */
@Component
class ArchiveExports implements ArchiveExport {

    private static final Logger log = LoggerFactory.getLogger(ArchiveExports.class);
    private static final int BATCH = 10;
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(15);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(30);

    private final LifecycleRecords records;
    private final TenantArchive archive;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    /** One export of a centre at a time in this instance: a request and the schedule must not both ask. */
    private final Map<String, Object> running = new ConcurrentHashMap<>();

    ArchiveExports(LifecycleRecords records, TenantArchive archive, AuditTrail audit, TransactionTemplate transactions,
            Clock clock) {
        this.records = records;
        this.archive = archive;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void request(String centreId, String actor) {
        attempt(centreId, actor);
    }

    @Scheduled(initialDelayString = "${kentra.registry.export-retry-initial-delay:10s}",
            fixedDelayString = "${kentra.registry.export-retry-interval:15s}")
    public void retryDue() {
        for (String id : records.exportsDue(clock.instant(), BATCH)) {
            attempt(id, "system");
        }
    }

    /** True when the centre's export is done (now or before); never throws for a failed export. */
    boolean attempt(String centreId, String actor) {
        Object mine = new Object();
        if (running.putIfAbsent(centreId, mine) != null) {
            return false;
        }
        try {
            return exportOnce(centreId, actor);
        } finally {
            running.remove(centreId, mine);
        }
    }

    private boolean exportOnce(String centreId, String actor) {
        var state = records.find(centreId).orElse(null);
        if (state == null || state.status() != CentreStatus.ARCHIVED) {
            return false;
        }
        if (state.exportStatus() == ExportStatus.DONE) {
            return true;
        }
        TenantArchive.Export export;
        try {
            export = archive.export(TenantId.of(centreId));
        } catch (RuntimeException e) {
            failed(centreId, actor, state.exportAttempts(), e);
            return false;
        }
        transactions.executeWithoutResult(status -> {
            if (records.markExported(centreId, export, clock.instant())) {
                audit.record(centreId, actor, export.nothingHeld() ? "ARCHIVE_NOTHING_HELD" : "ARCHIVE_EXPORTED",
                        export.nothingHeld() ? "case-service holds no schema of this centre"
                                : "file=" + export.file() + " sha256=" + export.sha256() + " size=" + export.size()
                                        + " rows=" + export.totalRows());
            }
        });
        log.info("Archive export of centre {} is {}", centreId, export.file());
        return true;
    }

    private void failed(String centreId, String actor, int attempts, RuntimeException e) {
        Instant now = clock.instant();
        Duration backoff = backoff(attempts);
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String error = reason.length() <= 500 ? reason : reason.substring(0, 500);
        transactions.executeWithoutResult(status -> {
            records.markExportFailed(centreId, error, now.plus(backoff), now);
            if (attempts == 0) {
                // Once, not at every retry: the trail says the export is owed; the registry row says why.
                audit.record(centreId, actor, "ARCHIVE_EXPORT_PENDING", error);
            }
        });
        log.warn("Archive export of centre {} failed (attempt {}), retry in {} s: {}", centreId, attempts + 1,
                backoff.toSeconds(), error);
    }

    static Duration backoff(int previousAttempts) {
        Duration backoff = FIRST_BACKOFF.multipliedBy(1L << Math.min(previousAttempts, 10));
        return backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff;
    }
}
