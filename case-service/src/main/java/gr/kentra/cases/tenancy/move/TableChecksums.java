package gr.kentra.cases.tenancy.move;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;

/**
 * Row count and a content checksum of one table: md5 over the text of every row, rows in primary-key order
 * (whole-row order for a table without one). Equal on both cells means the same rows with the same values,
 * read the same way by the same server version.
 */
record TableChecksums(String table, long rows, String md5) {

    static TableChecksums of(Connection connection, String schema, SchemaCopier.Table table) throws SQLException {
        String order = table.primaryKey().isEmpty() ? "t::text"
                : table.primaryKey().stream().map(column -> "t." + SchemaCopier.quote(column))
                        .collect(Collectors.joining(", "));
        String sql = "select count(*), coalesce(md5(string_agg(t::text, E'\\n' order by " + order + ")), '')"
                + " from " + table.qualified(schema) + " t";
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return new TableChecksums(table.name(), rs.getLong(1), rs.getString(2));
        }
    }
}
