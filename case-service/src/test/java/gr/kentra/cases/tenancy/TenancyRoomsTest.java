package gr.kentra.cases.tenancy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The rooms inside tenancy, which Spring Modulith sees as one module: each room uses only the rooms listed here
 * (and the module's door, this package), and no two rooms lean on each other. A new arrow between rooms is a
 * change to this table, made on purpose.
 */
class TenancyRoomsTest {

    private static final String BASE = "gr.kentra.cases.tenancy";

    /** Room → the rooms it may use. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "registry", Set.of(),
            "cell", Set.of("registry"),
            "gate", Set.of("cell"),
            "lifecycle", Set.of(),
            "migration", Set.of("cell", "gate", "registry"),
            "move", Set.of("cell", "gate", "migration", "registry"),
            "archive", Set.of("cell", "lifecycle", "registry"),
            "request", Set.of("cell", "gate", "lifecycle", "move", "registry"));

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);

    @Test
    void everyRoomIsInTheTable() {
        Set<String> rooms = new TreeSet<>();
        CLASSES.forEach(type -> {
            String name = type.getPackageName();
            if (name.startsWith(BASE + ".")) {
                rooms.add(name.substring(BASE.length() + 1).split("\\.")[0]);
            }
        });
        assertThat(rooms).isEqualTo(new TreeSet<>(ALLOWED.keySet()));
    }

    @Test
    void eachRoomUsesOnlyTheRoomsItDeclares() {
        ALLOWED.forEach((room, allowed) -> {
            String[] forbidden = ALLOWED.keySet().stream()
                    .filter(other -> !other.equals(room) && !allowed.contains(other))
                    .map(other -> BASE + "." + other + "..")
                    .toArray(String[]::new);
            if (forbidden.length > 0) {
                noClasses().that().resideInAPackage(BASE + "." + room + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                        .because(room + " may use only " + allowed)
                        .check(CLASSES);
            }
        });
    }

    @Test
    void noTwoRoomsLeanOnEachOther() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
