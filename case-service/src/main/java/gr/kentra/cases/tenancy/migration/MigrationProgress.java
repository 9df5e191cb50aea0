package gr.kentra.cases.tenancy.migration;

import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts one run of {@link OutdatedTenantMigration} while its threads work: the log line every
 * {@value #LOG_EVERY} tenants (and whenever the waiting thread asks, every few seconds), the
 * {@code kentra.tenancy.migrations} counters by outcome, and the pending count behind the
 * {@code kentra.tenancy.migrations.pending} gauge. Thread-safe: workers call {@link #migrated()} and
 * {@link #failed()} concurrently.
 */
final class MigrationProgress {

    static final int LOG_EVERY = 25;

    private static final Logger log = LoggerFactory.getLogger(OutdatedTenantMigration.class);

    private final int total;
    private final long started = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger pending;
    private final Counter migratedCounter;
    private final Counter failedCounter;

    MigrationProgress(int total, AtomicInteger pending, Counter migratedCounter, Counter failedCounter) {
        this.total = total;
        this.pending = pending;
        this.migratedCounter = migratedCounter;
        this.failedCounter = failedCounter;
        pending.set(total);
    }

    void migrated() {
        migratedCounter.increment();
        completed();
    }

    void failed() {
        failures.incrementAndGet();
        failedCounter.increment();
        completed();
    }

    private void completed() {
        pending.decrementAndGet();
        int count = done.incrementAndGet();
        // The last one is logged by the waiting thread once every worker has finished.
        if (count % LOG_EVERY == 0 && count < total) {
            log();
        }
    }

    void log() {
        log.info("Tenant migration: migrated {}/{}, {} failed, {} ms", done.get(), total, failures.get(),
                (System.nanoTime() - started) / 1_000_000);
    }

    int failures() {
        return failures.get();
    }

    int done() {
        return done.get();
    }
}
