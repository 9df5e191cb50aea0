package gr.kentra.commons.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads which tables a service's Liquibase changelog creates and which of them each module's native SQL names, for
 * the services' {@code SqlTablesTest}s: what neither Spring Modulith nor ArchUnit sees.
 */
public final class SqlTables {

    private static final Pattern TABLE_IN_CHANGELOG =
            Pattern.compile("tableName: ([a-z_]+)|create (?:unlogged )?table (?:if not exists )?([a-z_]+)");
    /** A table where SQL names one: after from, join, into, update, table (truncate, alter, lock) or exists. */
    private static final Pattern TABLE_IN_SQL =
            Pattern.compile("\\b(?:from|join|into|update|table|exists)\\s+([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);

    private SqlTables() {
    }

    /** The tables the changelog creates. */
    public static Set<String> ofChangelog(Path changelog) throws IOException {
        Set<String> tables = new TreeSet<>();
        Matcher m = TABLE_IN_CHANGELOG.matcher(Files.readString(changelog));
        while (m.find()) {
            tables.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return tables;
    }

    /**
     * Module (the first package below {@code sources}) → the given tables its string literals and text blocks name
     * as SQL tables (never its comments); modules that name none are left out.
     */
    public static Map<String, Set<String>> namedByModule(Path sources, Set<String> tables) throws IOException {
        Map<String, Set<String>> named = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = sources.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                Set<String> found = named.computeIfAbsent(relative.getName(0).toString(), m -> new TreeSet<>());
                found.addAll(namedInStrings(Files.readString(file), tables));
            }
        }
        named.values().removeIf(Set::isEmpty);
        return named;
    }

    private static Set<String> namedInStrings(String source, Set<String> tables) {
        Set<String> found = new TreeSet<>();
        Matcher string = STRING.matcher(source.replaceAll("(?m)^\\s*(//|\\*|/\\*).*$", ""));
        while (string.find()) {
            String text = string.group(1) != null ? string.group(1) : string.group(2);
            Matcher table = TABLE_IN_SQL.matcher(text);
            while (table.find()) {
                if (tables.contains(table.group(1))) {
                    found.add(table.group(1));
                }
            }
        }
        return found;
    }
}
