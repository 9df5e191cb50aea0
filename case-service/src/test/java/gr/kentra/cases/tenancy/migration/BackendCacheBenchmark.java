package gr.kentra.cases.tenancy.migration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import gr.kentra.commons.tenant.TenantId;
import gr.kentra.launcher.testing.TestPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What a pooled connection costs PostgreSQL per centre it has served (issue 15, for deploy/SCALING.md): each
 * backend keeps the catalog entries of every table and index it has used, per schema, until the connection closes,
 * and every centre has its own copy of every table. Measured (not asserted): a fresh connection uses every table of
 * N real tenant schemas (the tenant changelog, foreign keys and indexes included), as a connection does that has
 * served every kind of request of N centres; then its memory, and the time of that first use against a second one.
 * Excluded from {@code ./mvnw verify} by its tag; run it with
 * {@code ./mvnw -pl case-service -am test -Dkentra.excluded-test-groups=none -Dtest=BackendCacheBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false} ({@code -Dkentra.bench.tenants=250}). Results:
 * target/benchmarks/backend-cache.txt.
 */
@Tag("benchmark")
class BackendCacheBenchmark {

    private static final int TENANTS = Integer.getInteger("kentra.bench.tenants", 250);

    /** The backend's memory in all, and under its catalog cache (the context and its children, PostgreSQL 18). */
    private static final String MEMORY = """
            select (select sum(total_bytes) from pg_backend_memory_contexts),
                   (select sum(d.total_bytes) from pg_backend_memory_contexts d, pg_backend_memory_contexts c
                     where c.name = 'CacheMemoryContext' and d.path[c.level] = c.path[c.level])""";

    @Test
    void measuresBackendMemoryPerCentreServed() throws IOException, SQLException {
        String database = "bench_cache_" + Long.toString(System.currentTimeMillis(), 36);
        String url = TestPostgres.database(database);
        List<String> schemas = new ArrayList<>();
        try (ConfigurableApplicationContext context = TenantScaleBenchmark.start(url,
                TenancyProperties.DEFAULT_CHANGELOG, TenancyProperties.DEFAULT_MIGRATION_THREADS)) {
            TenantSchemaMigrator migrator = context.getBean(TenantSchemaMigrator.class);
            for (int i = 0; i < TENANTS; i++) {
                TenantId tenant = TenantId.of("cache-%03d".formatted(i));
                migrator.migrate(tenant);
                schemas.add(tenant.schemaName());
            }
        }
        List<String> report = new ArrayList<>();
        try (Connection admin = TestPostgres.server().connect(database);
                Statement statement = admin.createStatement()) {
            List<String> tables = tables(statement, schemas.getFirst());
            try (ResultSet rs = statement.executeQuery("select count(*) from pg_indexes where schemaname = '"
                    + schemas.getFirst() + "'")) {
                rs.next();
                report.add("each centre's schema: %d tables, %d indexes (the tenant changelog)".formatted(
                        tables.size(), rs.getInt(1)));
            }
            for (String schema : schemas) {
                if (tables(statement, schema).size() != tables.size()) {
                    throw new IllegalStateException(schema + " was not provisioned whole");
                }
            }
            for (int centres : List.of(1, 10, 50, 100, TENANTS)) {
                if (centres > TENANTS) {
                    continue;
                }
                try (Connection backend = TestPostgres.server().connect(database);
                        Statement used = backend.createStatement()) {
                    backend.setAutoCommit(false);
                    long[] fresh = memory(used);
                    long first = useEveryTable(backend, used, schemas.subList(0, centres), tables);
                    long second = useEveryTable(backend, used, schemas.subList(0, centres), tables);
                    long[] after = memory(used);
                    report.add(("one connection after every table of %d centre(s): backend %.1f MiB (%.1f MiB fresh),"
                            + " catalog cache %.1f MiB, i.e. %.2f MiB per centre; first use %.2f ms per centre,"
                            + " second %.2f ms").formatted(centres, mib(after[0]), mib(fresh[0]), mib(after[1]),
                            mib(after[0] - fresh[0]) / centres, first / 1e6 / centres, second / 1e6 / centres));
                }
            }
        }
        Path out = Path.of("target/benchmarks/backend-cache.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(line -> System.out.println("BENCH " + line));
    }

    /**
     * Plans one statement per table in each schema, a transaction per centre with its path set as case-service
     * sets it: planning opens the table, its indexes and its constraints, as the centre's requests do. Nanoseconds.
     */
    private static long useEveryTable(Connection backend, Statement used, List<String> schemas, List<String> tables)
            throws SQLException {
        long started = System.nanoTime();
        for (String schema : schemas) {
            used.execute("select set_config('search_path', '\"" + schema + "\"', true)");
            for (String table : tables) {
                used.execute("select * from \"" + table + "\" where false");
            }
            backend.commit();
        }
        return System.nanoTime() - started;
    }

    private static List<String> tables(Statement statement, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        // Liquibase's own two tables are the service's bookkeeping, not a request's.
        try (ResultSet rs = statement.executeQuery("select c.relname from pg_class c join pg_namespace n"
                + " on n.oid = c.relnamespace where n.nspname = '" + schema + "' and c.relkind in ('r', 'p')"
                + " and c.relname not like 'databasechangelog%' order by 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static long[] memory(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery(MEMORY)) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    private static double mib(long bytes) {
        return bytes / 1048576.0;
    }
}
