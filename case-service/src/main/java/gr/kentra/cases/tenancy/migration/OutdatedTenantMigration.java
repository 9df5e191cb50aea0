package gr.kentra.cases.tenancy.migration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import gr.kentra.cases.tenancy.registry.TenantRegistry;
import gr.kentra.cases.tenancy.registry.TenantSchemaStatus;
import gr.kentra.commons.tenant.TenantId;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At startup, brings tenants whose recorded changelog version differs from this build's (or whose last
 * migration failed) up to date. Up-to-date tenants cost one registry query in total, not one Liquibase run
 * each. Outdated ones are migrated on their own cell by a bounded pool per cell
 * ({@code kentra.tenancy.migration-threads}), so a release that adds a changeset does not cost 250 sequential
 * Liquibase runs, and no cell sees more than that many at once. A tenant that fails is marked FAILED and stays
 * out of service; the others carry on.
 */
@Component
class OutdatedTenantMigration implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OutdatedTenantMigration.class);
    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(5);
    private static final String METRIC = "kentra.tenancy.migrations";

    private final TenantRegistry registry;
    private final TenantSchemaMigrator migrator;
    private final int threads;
    private final Counter migratedCounter;
    private final Counter failedCounter;
    private final AtomicInteger pending = new AtomicInteger();

    OutdatedTenantMigration(TenantRegistry registry, TenantSchemaMigrator migrator, TenancyProperties tenancy,
            MeterRegistry meters) {
        this.registry = registry;
        this.migrator = migrator;
        this.threads = tenancy.migrationThreads();
        this.migratedCounter = Counter.builder(METRIC).tag("outcome", "migrated")
                .description("Tenant schemas brought to this build's changelog at startup").register(meters);
        this.failedCounter = Counter.builder(METRIC).tag("outcome", "failed")
                .description("Tenant schemas whose startup migration failed (tenant kept out of service)")
                .register(meters);
        meters.gauge(METRIC + ".pending", pending);
    }

    @Override
    public void run(ApplicationArguments args) {
        migrateOutdated();
    }

    /** Returns how many tenants failed; each failure is logged with the tenant id, never with personal data. */
    int migrateOutdated() {
        List<TenantSchemaStatus> outdated = registry.notReadyAtVersion(migrator.changelogVersion());
        if (outdated.isEmpty()) {
            return 0;
        }
        Map<String, List<TenantSchemaStatus>> byCell = new LinkedHashMap<>();
        outdated.forEach(status -> byCell.computeIfAbsent(status.cell(), cell -> new ArrayList<>()).add(status));
        log.info("Migrating {} tenant schemas on {} cell(s) to changelog version {}, {} at a time per cell",
                outdated.size(), byCell.size(), migrator.changelogVersion(), threads);

        MigrationProgress progress = new MigrationProgress(outdated.size(), pending, migratedCounter, failedCounter);
        CountDownLatch finished = new CountDownLatch(outdated.size());
        List<ExecutorService> pools = new ArrayList<>();
        byCell.forEach((cell, tenants) -> {
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tenants.size()),
                    Thread.ofPlatform().name("tenant-migration-" + cell + "-", 1).daemon(true).factory());
            pools.add(pool);
            tenants.forEach(status -> pool.execute(() -> {
                try {
                    migrateOne(status.tenant(), progress);
                } finally {
                    finished.countDown();
                }
            }));
            pool.shutdown();
        });
        awaitAll(finished, progress, pools);
        progress.log();
        return progress.failures();
    }

    private void migrateOne(String tenant, MigrationProgress progress) {
        MDC.put("tenant", tenant);
        try {
            migrator.migrate(TenantId.of(tenant));
            progress.migrated();
        } catch (RuntimeException e) {
            progress.failed();
            log.error("Tenant {} left out of service: its schema could not be migrated ({})", tenant, rootCause(e));
        } finally {
            MDC.remove("tenant");
        }
    }

    /** Logs progress every few seconds even when a slow schema holds every thread up. */
    private static void awaitAll(CountDownLatch finished, MigrationProgress progress, List<ExecutorService> pools) {
        try {
            while (!finished.await(PROGRESS_INTERVAL.toMillis(), TimeUnit.MILLISECONDS)) {
                progress.log();
            }
        } catch (InterruptedException e) {
            // Shutting down during startup: tenants not yet migrated keep their old version and are retried next boot.
            pools.forEach(ExecutorService::shutdownNow);
            Thread.currentThread().interrupt();
        }
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
