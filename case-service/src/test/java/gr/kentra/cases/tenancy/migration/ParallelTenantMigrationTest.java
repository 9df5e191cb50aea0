package gr.kentra.cases.tenancy.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import gr.kentra.cases.tenancy.cell.DatabaseCells;
import gr.kentra.cases.tenancy.cell.TenantCells;
import gr.kentra.cases.tenancy.gate.TenantLocks;
import gr.kentra.cases.tenancy.registry.TenantRegistry;
import gr.kentra.cases.tenancy.registry.TenantSchemaStatus;
import gr.kentra.commons.tenant.TenantId;
import gr.kentra.launcher.testing.TestPostgres;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A release adds one changeset to the tenant changelog ({@code bench-tenant-plus-one.yaml}): the startup migration
 * brings every outdated schema to it with a bounded pool. Its own database, because the run covers every tenant in
 * the registry and must not touch the schemas of the other integration tests.
 */
@SpringBootTest
class ParallelTenantMigrationTest {

    private static final String PLUS_ONE = "db/changelog/bench-tenant-plus-one.yaml";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.database("cases_parallel_migration"));
        registry.add("spring.datasource.username", TestPostgres::username);
        registry.add("spring.datasource.password", TestPostgres::password);
    }

    @Autowired
    TenantSchemaMigrator currentRelease;
    @Autowired
    DatabaseCells cells;
    @Autowired
    TenantCells placements;
    @Autowired
    TenantRegistry registry;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void migratesThirtyOutdatedSchemasInParallelToTheNewChangeset() {
        List<TenantId> tenants = provision("paros", 30);
        MeterRegistry meters = new SimpleMeterRegistry();

        int failed = nextRelease(4, meters).migrateOutdated();

        assertThat(failed).isZero();
        tenants.forEach(this::assertAtNextReleaseWithTheNewColumn);
        assertThat(meters.get("kentra.tenancy.migrations").tag("outcome", "migrated").counter().count())
                .isEqualTo(30);
        assertThat(meters.get("kentra.tenancy.migrations").tag("outcome", "failed").counter().count()).isZero();
        assertThat(meters.get("kentra.tenancy.migrations.pending").gauge().value()).isZero();
    }

    @Test
    void aFailingSchemaIsMarkedFailedWhileTheOthersReachTheNewChangeset() {
        List<TenantId> tenants = provision("naxos", 8);
        TenantId broken = tenants.get(3);
        // Its tables exist but Liquibase's record of them is gone, so the changelog's createTable fails there.
        jdbc.update("delete from " + broken.quotedSchemaName() + ".databasechangelog");
        MeterRegistry meters = new SimpleMeterRegistry();

        int failed = nextRelease(4, meters).migrateOutdated();

        assertThat(failed).isOne();
        assertThat(registry.find(broken).orElseThrow().status()).isEqualTo(TenantSchemaStatus.FAILED);
        assertThat(registry.isReady(broken)).isFalse();
        tenants.stream().filter(tenant -> !tenant.equals(broken)).forEach(this::assertAtNextReleaseWithTheNewColumn);
        assertThat(meters.get("kentra.tenancy.migrations").tag("outcome", "migrated").counter().count()).isEqualTo(7);
        assertThat(meters.get("kentra.tenancy.migrations").tag("outcome", "failed").counter().count()).isOne();

        // Repaired (recreated from scratch), the next run brings it back, so no other test inherits a FAILED tenant.
        jdbc.execute("drop schema " + broken.quotedSchemaName() + " cascade");
        assertThat(nextRelease(4, new SimpleMeterRegistry()).migrateOutdated()).isZero();
        assertAtNextReleaseWithTheNewColumn(broken);
    }

    @Test
    void oneThreadMigratesTheSchemasOneAfterTheOther() {
        List<TenantId> tenants = provision("milos", 5);
        MeterRegistry meters = new SimpleMeterRegistry();

        int failed = nextRelease(1, meters).migrateOutdated();

        assertThat(failed).isZero();
        tenants.forEach(this::assertAtNextReleaseWithTheNewColumn);
        assertThat(meters.get("kentra.tenancy.migrations").tag("outcome", "migrated").counter().count()).isEqualTo(5);
    }

    /** Another instance booting at the same time holds the schema's migration lock: this one waits for it. */
    @Test
    void waitsWhileAnotherInstanceMigratesTheSameSchema() throws Exception {
        TenantId tenant = provision("ios", 1).getFirst();
        java.util.concurrent.ExecutorService thisInstance = java.util.concurrent.Executors.newSingleThreadExecutor();
        try (java.sql.Connection otherInstance = java.sql.DriverManager.getConnection(
                TestPostgres.database("cases_parallel_migration"), TestPostgres.username(), TestPostgres.password())) {
            advisoryLock(otherInstance, "pg_advisory_lock", tenant);
            java.util.concurrent.Future<Integer> run = thisInstance.submit(
                    () -> nextRelease(1, new SimpleMeterRegistry()).migrateOutdated());

            Thread.sleep(1_500);
            assertThat(run).as("still waiting for the other instance").isNotDone();
            assertThat(jdbc.queryForObject("select count(*) from information_schema.columns where table_schema = ?"
                    + " and column_name = 'bench_marker'", Integer.class, tenant.schemaName())).isZero();

            advisoryLock(otherInstance, "pg_advisory_unlock", tenant);
            assertThat(run.get(60, java.util.concurrent.TimeUnit.SECONDS)).isZero();
        } finally {
            thisInstance.shutdownNow();
        }
        assertAtNextReleaseWithTheNewColumn(tenant);
    }

    private static void advisoryLock(java.sql.Connection connection, String function, TenantId tenant)
            throws java.sql.SQLException {
        TenantLocks.call(connection, function, TenantSchemaMigrator.MIGRATION_LOCK, tenant);
    }

    @Test
    void refusesFewerThanOneMigrationThread() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new TenancyProperties(PLUS_ONE, 0))
                .withMessageContaining("migration-threads");
    }

    /** Schemas at the current release's changelog, as tenants provisioned before the upgrade have them. */
    private List<TenantId> provision(String prefix, int count) {
        List<TenantId> tenants = IntStream.range(0, count).mapToObj(i -> TenantId.of(prefix + "-%02d".formatted(i)))
                .toList();
        tenants.forEach(currentRelease::migrate);
        return tenants;
    }

    /** The startup migration of a build whose tenant changelog has one more changeset. */
    private OutdatedTenantMigration nextRelease(int threads, MeterRegistry meters) {
        TenancyProperties tenancy = new TenancyProperties(PLUS_ONE, threads);
        TenantSchemaMigrator migrator = new TenantSchemaMigrator(cells, placements, registry, tenancy);
        return new OutdatedTenantMigration(registry, migrator, tenancy, meters);
    }

    private void assertAtNextReleaseWithTheNewColumn(TenantId tenant) {
        String nextVersion = new TenantSchemaMigrator(cells, placements, registry,
                new TenancyProperties(PLUS_ONE, 1)).changelogVersion();
        TenantSchemaStatus status = registry.find(tenant).orElseThrow();
        assertThat(status.status()).as(tenant.value()).isEqualTo(TenantSchemaStatus.READY);
        assertThat(status.changelogVersion()).as(tenant.value()).isEqualTo(nextVersion).isNotEqualTo(
                currentRelease.changelogVersion());
        assertThat(jdbc.queryForObject("select count(*) from information_schema.columns where table_schema = ? "
                + "and table_name = 'beneficiary' and column_name = 'bench_marker'", Integer.class,
                tenant.schemaName())).as(tenant.value()).isOne();
        assertThat(jdbc.queryForObject("select count(*) from " + tenant.quotedSchemaName()
                + ".databasechangelog where id = 'bench-one-more-column'", Integer.class)).as(tenant.value()).isOne();
        // Liquibase's end-of-update reset of every lock service in the JVM used to leave some of these locked.
        assertThat(jdbc.queryForObject("select locked from " + tenant.quotedSchemaName() + ".databasechangeloglock",
                Boolean.class)).as(tenant.value() + " Liquibase lock").isFalse();
    }
}
