package gr.kentra.tenants;

import static org.assertj.core.api.Assertions.assertThat;

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

import org.junit.jupiter.api.Test;

/**
 * What neither Spring Modulith nor ArchUnit sees: native SQL naming another module's tables. Each table of the
 * changelog has one owning module; a module's SQL may name its own tables and, beyond them, only the tables listed
 * here as its explicit uses. {@code lifecycle} reads and writes the archive and deletion columns of {@code centre}'s
 * table {@code centre} (archived_at, the export, the DELETED tombstone): an explicit dependency, like its use of
 * {@code centre}'s named interfaces.
 */
class SqlTablesTest {

    private static final Path SOURCES = Path.of("src/main/java/gr/kentra/tenants");
    private static final Path CHANGELOG = Path.of("src/main/resources/db/changelog/registry.yaml");

    /** Module → the tables it owns. */
    private static final Map<String, Set<String>> OWNS = Map.of(
            "centre", Set.of("centre", "centre_branch", "centre_opening_hours", "centre_operation", "centre_staff",
                    "centre_walk_in_hours", "audit_event"),
            "lifecycle", Set.of("deletion_confirmation", "export_retention_decision"));

    /** Module → the other modules' tables its SQL uses: the explicit dependencies. */
    private static final Map<String, Set<String>> USES = Map.of(
            "lifecycle", Set.of("centre"));

    private static final Pattern TABLE_IN_CHANGELOG =
            Pattern.compile("tableName: ([a-z_]+)|create (?:unlogged )?table (?:if not exists )?([a-z_]+)");
    /** A table where SQL names one: after from, join, into, update, table (truncate, alter, lock) or exists. */
    private static final Pattern TABLE_IN_SQL =
            Pattern.compile("\\b(?:from|join|into|update|table|exists)\\s+([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);

    @Test
    void everyTableOfTheChangelogHasOneOwningModule() throws IOException {
        Set<String> owned = new TreeSet<>();
        OWNS.values().forEach(owned::addAll);

        assertThat(owned).isEqualTo(changelogTables());
        assertThat(OWNS.values().stream().mapToInt(Set::size).sum()).as("no table has two owners").isEqualTo(owned.size());
    }

    @Test
    void eachModulesSqlNamesOnlyItsOwnTablesAndTheUsesItDeclares() throws IOException {
        Set<String> tables = changelogTables();
        Map<String, Set<String>> named = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                Set<String> found = named.computeIfAbsent(relative.getName(0).toString(), m -> new TreeSet<>());
                found.addAll(tablesNamedInStrings(Files.readString(file), tables));
            }
        }
        named.values().removeIf(Set::isEmpty);

        Map<String, Set<String>> allowed = new TreeMap<>();
        for (String module : named.keySet()) {
            Set<String> mayName = new TreeSet<>(OWNS.getOrDefault(module, Set.of()));
            mayName.addAll(USES.getOrDefault(module, Set.of()));
            allowed.put(module, mayName);
        }
        assertThat(named).as("tables named by each module's SQL").isEqualTo(allowed);
    }

    private static Set<String> changelogTables() throws IOException {
        Set<String> tables = new TreeSet<>();
        Matcher m = TABLE_IN_CHANGELOG.matcher(Files.readString(CHANGELOG));
        while (m.find()) {
            tables.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return tables;
    }

    /** The changelog's tables the file's string literals and text blocks name as SQL tables (never its comments). */
    private static Set<String> tablesNamedInStrings(String source, Set<String> tables) {
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
