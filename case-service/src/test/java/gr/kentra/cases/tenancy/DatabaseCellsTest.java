package gr.kentra.cases.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import gr.kentra.commons.tenant.TenantId;
import gr.kentra.launcher.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two database cells: the default one ({@code spring.datasource}) and {@code cell-2}, a second database on the
 * embedded server. Centres on either work side by side, each centre's data only in its own cell.
 */
class DatabaseCellsTest extends CaseServiceIntegrationTest {

    private static final String ON_CELL_TWO = "cells-north";
    private static final String ON_CELL_ONE = "cells-south";

    @DynamicPropertySource
    static void secondCell(DynamicPropertyRegistry registry) {
        registry.add("kentra.cells.cell-2.url", () -> TestPostgres.database("cases_cell2"));
        registry.add("kentra.cells.cell-2.username", TestPostgres::username);
        registry.add("kentra.cells.cell-2.password", TestPostgres::password);
        registry.add("kentra.cells.cell-2.maximum-pool-size", () -> "4");
    }

    @Autowired
    TenantDirectory directory;

    private final JdbcTemplate cellTwo = new JdbcTemplate(new DriverManagerDataSource(
            TestPostgres.database("cases_cell2"), TestPostgres.username(), TestPostgres.password()));

    @BeforeEach
    void centres() throws Exception {
        place(ON_CELL_TWO, "{\"region\":\"attica\",\"cell\":\"cell-2\"}").andExpect(status().isOk());
        provision(ON_CELL_ONE);
    }

    @Test
    void provisionsACentreOnCellTwoInCellTwosDatabaseOnly() throws Exception {
        mvc.perform(get("/internal/tenants/{tenant}", ON_CELL_TWO).with(platformAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cell").value("cell-2"))
                .andExpect(jsonPath("$.status").value("READY"));
        assertThat(tables(cellTwo, "t_cells_north")).isPositive();
        assertThat(tables(jdbc, "t_cells_north")).isZero();
        assertThat(tables(jdbc, "t_cells_south")).isPositive();
        assertThat(tables(cellTwo, "t_cells_south")).isZero();
        assertThat(jdbc.queryForObject("select cell from platform.tenant_schema where tenant_id = ?", String.class,
                ON_CELL_TWO)).as("the placement is recorded on the default cell").isEqualTo("cell-2");
    }

    @Test
    void preparesCellTwoWithThePlatformSchemaAndTheSearchExtensions() {
        assertThat(cellTwo.queryForList("select extname from pg_extension e join pg_namespace n"
                + " on n.oid = e.extnamespace where n.nspname = 'extensions'", String.class))
                .contains("unaccent", "pg_trgm", "btree_gist");
        assertThat(cellTwo.queryForObject("select count(*) from information_schema.schemata"
                + " where schema_name = 'platform'", Integer.class)).isOne();
    }

    @Test
    void registersAndSearchesOnBothCellsAtTheSameTime() throws Exception {
        String north = register(ON_CELL_TWO, "Αριάδνη", "Βορειάδη");
        String south = register(ON_CELL_ONE, "Αριάδνη", "Νοτιάδη");

        assertThat(lastNames(ON_CELL_TWO, "ariadni")).contains("Βορειάδη").doesNotContain("Νοτιάδη");
        assertThat(lastNames(ON_CELL_ONE, "Αριαδνη")).contains("Νοτιάδη").doesNotContain("Βορειάδη");
        assertThat(cellTwo.queryForObject("select count(*) from t_cells_north.beneficiary where id = ?::uuid",
                Integer.class, north)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from t_cells_south.beneficiary where id = ?::uuid",
                Integer.class, south)).isOne();
        mvc.perform(get("/api/beneficiaries/{id}", north).header(TenantRequestFilter.HEADER, ON_CELL_TWO)
                        .with(socialWorkerOf(ON_CELL_TWO)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.lastName").value("Βορειάδη"));
    }

    @Test
    void aCellTwoCentresTokenCannotReachCellOneData() throws Exception {
        String south = register(ON_CELL_ONE, "Θάλεια", "Μεσημβρινού");
        mvc.perform(get("/api/beneficiaries/{id}", south).header(TenantRequestFilter.HEADER, ON_CELL_ONE)
                        .with(socialWorkerOf(ON_CELL_TWO)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/beneficiaries/{id}", south).header(TenantRequestFilter.HEADER, ON_CELL_TWO)
                        .with(socialWorkerOf(ON_CELL_TWO)))
                .andExpect(status().isNotFound());
        assertThat(lastNames(ON_CELL_TWO, "Μεσημβρινού")).isEmpty();
    }

    @Test
    void givesJdbcOnTheCellHoldingTheCentre() throws Exception {
        register(ON_CELL_TWO, "Ευτέρπη", "Ορεινού");
        JdbcTemplate north = directory.jdbcFor(TenantId.of(ON_CELL_TWO));
        assertThat(north.queryForObject("select count(*) from t_cells_north.indicator_outbox", Integer.class))
                .isPositive();
        assertThat(north.queryForObject("select current_database()", String.class)).isEqualTo("cases_cell2");
        assertThat(north.queryForObject("select current_schema()", String.class))
                .as("cell-2's pooled connections go back to the platform schema").isEqualTo("platform");
        assertThat(directory.jdbcFor(TenantId.of(ON_CELL_ONE)).queryForObject("select current_database()",
                String.class)).isEqualTo("cases_test");
    }

    @Test
    void refusesAnUnknownCellWithAFieldErrorAndCreatesNothing() throws Exception {
        place("cells-nowhere", "{\"cell\":\"cell-9\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("cell"))
                .andExpect(jsonPath("$.errors[0].message").value("is not a database cell of this service"));
        assertThat(jdbc.queryForObject("select count(*) from platform.tenant_schema where tenant_id = 'cells-nowhere'",
                Integer.class)).isZero();
    }

    @Test
    void refusesToMoveAPlacedCentreToAnotherCell() throws Exception {
        place(ON_CELL_ONE, "{\"cell\":\"cell-2\"}")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("cell-1")));
        assertThat(tables(cellTwo, "t_cells_south")).isZero();
        place(ON_CELL_TWO, "{\"cell\":\"cell-2\"}").andExpect(status().isOk());
    }

    private org.springframework.test.web.servlet.ResultActions place(String tenant, String json) throws Exception {
        return mvc.perform(put("/internal/tenants/{tenant}", tenant).with(platformAdmin())
                .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private String register(String tenant, String firstName, String lastName) throws Exception {
        return registerPerson(tenant, firstName, lastName, "1984-04-04");
    }

    private List<String> lastNames(String tenant, String q) throws Exception {
        String body = mvc.perform(get("/api/beneficiaries").param("q", q)
                        .header(TenantRequestFilter.HEADER, tenant).with(socialWorkerOf(tenant)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.items[*].lastName");
    }

    private static int tables(JdbcTemplate database, String schema) {
        Integer count = database.queryForObject("select count(*) from information_schema.tables"
                + " where table_schema = ?", Integer.class, schema);
        return count == null ? 0 : count;
    }
}
