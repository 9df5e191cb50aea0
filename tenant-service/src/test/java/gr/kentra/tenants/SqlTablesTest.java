package gr.kentra.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import gr.kentra.commons.testing.SqlTables;
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

    @Test
    void everyTableOfTheChangelogHasOneOwningModule() throws IOException {
        Set<String> owned = new TreeSet<>();
        OWNS.values().forEach(owned::addAll);

        assertThat(owned).isEqualTo(SqlTables.ofChangelog(CHANGELOG));
        assertThat(OWNS.values().stream().mapToInt(Set::size).sum()).as("no table has two owners").isEqualTo(owned.size());
    }

    @Test
    void eachModulesSqlNamesOnlyItsOwnTablesAndTheUsesItDeclares() throws IOException {
        Map<String, Set<String>> named = SqlTables.namedByModule(SOURCES, SqlTables.ofChangelog(CHANGELOG));

        Map<String, Set<String>> allowed = new TreeMap<>();
        for (String module : named.keySet()) {
            Set<String> mayName = new TreeSet<>(OWNS.getOrDefault(module, Set.of()));
            mayName.addAll(USES.getOrDefault(module, Set.of()));
            allowed.put(module, mayName);
        }
        assertThat(named).as("tables named by each module's SQL").isEqualTo(allowed);
    }
}
