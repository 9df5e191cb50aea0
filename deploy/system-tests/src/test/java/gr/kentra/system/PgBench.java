package gr.kentra.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import gr.kentra.launcher.PostgresServer;

/**
 * The database's floor for a request: Debian's {@code pgbench} (package {@code postgresql-client}; the embedded
 * PostgreSQL's binaries carry no pgbench) runs the request's own SQL against the platform's PostgreSQL at the
 * same concurrency, with prepared statements as pgjdbc uses them.
 */
final class PgBench {

    record Result(double tps, double latencyMillis, long transactions, double seconds) {
        Result plus(Result other) {
            long all = transactions + other.transactions;
            double time = seconds + other.seconds;
            return new Result(all / time, (latencyMillis * transactions + other.latencyMillis * other.transactions) / all,
                    all, time);
        }

        @Override
        public String toString() {
            return "%-28s %7.1f tx/s   mean %6.2f ms  (%d transactions)".formatted("pgbench", tps, latencyMillis,
                    transactions);
        }
    }

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");
    private static final Pattern PROCESSED = Pattern.compile("number of transactions actually processed: (\\d+)");

    private PgBench() {
    }

    static String executable() {
        for (String candidate : List.of("/usr/bin/pgbench", "/usr/lib/postgresql/18/bin/pgbench",
                "/usr/lib/postgresql/17/bin/pgbench", "/usr/lib/postgresql/16/bin/pgbench",
                "/usr/lib/postgresql/15/bin/pgbench")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("No pgbench: apt-get install postgresql-client");
    }

    static Result run(PostgresServer postgres, String database, Path script, int clients, Duration duration,
            List<String> variables) throws IOException, InterruptedException {
        return run(postgres, database, script, clients, duration, variables, 0);
    }

    /**
     * The same at no more than {@code rate} transactions a second (pgbench's {@code -R}; 0 for as fast as it goes):
     * the database's own work per transaction at the rate the platform reached, where its processes wait between
     * requests as they do behind the platform.
     */
    static Result run(PostgresServer postgres, String database, Path script, int clients, Duration duration,
            List<String> variables, double rate) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable(), "-h", "127.0.0.1", "-p",
                Integer.toString(postgres.port()), "-U", postgres.username(), "-n", "-M", "prepared", "-c",
                Integer.toString(clients), "-j", Integer.toString(Math.min(clients, 2)), "-T",
                Long.toString(duration.toSeconds()), "-f", script.toString()));
        if (rate > 0) {
            command.add("-R");
            command.add(Long.toString(Math.round(rate)));
        }
        for (String variable : variables) {
            command.add("-D");
            command.add(variable);
        }
        command.add(database);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", postgres.password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + output);
        }
        double tps = number(TPS, output);
        long transactions = (long) number(PROCESSED, output);
        return new Result(tps, number(LATENCY, output), transactions, transactions / tps);
    }

    private static double number(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("Unexpected pgbench output:\n" + output);
        }
        return Double.parseDouble(matcher.group(1));
    }
}
