package gr.kentra.cases.tenancy.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import gr.kentra.commons.tenant.TenantId;

/**
 * The tables of a tenant schema as the catalogue describes them: columns with their types, defaults and generation
 * expressions, and the constraints, as PostgreSQL prints them. Read on the export's own connection (inside its
 * snapshot) with the tenant schema as search path, so names inside expressions come out unqualified.
 */
final class TenantTables {

    /** One table: the columns COPY writes, the generated ones it cannot write, the constraints. */
    record Table(String name, List<ArchiveManifest.Column> columns, List<ArchiveManifest.Column> generatedColumns,
            List<String> constraints, List<String> indexes) {

        /** {@code "schema"."table"}, always quoted: names come from the catalogue but are never trusted as SQL. */
        String qualified(TenantId tenant) {
            return tenant.quotedSchemaName() + "." + quote(name);
        }

        String columnList() {
            return String.join(", ", columns.stream().map(c -> quote(c.name())).toList());
        }
    }

    /** Separates the tables from their constraints in {@code schema.sql}: load the CSVs in between. */
    static final String CONSTRAINTS_MARKER = "-- Constraints: add them after loading the CSVs (keys refer across tables)";

    private TenantTables() {
    }

    static List<Table> of(Connection connection, TenantId tenant) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement tables = connection.prepareStatement("select c.relname from pg_class c"
                + " join pg_namespace n on n.oid = c.relnamespace where n.nspname = ? and c.relkind = 'r'"
                + " order by c.relname")) {
            tables.setString(1, tenant.schemaName());
            try (ResultSet rs = tables.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        List<Table> described = new ArrayList<>();
        for (String name : names) {
            described.add(describe(connection, tenant, name));
        }
        return described;
    }

    private static Table describe(Connection connection, TenantId tenant, String name) throws SQLException {
        String relation = tenant.quotedSchemaName() + "." + quote(name);
        List<ArchiveManifest.Column> columns = new ArrayList<>();
        List<ArchiveManifest.Column> generated = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select a.attname,"
                + " format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attgenerated,"
                + " pg_get_expr(d.adbin, d.adrelid) from pg_attribute a"
                + " left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum"
                + " where a.attrelid = cast(? as regclass) and a.attnum > 0 and not a.attisdropped"
                + " order by a.attnum")) {
            statement.setString(1, relation);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    boolean isGenerated = !rs.getString(4).isEmpty();
                    String expression = rs.getString(5);
                    var column = new ArchiveManifest.Column(rs.getString(1), rs.getString(2), !rs.getBoolean(3),
                            isGenerated ? null : expression, isGenerated ? expression : null);
                    (isGenerated ? generated : columns).add(column);
                }
            }
        }
        return new Table(name, columns, generated, constraints(connection, relation),
                indexes(connection, tenant, relation));
    }

    private static List<String> constraints(Connection connection, String relation) throws SQLException {
        List<String> constraints = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select conname,"
                + " pg_get_constraintdef(oid) from pg_constraint where conrelid = cast(? as regclass)"
                + " order by contype = 'p' desc, conname")) {
            statement.setString(1, relation);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    constraints.add("constraint " + quote(rs.getString(1)) + " " + rs.getString(2));
                }
            }
        }
        return constraints;
    }

    /**
     * Indexes that no constraint made (those come with their constraint), e.g. unique and search indexes.
     * PostgreSQL always names the table with its schema here; the export's DDL is relative to the search path.
     */
    private static List<String> indexes(Connection connection, TenantId tenant, String relation)
            throws SQLException {
        String qualified = " ON " + tenant.schemaName() + ".";
        List<String> indexes = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select pg_get_indexdef(i.indexrelid)"
                + " from pg_index i join pg_class c on c.oid = i.indexrelid where i.indrelid = cast(? as regclass)"
                + " and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)"
                + " order by c.relname")) {
            statement.setString(1, relation);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    indexes.add(rs.getString(1).replace(qualified, " ON "));
                }
            }
        }
        return indexes;
    }

    /** The DDL of the export ({@code schema.sql}): tables first, then constraints, which may refer to each other. */
    static String ddl(List<Table> tables) {
        StringBuilder sql = new StringBuilder(
                "-- Tables of this export. Create them in an empty schema (as search path), load each CSV with\n"
                + "-- COPY <table> (<columns of the CSV header>) FROM '<file>' WITH (FORMAT csv, HEADER), then add the\n"
                + "-- constraints below. Extension functions (unaccent, pg_trgm, btree_gist) live in schema extensions.\n\n");
        for (Table table : tables) {
            List<String> lines = new ArrayList<>();
            table.columns().forEach(c -> lines.add("  " + quote(c.name()) + " " + c.type()
                    + (c.nullable() ? "" : " not null") + (c.defaultValue() == null ? "" : " default " + c.defaultValue())));
            table.generatedColumns().forEach(c -> lines.add("  " + quote(c.name()) + " " + c.type()
                    + " generated always as (" + c.generated() + ") stored"));
            sql.append("create table ").append(quote(table.name())).append(" (\n")
                    .append(String.join(",\n", lines)).append("\n);\n");
        }
        sql.append("\n").append(CONSTRAINTS_MARKER).append("\n");
        // Keys first, then indexes (a foreign key may rest on a unique index), then what refers to them.
        for (Table table : tables) {
            table.constraints().stream().filter(TenantTables::isKey).forEach(c -> addConstraint(sql, table, c));
        }
        tables.forEach(table -> table.indexes().forEach(index -> sql.append(index).append(";\n")));
        for (Table table : tables) {
            table.constraints().stream().filter(c -> !isKey(c)).forEach(c -> addConstraint(sql, table, c));
        }
        return sql.toString();
    }

    private static boolean isKey(String constraint) {
        return constraint.contains(" PRIMARY KEY (") || constraint.contains(" UNIQUE (");
    }

    private static void addConstraint(StringBuilder sql, Table table, String constraint) {
        sql.append("alter table ").append(quote(table.name())).append(" add ").append(constraint).append(";\n");
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
