package gr.kentra.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Table;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;

/**
 * Plain SQL is a dependency that ModularityTests cannot see: a module reading another module's table by name. Each
 * table belongs to the module of its entity; a module may read another's table only when its
 * {@code package-info.java} allows that module. The two modules that read the record across features say exactly
 * which tables: {@code indicator} (the coded attributes of a person, {@code indicator/People}) and {@code gdpr} (the
 * export and erasure, {@code gdpr/catalogue/PersonalDataReader} and {@code gdpr/catalogue/PersonalDataCatalogue});
 * reading one more or one fewer fails here until the list below and the module's allowed dependencies say so.
 */
class SqlTableReadsTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "gr", "kentra", "cases");
    private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);
    private static final Pattern TABLE = Pattern.compile("\\b(?:from|join|update|into)\\s+([a-z_][a-z0-9_]*)");
    private static final Map<String, String> OWNERS = entityTables();

    @Test
    void everyTableReadBySqlBelongsToTheModuleOrToOneItMayUse() {
        Map<String, Set<String>> undeclared = new TreeMap<>();
        for (String module : modules()) {
            Set<String> allowed = Set.of(allowedDependencies(module));
            for (String table : tablesReadBy(module)) {
                String owner = OWNERS.get(table);
                if (owner != null && !owner.equals(module) && !allowed.contains(owner)) {
                    undeclared.computeIfAbsent(module, m -> new TreeSet<>()).add(table + " (" + owner + ")");
                }
            }
        }
        assertThat(undeclared).as("tables read by SQL from modules not in allowedDependencies").isEmpty();
    }

    @Test
    void indicatorReadsOnlyThePersonsCodedAttributes() {
        assertThat(othersTablesReadBy("indicator")).containsExactlyInAnyOrder(
                "beneficiary", "socio_economic_profile", "household_member");
    }

    @Test
    void gdprReadsEveryPartOfTheRecordAndNothingElse() {
        assertThat(othersTablesReadBy("gdpr")).containsExactlyInAnyOrder(
                "beneficiary", "household_member", "social_history_version", "socio_economic_profile",
                "needs_assessment", "audit_event", "service_request", "request_type", "referral", "partner",
                "counselling_session", "counselling_session_participant", "appointment", "walk_in",
                "social_investigation", "homeless_register_entry", "goods_distribution", "goods_distribution_line",
                "issued_document",
                // described in the record of processing, never read or erased: they hold no person's data
                "community_event", "opening_hours", "opening_hours_day", "partner_location", "partner_contact",
                "partner_service_area",
                // described too; the field package deletes a person's conflicts itself
                "field_checkout", "field_operation", "field_conflict");
    }

    /** Other modules' tables named in the module's SQL, and, for gdpr, in its catalogue of personal tables. */
    private static Set<String> othersTablesReadBy(String module) {
        Set<String> tables = new TreeSet<>();
        tablesReadBy(module).stream().filter(t -> OWNERS.containsKey(t) && !OWNERS.get(t).equals(module))
                .forEach(tables::add);
        return tables;
    }

    /** Tables named after from/join/update/into in the string literals and text blocks of the module's sources. */
    static Set<String> tablesReadBy(String module) {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES.resolve(module))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                // "…" + "…" across lines is one statement
                String source = Files.readString(file).replaceAll("\"\\s*\\+\\s*\"", "");
                Matcher literal = LITERAL.matcher(source);
                while (literal.find()) {
                    String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
                    Matcher table = TABLE.matcher(text.toLowerCase());
                    while (table.find()) {
                        tables.add(table.group(1));
                    }
                }
                // the catalogue names its tables as the first argument of table("…", …)
                Matcher catalogued = Pattern.compile("\\btable\\(\"([a-z_]+)\"").matcher(source);
                while (catalogued.find()) {
                    tables.add(catalogued.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    private static List<String> modules() {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] allowedDependencies(String module) {
        try {
            ApplicationModule declared = Class.forName("gr.kentra.cases." + module + ".package-info")
                    .getAnnotation(ApplicationModule.class);
            return declared == null ? new String[0] : declared.allowedDependencies();
        } catch (ClassNotFoundException e) {
            return new String[0];
        }
    }

    /** Table name → module, from the entities' {@code @Table} and their collections' {@code @CollectionTable}. */
    private static Map<String, String> entityTables() {
        Map<String, String> owners = new TreeMap<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("gr.kentra.cases")) {
            String[] packages = type.getPackageName().split("\\.");
            if (packages.length < 4) {
                continue;
            }
            String module = packages[3];
            Optional<Table> table = type.tryGetAnnotationOfType(Table.class);
            table.ifPresent(t -> owners.put(t.name(), module));
            for (JavaField field : type.getFields()) {
                field.tryGetAnnotationOfType(CollectionTable.class).ifPresent(c -> owners.put(c.name(), module));
            }
        }
        assertThat(owners).as("entity tables").containsKeys("beneficiary", "socio_economic_profile");
        return owners;
    }

    @Test
    void findsTheTablesOfAStatementSplitOverLines() {
        assertThat(Arrays.asList(TABLE.matcher("select a from beneficiary b left join socio_economic_profile p")
                .results().map(r -> r.group(1)).toArray())).containsExactly("beneficiary", "socio_economic_profile");
    }
}
