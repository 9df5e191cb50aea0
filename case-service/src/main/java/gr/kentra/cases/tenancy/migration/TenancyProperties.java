package gr.kentra.cases.tenancy.migration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code changelog}: the tenant changelog every centre's schema follows (a benchmark points it at a longer one).
 * {@code migrationThreads}: how many tenant schemas of one cell are migrated at the same time when a release
 * changes the changelog (1 = one after the other). Each thread holds one Liquibase connection to the cell.
 */
@ConfigurationProperties("kentra.tenancy")
record TenancyProperties(String changelog, Integer migrationThreads) {

    static final String DEFAULT_CHANGELOG = "db/changelog/tenant.yaml";
    static final int DEFAULT_MIGRATION_THREADS = 4;

    TenancyProperties {
        changelog = changelog == null || changelog.isBlank() ? DEFAULT_CHANGELOG : changelog;
        migrationThreads = migrationThreads == null ? DEFAULT_MIGRATION_THREADS : migrationThreads;
        if (migrationThreads < 1) {
            throw new IllegalArgumentException("kentra.tenancy.migration-threads must be at least 1, not "
                    + migrationThreads);
        }
    }
}
