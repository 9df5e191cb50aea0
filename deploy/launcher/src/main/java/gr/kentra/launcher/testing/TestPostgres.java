package gr.kentra.launcher.testing;

import gr.kentra.launcher.PostgresServer;

/**
 * The one PostgreSQL fixture of Kentra's tests: a real embedded server, started once per test JVM and
 * stopped when the JVM exits. Each caller gets its own database by name.
 * <pre>
 * &#64;DynamicPropertySource
 * static void database(DynamicPropertyRegistry registry) {
 *     registry.add("spring.datasource.url", () -> TestPostgres.database("cases_test"));
 *     registry.add("spring.datasource.username", TestPostgres::username);
 *     registry.add("spring.datasource.password", TestPostgres::password);
 * }
 * </pre>
 */
public final class TestPostgres {

    private static PostgresServer server;

    private TestPostgres() {
    }

    public static synchronized PostgresServer server() {
        if (server == null) {
            PostgresServer started = PostgresServer.startTemporary();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-postgres-stop"));
            server = started;
        }
        return server;
    }

    /** JDBC URL of the named database, created (with the {@code extensions} schema) on first use. */
    public static String database(String name) {
        return server().createDatabaseIfMissing(name);
    }

    public static String username() {
        return server().username();
    }

    public static String password() {
        return server().password();
    }
}
