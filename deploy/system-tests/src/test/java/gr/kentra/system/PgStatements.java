package gr.kentra.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import gr.kentra.launcher.Platform;
import gr.kentra.launcher.PostgresServer;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What PostgreSQL spent a measured phase on, statement by statement ({@code pg_stat_statements}, planning tracked),
 * where the benchmark runs with {@code -Dkentra.postgres.statement-statistics=true}: the statements of every
 * database, their calls per request, and their execution and planning time per call. The extension costs each
 * statement a little, so a run with it is for finding causes, not for the figures.
 */
final class PgStatements {

    private PgStatements() {
    }

    static boolean enabled() {
        return Boolean.getBoolean(PostgresServer.STATEMENT_STATISTICS);
    }

    /** Empties the statistics (the extension created on first use). */
    static void reset(PostgresServer postgres) throws SQLException {
        try (Connection db = postgres.connect(Platform.CASES_DATABASE); Statement statement = db.createStatement()) {
            statement.execute("create extension if not exists pg_stat_statements with schema extensions");
            statement.execute("select extensions.pg_stat_statements_reset()");
        }
    }

    /** The {@code top} statements by execution and planning time together since the last reset, per request. */
    static ArrayNode since(PostgresServer postgres, long requests, int top) throws SQLException {
        ArrayNode statements = JsonNodeFactory.instance.arrayNode();
        double perRequest = Math.max(1, requests);
        try (Connection db = postgres.connect(Platform.CASES_DATABASE); Statement statement = db.createStatement();
             ResultSet rs = statement.executeQuery("select d.datname, regexp_replace(s.query, '\\s+', ' ', 'g'),"
                     + " s.calls, s.total_exec_time, s.total_plan_time, s.plans, s.rows"
                     + " from extensions.pg_stat_statements s join pg_database d on d.oid = s.dbid"
                     + " where s.query not like '%pg_stat_statements%'"
                     + " order by s.total_exec_time + s.total_plan_time desc limit " + top)) {
            while (rs.next()) {
                ObjectNode row = statements.addObject();
                long calls = Math.max(1, rs.getLong(3));
                row.put("database", rs.getString(1));
                String query = rs.getString(2);
                row.put("statement", query.length() > 160 ? query.substring(0, 160) + "…" : query);
                row.put("callsPerRequest", Math.round(rs.getLong(3) / perRequest * 100) / 100.0);
                row.put("execMsPerCall", Math.round(rs.getDouble(4) / calls * 1000) / 1000.0);
                row.put("planMsPerCall", Math.round(rs.getDouble(5) / calls * 1000) / 1000.0);
                row.put("plansPerCall", Math.round((double) rs.getLong(6) / calls * 100) / 100.0);
                row.put("execAndPlanMsPerRequest", Math.round((rs.getDouble(4) + rs.getDouble(5)) / perRequest
                        * 1000) / 1000.0);
            }
        }
        return statements;
    }
}
