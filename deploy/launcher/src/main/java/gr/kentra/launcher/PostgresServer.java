package gr.kentra.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server from the zonky binaries on Maven Central: no Docker, no system install.
 * With a data directory that already holds a cluster, the data survives restarts (the local stack);
 * with a fresh temporary directory it is a throw-away server (tests).
 */
public final class PostgresServer implements AutoCloseable {

    private static final Pattern DATABASE_NAME = Pattern.compile("^[a-z][a-z0-9_]{0,62}$");

    /**
     * Set (to true) for the platform benchmark's statement statistics: the server loads {@code pg_stat_statements}
     * with planning tracked. Off by default: it costs every statement a little, and only a benchmark reads it.
     */
    public static final String STATEMENT_STATISTICS = "kentra.postgres.statement-statistics";

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts a server on {@code port} (0 picks a free one) keeping its cluster in {@code dataDirectory}. */
    public static PostgresServer start(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
            boolean fresh = !Files.exists(dataDirectory.resolve("PG_VERSION"));
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(fresh)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("shared_buffers", "128MB")
                    .setServerConfig("fsync", "on")
                    // Its own pick would come from the kernel's ephemeral range, which a restart can lose.
                    .setPort(port > 0 ? port : Processes.freePort());
            if (Boolean.getBoolean(STATEMENT_STATISTICS)) {
                builder.setServerConfig("shared_preload_libraries", "pg_stat_statements")
                        .setServerConfig("pg_stat_statements.track_planning", "on");
            }
            return new PostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /** Starts a throw-away server in a new temporary directory on a free port. */
    public static PostgresServer startTemporary() {
        try {
            return start(Files.createTempDirectory("kentra-pg-"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String username() {
        return "postgres";
    }

    public String password() {
        return "postgres";
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + checkedName(database);
    }

    /** A new connection to {@code database} as this server's user: for the tests' and benchmarks' own SQL. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), username(), password());
    }

    /**
     * Creates the database if it does not exist yet, with the shared {@code extensions} schema holding
     * {@code unaccent} and {@code pg_trgm} (created here because extensions need a superuser).
     */
    public String createDatabaseIfMissing(String database) {
        String name = checkedName(database);
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'");
            if (!rs.next()) {
                s.execute("create database \"" + name + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        try (Connection c = postgres.getDatabase(username(), name).getConnection();
                Statement s = c.createStatement()) {
            s.execute("create schema if not exists extensions");
            s.execute("create extension if not exists unaccent schema extensions");
            s.execute("create extension if not exists pg_trgm schema extensions");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare database " + name, e);
        }
        return jdbcUrl(name);
    }

    private static String checkedName(String database) {
        if (database == null || !DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Not a valid database name: " + database);
        }
        return database;
    }

    /**
     * A database outage as the services see one (the resilience suite): every session on {@code databases} is ended
     * ({@code pg_terminate_backend}, SQLState 57P01 as in a fast shutdown) and new connections are refused
     * ({@code ALLOW_CONNECTIONS false}) until {@link #restore(String...)}. What was committed stays. Done in SQL
     * because the embedded binaries' {@code pg_ctl} and server refuse to be started by root, as the tests run here.
     */
    public void cutOff(String... databases) {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (String database : databases) {
                s.execute("alter database \"" + checkedName(database) + "\" with allow_connections false");
            }
            for (String database : databases) {
                s.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '"
                        + checkedName(database) + "' and pid <> pg_backend_pid()");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not cut off " + String.join(", ", databases), e);
        }
    }

    /** Accepts connections to {@code databases} again after {@link #cutOff(String...)}. */
    public void restore(String... databases) {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (String database : databases) {
                s.execute("alter database \"" + checkedName(database) + "\" with allow_connections true");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not restore " + String.join(", ", databases), e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
