package gr.kentra.cases.tenancy.migration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import gr.kentra.cases.CaseServiceApplication;
import gr.kentra.commons.tenant.TenantId;
import gr.kentra.launcher.testing.TestPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 4's migration targets, measured (not asserted): case-service boot time with one tenant schema versus
 * with N up-to-date ones (target ≤ 1.5×), and a boot that migrates N schemas by one new changeset (≤ 60 s).
 * Excluded from {@code ./mvnw verify} by its tag; run it with
 * {@code ./mvnw -pl case-service test -Dkentra.excluded-test-groups=none -Dtest=TenantScaleBenchmark}
 * ({@code -Dkentra.bench.tenants=250}, {@code -Dkentra.bench.rounds=5}, {@code -Dkentra.bench.migration-rounds=2}). Results: target/benchmarks/tenant-scale.txt.
 */
@Tag("benchmark")
class TenantScaleBenchmark {

    private static final int TENANTS = Integer.getInteger("kentra.bench.tenants", 250);
    private static final int ROUNDS = Integer.getInteger("kentra.bench.rounds", 5);
    private static final int MIGRATION_ROUNDS = Integer.getInteger("kentra.bench.migration-rounds", 2);
    private static final String PLUS_ONE = "db/changelog/bench-tenant-plus-one.yaml";

    @Test
    void measuresBootAndMigrationAtScale() throws IOException {
        String suffix = Long.toString(System.currentTimeMillis(), 36);
        String oneTenant = TestPostgres.database("bench_one_" + suffix);
        String manyTenants = TestPostgres.database("bench_many_" + suffix);
        List<String> report = new ArrayList<>();

        provision(oneTenant, 1);
        long provisioning = provision(manyTenants, TENANTS);
        report.add("provision %d schemas (create + full tenant changelog), sequential: %d ms (%.0f ms each)"
                .formatted(TENANTS, provisioning, (double) provisioning / TENANTS));

        List<Long> bootOne = new ArrayList<>();
        List<Long> bootMany = new ArrayList<>();
        boot(oneTenant, TenancyProperties.DEFAULT_CHANGELOG); // warm-up, not counted
        for (int round = 0; round < ROUNDS; round++) {
            bootOne.add(boot(oneTenant, TenancyProperties.DEFAULT_CHANGELOG));
            bootMany.add(boot(manyTenants, TenancyProperties.DEFAULT_CHANGELOG));
        }
        long one = median(bootOne);
        long many = median(bootMany);
        report.add("boot with 1 schema: median %d ms of %s".formatted(one, bootOne));
        report.add("boot with %d up-to-date schemas: median %d ms of %s".formatted(TENANTS, many, bootMany));
        report.add("ratio: %.2f (target <= 1.5)".formatted((double) many / one));

        // 1 and 4 threads alternately on the same schemas, so both see the same load on a shared machine; the
        // new changeset is undone between runs so that every run does the same work.
        for (int round = 0; round < MIGRATION_ROUNDS; round++) {
            for (int threads : List.of(1, 4)) {
                long migrating = boot(manyTenants, PLUS_ONE, threads);
                report.add(("boot that migrates %d schemas by one new changeset with %d migration thread(s): %d ms,"
                        + " i.e. ~%d ms of migration (target <= 60 s)").formatted(TENANTS, threads, migrating,
                        migrating - many));
                undoPlusOne(manyTenants, TENANTS);
            }
        }

        Path out = Path.of("target/benchmarks/tenant-scale.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(line -> System.out.println("BENCH " + line));
    }

    private static long provision(String url, int count) {
        try (ConfigurableApplicationContext context = start(url, TenancyProperties.DEFAULT_CHANGELOG,
                TenancyProperties.DEFAULT_MIGRATION_THREADS)) {
            TenantSchemaMigrator migrator = context.getBean(TenantSchemaMigrator.class);
            long started = System.nanoTime();
            for (int i = 0; i < count; i++) {
                migrator.migrate(TenantId.of("bench-%03d".formatted(i)));
            }
            return (System.nanoTime() - started) / 1_000_000;
        }
    }

    private static long boot(String url, String changelog) {
        return boot(url, changelog, TenancyProperties.DEFAULT_MIGRATION_THREADS);
    }

    private static long boot(String url, String changelog, int migrationThreads) {
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = start(url, changelog, migrationThreads)) {
            return (System.nanoTime() - started) / 1_000_000;
        }
    }

    /** Back to the schemas as the current release left them: column, Liquibase's record of it, registry version. */
    private static void undoPlusOne(String url, int count) {
        try (Connection connection = DriverManager.getConnection(url, TestPostgres.username(), TestPostgres.password());
                Statement statement = connection.createStatement()) {
            // A run in which schemas failed did less work: its figure would flatter it.
            try (var failed = statement.executeQuery("select count(*) from platform.tenant_schema where status <> 'READY'")) {
                if (failed.next() && failed.getInt(1) > 0) {
                    throw new IllegalStateException(failed.getInt(1) + " tenant schemas failed to migrate");
                }
            }
            // Dropping the column fails loudly if the run did not add it.
            for (int i = 0; i < count; i++) {
                String schema = TenantId.of("bench-%03d".formatted(i)).quotedSchemaName();
                statement.execute("alter table " + schema + ".beneficiary drop column bench_marker");
                statement.execute("delete from " + schema + ".databasechangelog where id = 'bench-one-more-column'");
            }
            statement.execute("update platform.tenant_schema set changelog_version = 'before-plus-one'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static ConfigurableApplicationContext start(String url, String changelog, int migrationThreads) {
        // As command-line arguments: builder "properties" are defaults that application.yml would override.
        Map<String, String> arguments = Map.ofEntries(
                Map.entry("spring.datasource.url", url),
                Map.entry("spring.datasource.username", TestPostgres.username()),
                Map.entry("spring.datasource.password", TestPostgres.password()),
                Map.entry("server.port", "0"),
                Map.entry("kentra.security.issuer-uri", "http://localhost:1/realms/kentra"),
                Map.entry("kentra.security.jwk-set-uri", "http://localhost:1/certs"),
                Map.entry("kentra.tenancy.changelog", changelog),
                Map.entry("kentra.tenancy.migration-threads", Integer.toString(migrationThreads)),
                Map.entry("logging.level.root", "WARN"),
                Map.entry("spring.main.banner-mode", "off"));
        return new SpringApplicationBuilder(CaseServiceApplication.class)
                .run(arguments.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
