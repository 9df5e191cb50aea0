package gr.kentra.cases.gdpr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import gr.kentra.cases.CaseServiceIntegrationTest;
import gr.kentra.cases.gdpr.catalogue.ErasureStatements;
import gr.kentra.cases.gdpr.catalogue.PersonalDataCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The catalogue against the schema the tenant changelog builds: a new column with no decision (erase, keep coded,
 * not personal, kept by law) fails here, so erasure and export cannot silently miss it.
 */
class PersonalDataCatalogueTest extends CaseServiceIntegrationTest {

    private static final String TENANT = "gdpr-catalogue";
    private static final String SCHEMA = "t_gdpr_catalogue";
    /** Tables of the person the export reads section by section; the others it reads through the catalogue. */
    private static final Set<String> EXPORTED_BY_SECTION = Set.of("beneficiary", "household_member",
            "social_history_version", "socio_economic_profile", "needs_assessment", "audit_event", "service_request",
            "referral", "counselling_session", "counselling_session_participant", "appointment",
            "social_investigation", "homeless_register_entry", "goods_distribution", "goods_distribution_line",
            "retention_decision", "walk_in", "issued_document");

    @BeforeEach
    void centre() throws Exception {
        provision(TENANT);
    }

    @Test
    void everyColumnOfTheCentresSchemaHasADecision() {
        List<String> undecided = new ArrayList<>();
        for (Map<String, Object> column : columns()) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            if (PersonalDataCatalogue.table(table).flatMap(t -> t.column(name)).isEmpty()) {
                undecided.add(table + "." + name + " (" + column.get("data_type") + ")");
            }
        }
        assertThat(undecided).as("columns without a decision in PersonalDataCatalogue").isEmpty();
    }

    @Test
    void theCatalogueNamesOnlyColumnsThatExist() {
        Set<String> existing = new TreeSet<>();
        columns().forEach(c -> existing.add(c.get("table_name") + "." + c.get("column_name")));
        List<String> stale = new ArrayList<>();
        PersonalDataCatalogue.tables().forEach(t -> t.columns().forEach(c -> {
            if (!existing.contains(t.name() + "." + c.name())) {
                stale.add(t.name() + "." + c.name());
            }
        }));
        assertThat(stale).as("catalogue entries with no column").isEmpty();
    }

    @Test
    void everyTableAboutAPersonIsExportedAndEveryLawNamed() {
        assertThat(PersonalDataCatalogue.personal()).extracting(PersonalDataCatalogue.Table::name)
                .allMatch(EXPORTED_BY_SECTION::contains);
        PersonalDataCatalogue.tables().forEach(t -> t.columns().stream()
                .filter(c -> c.decision() == PersonalDataCatalogue.Decision.KEPT_BY_LAW)
                .forEach(c -> assertThat(c.why()).as(t.name() + "." + c.name()).contains("Art.")));
        PersonalDataCatalogue.personal().stream().filter(t -> t.keptWhen() != null)
                .forEach(t -> assertThat(t.keptBecause()).as(t.name()).contains("Art."));
    }

    @Test
    void everyErasureStatementRunsOnTheSchema() {
        // Erasing nobody touches nothing, but each generated statement must be valid SQL on the real tables.
        for (String sql : ErasureStatements.all()) {
            jdbc.update(("set local search_path to " + SCHEMA + "; " + sql.replace(":person",
                    "'00000000-0000-0000-0000-000000000000'::uuid")));
        }
    }

    private List<Map<String, Object>> columns() {
        List<Map<String, Object>> columns = jdbc.queryForList("select table_name, column_name, data_type from"
                + " information_schema.columns where table_schema = ? and table_name not like 'databasechangelog%'"
                + " order by table_name, ordinal_position", SCHEMA);
        assertThat(columns).as("columns of " + SCHEMA).hasSizeGreaterThan(100);
        return columns;
    }
}
