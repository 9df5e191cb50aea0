package gr.kentra.cases.tenancy.move;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import gr.kentra.cases.tenancy.cell.DatabaseCell;
import gr.kentra.commons.tenant.TenantId;

/**
 * The data part of a move, on two connections of its own (never the pools' ones): the source is read in one
 * repeatable-read, read-only transaction; the target is filled in one transaction that commits only once
 * every table's row count and checksum equal the source's. The target schema itself (made by Liquibase before)
 * is the caller's to drop when this fails.
 */
final class SchemaTransfer {

    /** Verification found the target different from the source. */
    static final class Mismatch extends IllegalStateException {
        Mismatch(String message) {
            super(message);
        }
    }

    record Copied(List<MoveReport.TableCopy> tables, int sequences) {

        long rows() {
            return tables.stream().mapToLong(MoveReport.TableCopy::rows).sum();
        }
    }

    private SchemaTransfer() {
    }

    static Copied copy(DatabaseCell source, DatabaseCell target, TenantId tenant, MoveInterference interference)
            throws SQLException {
        String schema = tenant.schemaName();
        try (Connection from = source.unpooled().getConnection(); Connection to = target.unpooled().getConnection()) {
            from.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            from.setReadOnly(true);
            from.setAutoCommit(false);
            to.setAutoCommit(false);
            try {
                List<SchemaCopier.Table> tables = SchemaCopier.tables(from, schema);
                SchemaCopier.clearSeeds(to, schema, tables);
                List<String> rowByRow = ginIndexesWithoutPendingList(to, schema);
                setFastUpdate(to, rowByRow, true);
                for (SchemaCopier.Table table : tables) {
                    SchemaCopier.copy(from, to, schema, table);
                }
                mergePendingLists(to, rowByRow);
                setFastUpdate(to, rowByRow, false);
                int sequences = SchemaCopier.copySequences(from, to, schema);
                interference.beforeVerify(to);
                List<MoveReport.TableCopy> verified = verify(from, to, schema, tables);
                to.commit();
                from.commit();
                return new Copied(verified, sequences);
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(to, e);
                rollbackQuietly(from, e);
                throw e;
            }
        }
    }

    /**
     * GIN indexes that take rows one by one (the search index: see its changeset). For a bulk copy a pending
     * list merged once at the end is much cheaper than one index update per row, and the copy is what the
     * frozen centre waits for; the option is back as it was before the target commits.
     */
    private static List<String> ginIndexesWithoutPendingList(Connection to, String schema) throws SQLException {
        List<String> indexes = new ArrayList<>();
        try (PreparedStatement statement = to.prepareStatement("""
                select quote_ident(n.nspname) || '.' || quote_ident(c.relname) from pg_class c
                join pg_namespace n on n.oid = c.relnamespace join pg_am a on a.oid = c.relam
                where n.nspname = ? and c.relkind = 'i' and a.amname = 'gin'
                and 'fastupdate=off' = any (c.reloptions)""")) {
            statement.setString(1, schema);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    indexes.add(rows.getString(1));
                }
            }
        }
        return indexes;
    }

    private static void setFastUpdate(Connection to, List<String> indexes, boolean on) throws SQLException {
        try (var statement = to.createStatement()) {
            for (String index : indexes) {
                statement.execute("alter index " + index + " set (fastupdate = " + (on ? "on" : "off") + ")");
            }
        }
    }

    private static void mergePendingLists(Connection to, List<String> indexes) throws SQLException {
        for (String index : indexes) {
            try (PreparedStatement statement = to.prepareStatement("select gin_clean_pending_list(?::regclass)")) {
                statement.setString(1, index);
                statement.execute();
            }
        }
    }

    private static List<MoveReport.TableCopy> verify(Connection from, Connection to, String schema,
            List<SchemaCopier.Table> tables) throws SQLException {
        List<MoveReport.TableCopy> verified = new ArrayList<>();
        for (SchemaCopier.Table table : tables) {
            TableChecksums source = TableChecksums.of(from, schema, table);
            TableChecksums target = TableChecksums.of(to, schema, table);
            if (!source.equals(target)) {
                throw new Mismatch("Table " + table.name() + " differs after the copy: " + source.rows()
                        + " rows on the source, " + target.rows() + " on the target");
            }
            verified.add(new MoveReport.TableCopy(table.name(), source.rows(), source.md5()));
        }
        return verified;
    }

    static boolean schemaExists(DatabaseCell cell, TenantId tenant) throws SQLException {
        try (Connection connection = cell.unpooled().getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select exists (select 1 from pg_namespace where nspname = ?)")) {
            statement.setString(1, tenant.schemaName());
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    static void dropSchema(DatabaseCell cell, TenantId tenant) throws SQLException {
        try (Connection connection = cell.unpooled().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + tenant.quotedSchemaName() + " cascade");
        }
    }

    private static void rollbackQuietly(Connection connection, Exception failure) {
        try {
            if (!connection.isClosed()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
