package gr.kentra.reporting;

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
 * here as its explicit reads. {@code indicator} reads {@code aggregate}'s pre-aggregates (it never writes them) and
 * {@code aggregate} rebuilds them from {@code fact}'s facts.
 */
class SqlTablesTest {

    private static final Path SOURCES = Path.of("src/main/java/gr/kentra/reporting");
    private static final Path CHANGELOG = Path.of("src/main/resources/db/changelog/reporting.yaml");

    /** Module → the tables it owns. */
    private static final Map<String, Set<String>> OWNS = Map.of(
            "fact", Set.of("indicator_fact"),
            "aggregate", Set.of("fact_monthly", "fact_monthly_coarse", "fact_yearly_coarse", "person_month",
                    "esf_participant", "person_presence", "distinct_persons", "centre", "month_stamp",
                    "centre_name"));

    /** Module → the other modules' tables its SQL reads: the explicit dependencies. */
    private static final Map<String, Set<String>> READS = Map.of(
            "aggregate", Set.of("indicator_fact"),
            "indicator", Set.of("fact_monthly", "fact_monthly_coarse", "fact_yearly_coarse", "person_month",
                    "esf_participant", "distinct_persons", "centre", "month_stamp"));

    @Test
    void everyTableOfTheChangelogHasOneOwningModule() throws IOException {
        Set<String> owned = new TreeSet<>();
        OWNS.values().forEach(owned::addAll);

        assertThat(owned).isEqualTo(SqlTables.ofChangelog(CHANGELOG));
        assertThat(OWNS.values().stream().mapToInt(Set::size).sum()).as("no table has two owners").isEqualTo(owned.size());
    }

    @Test
    void eachModulesSqlNamesOnlyItsOwnTablesAndTheReadsItDeclares() throws IOException {
        Map<String, Set<String>> named = SqlTables.namedByModule(SOURCES, SqlTables.ofChangelog(CHANGELOG));

        Map<String, Set<String>> allowed = new TreeMap<>();
        for (String module : named.keySet()) {
            Set<String> mayName = new TreeSet<>(OWNS.getOrDefault(module, Set.of()));
            mayName.addAll(READS.getOrDefault(module, Set.of()));
            allowed.put(module, mayName);
        }
        assertThat(named).as("tables named by each module's SQL").isEqualTo(allowed);
    }
}
