package gr.kentra.cases.tenancy.move;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyOut;

/**
 * Copies the rows of one tenant schema between two PostgreSQL connections with {@code COPY}, streamed: what the
 * source sends is written to the target as it arrives, never held whole in memory. Tables come from the
 * catalog (Liquibase's own two tables excepted: the target has its own), parents before children by their
 * foreign keys, so the target's constraints hold after every table. Inserts only: the append-only audit table
 * allows them, and the target schema is new.
 */
final class SchemaCopier {

    static final Set<String> LIQUIBASE_TABLES = Set.of("databasechangelog", "databasechangeloglock");

    /** A table of the schema with its primary key columns (empty when it has none) and its copyable columns. */
    record Table(String name, List<String> primaryKey, List<String> columns) {

        String qualified(String schema) {
            return quote(schema) + "." + quote(name);
        }

        String columnList() {
            return String.join(", ", columns.stream().map(SchemaCopier::quote).toList());
        }
    }

    private SchemaCopier() {
    }

    /** Every table of {@code schema}, parents before the tables whose foreign keys point at them. */
    static List<Table> tables(Connection connection, String schema) throws SQLException {
        Map<String, Set<String>> parents = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = ? and c.relkind in ('r', 'p') and not c.relispartition""")) {
            statement.setString(1, schema);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    if (!LIQUIBASE_TABLES.contains(rs.getString(1))) {
                        parents.put(rs.getString(1), new TreeSet<>());
                    }
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                select child.relname, parent.relname from pg_constraint co
                join pg_class child on child.oid = co.conrelid
                join pg_class parent on parent.oid = co.confrelid
                join pg_namespace n on n.oid = child.relnamespace
                where co.contype = 'f' and n.nspname = ?""")) {
            statement.setString(1, schema);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String child = rs.getString(1);
                    String parent = rs.getString(2);
                    if (parents.containsKey(child) && !child.equals(parent)) {
                        parents.get(child).add(parent);
                    }
                }
            }
        }
        List<Table> ordered = new ArrayList<>();
        for (String name : dependencyOrder(parents)) {
            ordered.add(new Table(name, primaryKey(connection, schema, name), columns(connection, schema, name)));
        }
        return ordered;
    }

    /** Kahn's algorithm, alphabetical among the tables that are free at the same time, so the order is stable. */
    static List<String> dependencyOrder(Map<String, Set<String>> parentsOf) {
        Map<String, Set<String>> waiting = new HashMap<>();
        parentsOf.forEach((table, parents) -> waiting.put(table, new TreeSet<>(parents)));
        List<String> ordered = new ArrayList<>();
        while (!waiting.isEmpty()) {
            TreeSet<String> free = new TreeSet<>();
            waiting.forEach((table, parents) -> {
                if (parents.isEmpty()) {
                    free.add(table);
                }
            });
            if (free.isEmpty()) {
                throw new IllegalStateException("Foreign keys form a cycle between " + new TreeSet<>(waiting.keySet()));
            }
            for (String table : free) {
                waiting.remove(table);
                waiting.values().forEach(parents -> parents.remove(table));
                ordered.add(table);
            }
        }
        return ordered;
    }

    /**
     * Empties the tables the new target schema's changelog seeded (standard request types, partners, opening
     * hours), children first, so that the source's own rows (the seeds as the centre edited them) take their place.
     */
    static void clearSeeds(Connection target, String schema, List<Table> tables) throws SQLException {
        try (Statement statement = target.createStatement()) {
            for (Table table : tables.reversed()) {
                try (ResultSet rs = statement.executeQuery("select exists (select 1 from " + table.qualified(schema)
                        + ")")) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        statement.executeUpdate("delete from " + table.qualified(schema));
                    }
                }
            }
        }
    }

    /** Streams the table's rows from source to target; returns how many rows the target took. */
    static long copy(Connection source, Connection target, String schema, Table table) throws SQLException {
        String columns = " (" + table.columnList() + ")";
        CopyOut out = source.unwrap(PGConnection.class).getCopyAPI()
                .copyOut("copy " + table.qualified(schema) + columns + " to stdout");
        CopyIn in;
        try {
            in = target.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + table.qualified(schema) + columns + " from stdin");
        } catch (SQLException e) {
            out.cancelCopy();
            throw e;
        }
        try {
            byte[] chunk;
            while ((chunk = out.readFromCopy()) != null) {
                in.writeToCopy(chunk, 0, chunk.length);
            }
            return in.endCopy();
        } catch (SQLException e) {
            if (in.isActive()) {
                in.cancelCopy();
            }
            if (out.isActive()) {
                out.cancelCopy();
            }
            throw e;
        }
    }

    /** Sets every sequence of the target schema to where the source's stands; returns how many. */
    static int copySequences(Connection source, Connection target, String schema) throws SQLException {
        Map<String, long[]> sequences = new LinkedHashMap<>();
        try (PreparedStatement statement = source.prepareStatement("""
                select sequencename, last_value, start_value from pg_sequences where schemaname = ?
                order by sequencename""")) {
            statement.setString(1, schema);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long last = rs.getLong(2);
                    boolean called = !rs.wasNull();
                    sequences.put(rs.getString(1), new long[] {called ? last : rs.getLong(3), called ? 1 : 0});
                }
            }
        }
        try (PreparedStatement statement = target.prepareStatement("select setval(?::regclass, ?, ?)")) {
            for (Map.Entry<String, long[]> sequence : sequences.entrySet()) {
                statement.setString(1, quote(schema) + "." + quote(sequence.getKey()));
                statement.setLong(2, sequence.getValue()[0]);
                statement.setBoolean(3, sequence.getValue()[1] == 1);
                statement.execute();
            }
        }
        return sequences.size();
    }

    private static List<String> primaryKey(Connection connection, String schema, String table) throws SQLException {
        return names(connection, """
                select a.attname from pg_index i
                join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
                where i.indrelid = ?::regclass and i.indisprimary
                order by array_position(i.indkey::int2[], a.attnum)""", quote(schema) + "." + quote(table));
    }

    /** Generated columns are left out: the target computes them. */
    private static List<String> columns(Connection connection, String schema, String table) throws SQLException {
        return names(connection, """
                select attname from pg_attribute
                where attrelid = ?::regclass and attnum > 0 and not attisdropped and attgenerated = ''
                order by attnum""", quote(schema) + "." + quote(table));
    }

    private static List<String> names(Connection connection, String sql, String relation) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, relation);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
