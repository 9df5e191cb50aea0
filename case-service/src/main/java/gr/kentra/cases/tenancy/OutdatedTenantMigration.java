package gr.kentra.cases.tenancy;

import gr.kentra.commons.tenant.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At startup, brings READY tenants whose recorded changelog version differs from this build's up to date.
 * Up-to-date tenants cost one registry query in total, not one Liquibase run each.
 */
@Component
class OutdatedTenantMigration implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OutdatedTenantMigration.class);

    private final TenantRegistry registry;
    private final TenantSchemaMigrator migrator;

    OutdatedTenantMigration(TenantRegistry registry, TenantSchemaMigrator migrator) {
        this.registry = registry;
        this.migrator = migrator;
    }

    @Override
    public void run(ApplicationArguments args) {
        var outdated = registry.readyAtOtherVersion(migrator.changelogVersion());
        if (!outdated.isEmpty()) {
            log.info("Migrating {} tenant schemas to changelog version {}", outdated.size(),
                    migrator.changelogVersion());
        }
        outdated.forEach(status -> migrator.migrate(TenantId.of(status.tenant())));
    }
}
