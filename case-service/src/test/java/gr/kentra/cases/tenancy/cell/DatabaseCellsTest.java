package gr.kentra.cases.tenancy.cell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.tenancy.TenantDirectory;
import gr.kentra.cases.tenancy.request.TenantRequestFilter;
import gr.kentra.commons.security.RealmRoleAuthorities;
import gr.kentra.commons.tenant.TenantId;
import gr.kentra.launcher.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Two database cells: the default one ({@code spring.datasource}) and {@code cell-2}, a second database on the
 * embedded server. Centres on either work side by side, each centre's data only in its own cell. The default cell
 * is a database of its own here (so not the shared integration test base): the other tests' contexts know no
 * cell-2 and must never meet its centres.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DatabaseCellsTest {

    private static final String ON_CELL_TWO = "cells-north";
    private static final String ON_CELL_ONE = "cells-south";

    @DynamicPropertySource
    static void twoCells(DynamicPropertyRegistry registry) {
        TwoCells.register(registry, "cases_cells", "cases_cell2");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TenantDirectory directory;

    private final JdbcTemplate cellTwo = new JdbcTemplate(new DriverManagerDataSource(
            TestPostgres.database("cases_cell2"), TestPostgres.username(), TestPostgres.password()));

    @BeforeEach
    void centres() throws Exception {
        place(ON_CELL_TWO, "{\"region\":\"attica\",\"cell\":\"cell-2\"}").andExpect(status().isOk());
        place(ON_CELL_ONE, "{}").andExpect(status().isOk());
    }

    @Test
    void provisionsACentreOnCellTwoInCellTwosDatabaseOnly() throws Exception {
        mvc.perform(get("/internal/tenants/{tenant}", ON_CELL_TWO).with(tenantService()))
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
                String.class)).isEqualTo("cases_cells");
        assertThat(directory.ready()).extracting(placement -> placement.tenant().value())
                .contains(ON_CELL_TWO, ON_CELL_ONE);
    }

    @Test
    void jdbcTakesPartInTheTransactionsOfTheCentresCell() throws Exception {
        register(ON_CELL_TWO, "Ουρανία", "Ανεμογιάννη");
        TenantId north = TenantId.of(ON_CELL_TWO);
        JdbcTemplate cell = directory.jdbcFor(north);
        int before = cell.queryForObject("select count(*) from t_cells_north.indicator_outbox", Integer.class);
        directory.transactionsFor(north).executeWithoutResult(status -> {
            cell.update("delete from t_cells_north.indicator_outbox");
            status.setRollbackOnly();
        });
        assertThat(cell.queryForObject("select count(*) from t_cells_north.indicator_outbox", Integer.class))
                .as("the delete was rolled back with the cell's transaction").isEqualTo(before).isPositive();
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

    private ResultActions place(String tenant, String json) throws Exception {
        return mvc.perform(put("/internal/tenants/{tenant}", tenant).with(tenantService())
                .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private String register(String tenant, String firstName, String lastName) throws Exception {
        String body = mvc.perform(post("/api/beneficiaries").header(TenantRequestFilter.HEADER, tenant)
                        .with(socialWorkerOf(tenant)).contentType(MediaType.APPLICATION_JSON).content("""
                                {"firstName":"%s","lastName":"%s","dateOfBirth":"1984-04-04","gender":"FEMALE"}"""
                                .formatted(firstName, lastName)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private static RequestPostProcessor socialWorkerOf(String tenant) {
        return token(List.of(tenant), "social-worker");
    }

    private static RequestPostProcessor tenantService() {
        return gr.kentra.cases.ServiceTokens.tenantService();
    }

    private static RequestPostProcessor token(List<String> tenants, String role) {
        return jwt().jwt(jwt -> jwt.subject("user-1").claim("preferred_username", "maria")
                        .claim("organization", tenants).claim("realm_access", Map.of("roles", List.of(role))))
                .authorities(new RealmRoleAuthorities());
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

    @Autowired
    DatabaseCells cells;

    @Test
    void aSecondCellsPoolGivesUpAsPromptlyAsTheDefaultCellsWhenItsDatabaseIsDown() {
        com.zaxxer.hikari.HikariDataSource first = (com.zaxxer.hikari.HikariDataSource) cells.defaultCell().pool();
        com.zaxxer.hikari.HikariDataSource second = (com.zaxxer.hikari.HikariDataSource) cells.cell("cell-2").pool();
        assertThat(first.getConnectionTimeout()).as("spring.datasource.hikari.connection-timeout").isEqualTo(3000);
        assertThat(second.getConnectionTimeout()).as("not Hikari's 30 s: a down cell's centres get a prompt 503")
                .isEqualTo(first.getConnectionTimeout());
        assertThat(second.getValidationTimeout()).isEqualTo(first.getValidationTimeout());
    }

    @Autowired
    CellsHealth cellsHealth;

    @Test
    void reportsBothCellsPoolsInHealthAndMetrics() throws Exception {
        org.springframework.boot.health.contributor.Health health = cellsHealth.health();
        assertThat(health.getStatus()).isEqualTo(org.springframework.boot.health.contributor.Status.UP);
        assertThat(health.getDetails()).containsOnlyKeys("cell-1", "cell-2");
        assertThat(health.getDetails().get("cell-2").toString()).contains("status=UP", "maximumPoolSize=4");

        String metrics = mvc.perform(get("/actuator/prometheus").with(tenantService())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(metrics).contains("hikaricp_connections_max{pool=\"cell-pool-cell-2\",service=\"case-service\"} 4.0")
                .contains("kentra_cells_available{cell=\"cell-1\",service=\"case-service\"} 1.0")
                .contains("kentra_cells_available{cell=\"cell-2\",service=\"case-service\"} 1.0");
    }

}
