package gr.kentra.cases;

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
 * The rooms inside one module, which Spring Modulith sees as a whole: a table of each room's allowed rooms, held
 * against the code. Rooms may use their module's door (its base package); a new arrow between rooms is a change to
 * the table, made on purpose. A module's test extends this with its base package and its table.
 */
public abstract class Rooms {

    private final String base;
    private final Map<String, Set<String>> allowed;
    private final JavaClasses classes;

    /** {@code allowed}: room (a direct sub-package of {@code base}) → the rooms it may use. */
    protected Rooms(String base, Map<String, Set<String>> allowed) {
        this.base = base;
        this.allowed = allowed;
        this.classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(base);
    }

    @Test
    protected void everyRoomIsInTheTable() {
        Set<String> rooms = new TreeSet<>();
        classes.forEach(type -> {
            String name = type.getPackageName();
            if (name.startsWith(base + ".")) {
                rooms.add(name.substring(base.length() + 1).split("\\.")[0]);
            }
        });
        assertThat(rooms).isEqualTo(new TreeSet<>(allowed.keySet()));
    }

    @Test
    protected void eachRoomUsesOnlyTheRoomsItDeclares() {
        allowed.forEach((room, mayUse) -> {
            String[] forbidden = allowed.keySet().stream()
                    .filter(other -> !other.equals(room) && !mayUse.contains(other))
                    .map(other -> base + "." + other + "..")
                    .toArray(String[]::new);
            if (forbidden.length > 0) {
                noClasses().that().resideInAPackage(base + "." + room + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                        .because(room + " may use only " + mayUse)
                        .check(classes);
            }
        });
    }

    @Test
    protected void noTwoRoomsLeanOnEachOther() {
        slices().matching(base + ".(*)..").should().beFreeOfCycles().check(classes);
    }
}
