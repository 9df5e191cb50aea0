package gr.kentra.cases.tenancy.move;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.tenancy.cell.DatabaseCells;
import gr.kentra.cases.tenancy.migration.TenantSchemaMigrator;
import gr.kentra.commons.tenant.TenantId;
import gr.kentra.launcher.PostgresServer;
import gr.kentra.launcher.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The restore drill of deploy/OPERATIONS.md ("One centre into a fresh cluster"), on embedded PostgreSQL (issue 16).
 * A centre lives on cell-2, a PostgreSQL cluster of its own. Its schema is dumped (every table's rows with COPY, as
 * {@code pg_dump --data-only -n t_<slug>} writes them, and its sequences: the embedded binaries have no pg_dump).
 * Then the whole cluster is lost and a fresh, empty one takes its address; the centre's schema is recreated there by
 * the tenant changelog (the DDL part of a restore) and the dump is loaded. Then the centre works: the same rows, its
 * people found by search, their record cards with the audit trail they had, and new work accepted.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CentreRestoreDrillTest {

    private static final TenantId CENTRE = TenantId.of("restore-drill");
    private static PostgresServer cellTwo = PostgresServer.startTemporary();
    private static final int CELL_TWO_PORT = cellTwo.port();
    private static final String DATABASE = "kentra_cases";

    @DynamicPropertySource
    static void cells(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.database("cases_drill"));
        registry.add("spring.datasource.username", TestPostgres::username);
        registry.add("spring.datasource.password", TestPostgres::password);
        registry.add("kentra.cells.cell-2.url", () -> cellTwo.createDatabaseIfMissing(DATABASE));
        registry.add("kentra.cells.cell-2.username", () -> "postgres");
        registry.add("kentra.cells.cell-2.password", () -> "postgres");
        registry.add("kentra.cells.cell-2.maximum-pool-size", () -> "4");
    }

    @AfterAll
    static void stopCellTwo() {
        cellTwo.close();
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    TenantSchemaMigrator migrator;
    @Autowired
    DatabaseCells cells;

    @Test
    void aCentreDumpedFromItsCellIsRestoredIntoAFreshClusterAndWorks(@TempDir Path dump) throws Exception {
        mvc.perform(put("/internal/tenants/{tenant}", CENTRE.value()).with(TwoCellMoveSupport.tenantService())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"region\":\"attica\",\"cell\":\"cell-2\"}"))
                .andExpect(status().isOk());
        String eleni = register("Ελένη", "Ανακτήση");
        String nikos = register("Νίκος", "Επαναφοράκης");
        mvc.perform(in("social-worker", post("/api/requests"), """
                {"beneficiaryId":"%s","type":"GOODS","channel":"WALK_IN","receivedOn":"2026-02-01",
                 "description":"Τρόφιμα για την οικογένεια."}""".formatted(eleni))).andExpect(status().isCreated());
        mvc.perform(in("social-worker", get("/api/beneficiaries/{id}", nikos), null)).andExpect(status().isOk());
        Map<String, String> before = TwoCellMoveSupport.contents(cellTwoJdbc(), CENTRE.schemaName());

        // 1. The nightly dump of the centre's schema.
        Map<String, Long> dumped = dumpSchema(dump);
        assertThat(dumped).containsKeys("beneficiary", "audit_event");

        // 2. The cell's cluster is lost; a fresh, empty one is set up at the same address.
        cellTwo.close();
        cellTwo = PostgresServer.start(Files.createTempDirectory("kentra-pg-restored-"), CELL_TWO_PORT);
        cellTwo.createDatabaseIfMissing(DATABASE);
        // What case-service's platform changelog installs on a cell when it starts against it (OPERATIONS.md, step 3).
        cellTwoJdbc().execute("create extension if not exists btree_gist schema extensions");
        assertThat(TwoCellMoveSupport.schemaExists(cellTwoJdbc(), CENTRE.schemaName())).isFalse();

        // 3. The restore: the schema from the tenant changelog, then the dumped rows and sequences.
        migrator.createSchemaOn(CENTRE, cells.cell("cell-2"));
        Map<String, Long> loaded = loadSchema(dump);
        assertThat(loaded).isEqualTo(dumped);
        assertThat(TwoCellMoveSupport.contents(cellTwoJdbc(), CENTRE.schemaName())).isEqualTo(before);

        // 4. The centre works.
        String found = mvc.perform(in("social-worker", get("/api/beneficiaries").param("q", "Επαναφοράκης"), null))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(found).contains(nikos);
        mvc.perform(in("social-worker", get("/api/beneficiaries/{id}", eleni), null)).andExpect(status().isOk());
        String audit = mvc.perform(in("coordinator", get("/api/audit"), null))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(audit).contains(eleni, nikos);
        register("Ιωάννα", "Μετάτηνεπαναφορά");
    }

    private String register(String firstName, String lastName) throws Exception {
        String body = mvc.perform(in("social-worker", post("/api/beneficiaries"), """
                        {"firstName":"%s","lastName":"%s","dateOfBirth":"1979-05-05","gender":"FEMALE"}"""
                        .formatted(firstName, lastName)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder in(String role,
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String json) {
        return TwoCellMoveSupport.in(CENTRE.value(), role, request, json);
    }

    private static JdbcTemplate cellTwoJdbc() {
        return new JdbcTemplate(new DriverManagerDataSource(cellTwo.jdbcUrl(DATABASE), "postgres", "postgres"));
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(cellTwo.jdbcUrl(DATABASE), "postgres", "postgres");
    }

    /** Every table's rows ({@code COPY ... TO STDOUT}, one file each) and the sequences' positions. */
    private static Map<String, Long> dumpSchema(Path dump) throws Exception {
        String schema = CENTRE.schemaName();
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection source = connect()) {
            for (SchemaCopier.Table table : SchemaCopier.tables(source, schema)) {
                try (OutputStream out = Files.newOutputStream(dump.resolve(table.name() + ".copy"))) {
                    rows.put(table.name(), source.unwrap(PGConnection.class).getCopyAPI().copyOut(
                            "copy " + table.qualified(schema) + " (" + table.columnList() + ") to stdout", out));
                }
            }
            StringBuilder sequences = new StringBuilder();
            try (PreparedStatement statement = source.prepareStatement(
                    "select sequencename, last_value from pg_sequences where schemaname = ? and last_value is not null")) {
                statement.setString(1, schema);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        sequences.append(rs.getString(1)).append('=').append(rs.getLong(2)).append('\n');
                    }
                }
            }
            Files.writeString(dump.resolve("sequences.txt"), sequences);
        }
        return rows;
    }

    /** Loads the dump into the recreated schema: the changelog's seed rows give way to the centre's own. */
    private static Map<String, Long> loadSchema(Path dump) throws Exception {
        String schema = CENTRE.schemaName();
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection target = connect()) {
            List<SchemaCopier.Table> tables = SchemaCopier.tables(target, schema);
            SchemaCopier.clearSeeds(target, schema, tables);
            for (SchemaCopier.Table table : tables) {
                try (InputStream in = Files.newInputStream(dump.resolve(table.name() + ".copy"))) {
                    rows.put(table.name(), target.unwrap(PGConnection.class).getCopyAPI().copyIn(
                            "copy " + table.qualified(schema) + " (" + table.columnList() + ") from stdin", in));
                }
            }
            for (String line : Files.readAllLines(dump.resolve("sequences.txt"))) {
                String[] sequence = line.split("=");
                try (PreparedStatement statement = target.prepareStatement("select setval(?::regclass, ?, true)")) {
                    statement.setString(1, SchemaCopier.quote(schema) + "." + SchemaCopier.quote(sequence[0]));
                    statement.setLong(2, Long.parseLong(sequence[1]));
                    statement.execute();
                }
            }
        }
        return rows;
    }
}
