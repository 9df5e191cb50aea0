package gr.kentra.cases.tenancy;

import java.util.List;

import gr.kentra.commons.tenant.TenantId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At startup, brings tenants whose recorded changelog version differs from this build's (or whose last
 * migration failed) up to date. Up-to-date tenants cost one registry query in total, not one Liquibase run
 * each. A tenant that fails is marked FAILED and stays out of service; the others carry on.
 */
@Component
class OutdatedTenantMigration implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OutdatedTenantMigration.class);
    private static final int PROGRESS_EVERY = 25;

    private final TenantRegistry registry;
    private final TenantSchemaMigrator migrator;

    OutdatedTenantMigration(TenantRegistry registry, TenantSchemaMigrator migrator) {
        this.registry = registry;
        this.migrator = migrator;
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
        log.info("Migrating {} tenant schemas to changelog version {}", outdated.size(), migrator.changelogVersion());
        long started = System.nanoTime();
        int done = 0;
        int failed = 0;
        for (TenantSchemaStatus status : outdated) {
            try {
                migrator.migrate(TenantId.of(status.tenant()));
            } catch (RuntimeException e) {
                failed++;
                log.error("Tenant {} left out of service: its schema could not be migrated ({})", status.tenant(),
                        rootCause(e));
            }
            if (++done % PROGRESS_EVERY == 0 || done == outdated.size()) {
                log.info("Tenant migration: {}/{} done, {} failed, {} ms", done, outdated.size(), failed,
                        (System.nanoTime() - started) / 1_000_000);
            }
        }
        return failed;
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
