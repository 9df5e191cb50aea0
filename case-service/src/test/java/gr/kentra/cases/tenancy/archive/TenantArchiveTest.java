package gr.kentra.cases.tenancy.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import gr.kentra.launcher.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Archive export and deletion of a centre's schema: the export is complete (every table, every row, usable by COPY
 * FROM into the exported DDL), holds only that centre, and deletion needs it first.
 */
class TenantArchiveTest extends CaseServiceIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @org.springframework.beans.factory.annotation.Autowired
    ArchiveDirectory directory;

    @Test
    void removesThePartAnExportCutShortByACrashLeftAndLeavesOneBeingWritten() throws Exception {
        Files.createDirectories(ARCHIVE_DIR);
        Path abandoned = ARCHIVE_DIR.resolve("archive-crashed_20261206T101010101Z.zip.part");
        Path writing = ARCHIVE_DIR.resolve("archive-writing_20261206T101010101Z.zip.part");
        Path fresh = ARCHIVE_DIR.resolve("archive-fresh_20261206T101010101Z.zip.part");
        for (Path part : List.of(abandoned, writing, fresh)) {
            Files.write(part, new byte[] {'P', 'K', 3, 4});
        }
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minusSeconds(60));
        Files.setLastModifiedTime(abandoned, old);
        Files.setLastModifiedTime(writing, old);
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(writing,
                java.nio.file.StandardOpenOption.WRITE); var lock = channel.lock()) {
            assertThat(directory.removeAbandonedParts()).isEqualTo(1);
        }
        assertThat(abandoned).as("what a killed export left").doesNotExist();
        assertThat(writing).as("locked by its writer").exists();
        assertThat(fresh).as("just written: maybe about to be published").exists();
        Files.delete(writing);
        Files.delete(fresh);
    }

    @Test
    void exportsEveryTableOfTheCentreCompletelyAndUsably() throws Exception {
        provision("archive-full");
        provision("archive-neighbour");
        String person = fill("archive-full", "Ευτέρπη");
        String neighbour = registerPerson("archive-neighbour", "Ξανθίππη", "Γειτόνισσα", "1960-01-01");

        String answer = archive("archive-full").andReturn().getResponse().getContentAsString();
        Path zip = ARCHIVE_DIR.resolve((String) JsonPath.read(answer, "$.file"));

        assertThat(zip.getFileName().toString()).matches("archive-full_\\d{8}T\\d{9}Z\\.zip");
        assertThat(Files.size(zip)).isEqualTo(((Number) JsonPath.read(answer, "$.size")).longValue());
        assertThat(sha256(Files.readAllBytes(zip))).isEqualTo(JsonPath.read(answer, "$.sha256"));
        try (ZipFile file = new ZipFile(zip.toFile())) {
            JsonNode manifest = JSON.readTree(read(file, "manifest.json"));
            assertThat(manifest.path("tenant").asString()).isEqualTo("archive-full");
            assertThat(manifest.path("schema").asString()).isEqualTo("t_archive_full");
            assertThat(manifest.path("changelogVersion").asString()).isNotBlank();
            assertThat(tableNames(manifest)).containsExactlyInAnyOrderElementsOf(jdbc.queryForList(
                    "select table_name from information_schema.tables where table_schema = 't_archive_full'"
                            + " and table_type = 'BASE TABLE'", String.class));
            for (JsonNode table : manifest.path("tables")) {
                String name = table.path("name").asString();
                byte[] csv = read(file, table.path("file").asString());
                assertThat(table.path("rows").asLong()).as(name).isEqualTo(jdbc.queryForObject(
                        "select count(*) from t_archive_full.\"" + name + "\"", Long.class));
                assertThat(sha256(csv)).as(name).isEqualTo(table.path("sha256").asString());
                String text = new String(csv, StandardCharsets.UTF_8);
                assertThat(text).as(name).doesNotContain(neighbour).doesNotContain("Ξανθίππη");
            }
            assertThat(new String(read(file, "tables/beneficiary.csv"), StandardCharsets.UTF_8))
                    .contains(person).contains("Ευτέρπη");
            assertThat(rowsOf(manifest, "beneficiary")).isEqualTo(2);
            assertThat(rowsOf(manifest, "household_member")).isEqualTo(1);
            assertThat(rowsOf(manifest, "audit_event")).isPositive();
            assertRestoresIdentically(file, manifest);
        }
    }

    @Test
    void aSecondExportIsANewFileAndTheFirstStays() throws Exception {
        provision("archive-twice");
        String first = JsonPath.read(archive("archive-twice").andReturn().getResponse().getContentAsString(), "$.file");
        String second = JsonPath.read(archive("archive-twice").andReturn().getResponse().getContentAsString(), "$.file");

        assertThat(second).isNotEqualTo(first);
        assertThat(ARCHIVE_DIR.resolve(first)).exists();
        assertThat(ARCHIVE_DIR.resolve(second)).exists();
    }

    @Test
    void refusesToDeleteACentreWithoutAnExport() throws Exception {
        provision("archive-none");
        // The export of a centre whose id starts the same way is not this centre's.
        provision("archive-none-2");
        archive("archive-none-2");
        gr.kentra.cases.RegistryStandIn.allowSchemaDeletion("archive-none");

        mvc.perform(delete("/internal/tenants/archive-none").with(tenantService()).header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("No export of the centre"));
        mvc.perform(delete("/internal/tenants/archive-none").with(tenantService()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Δεν υπάρχει εξαγωγή του κέντρου"));
        assertThat(schemaExists("t_archive_none")).isTrue();
    }

    @Test
    void deletesTheSchemaAfterTheExportAndLeavesOtherCentresAlone() throws Exception {
        provision("archive-gone");
        provision("archive-stays");
        fill("archive-gone", "Καλλιόπη");
        String stays = registerPerson("archive-stays", "Ουρανία", "Μένουσα", "1970-02-02");
        archive("archive-gone");
        gr.kentra.cases.RegistryStandIn.allowSchemaDeletion("archive-gone");

        mvc.perform(delete("/internal/tenants/archive-gone").with(tenantService()))
                .andExpect(status().isNoContent());

        assertThat(schemaExists("t_archive_gone")).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from platform.tenant_schema where tenant_id = 'archive-gone'",
                Integer.class)).isZero();
        mvc.perform(get("/internal/tenants/archive-gone").with(tenantService())).andExpect(status().isNotFound());
        mvc.perform(in("archive-gone", "social-worker", get("/api/beneficiaries"), null))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/internal/tenants/archive-gone").with(tenantService())).andExpect(status().isNotFound());
        mvc.perform(in("archive-stays", "social-worker", get("/api/beneficiaries/{id}", stays), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.firstName").value("Ουρανία"));
    }

    @Test
    void refusesToDropASchemaTheRegistryDoesNotShowArchivedAndPastRetention() throws Exception {
        provision("archive-active");
        archive("archive-active");

        mvc.perform(delete("/internal/tenants/archive-active").with(tenantService()).header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Deletion not allowed"));
        assertThat(schemaExists("t_archive_active")).isTrue();
        assertThat(gr.kentra.cases.RegistryStandIn.authorizations()).contains("Bearer case-service-token");
    }

    @Test
    void onlyAPlatformAdminMayExportOrDelete() throws Exception {
        provision("archive-guarded");
        mvc.perform(post("/internal/tenants/archive-guarded/archive").with(socialWorkerOf("archive-guarded")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/internal/tenants/archive-guarded/archive").with(staff("archive-guarded", "coordinator")))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/internal/tenants/archive-guarded").with(staff("archive-guarded", "coordinator")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/internal/tenants/archive-guarded/archive")).andExpect(status().isUnauthorized());

        try (var files = Files.list(ARCHIVE_DIR)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.startsWith("archive-guarded_"));
        }
        assertThat(schemaExists("t_archive_guarded")).isTrue();
    }

    @Test
    void answers404ForACentreWithoutASchemaAnd400ForAnInvalidId() throws Exception {
        mvc.perform(post("/internal/tenants/archive-nowhere/archive").with(tenantService()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(delete("/internal/tenants/archive-nowhere").with(tenantService()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/internal/tenants/Bad_Id/archive").with(tenantService()))
                .andExpect(status().isBadRequest());
    }

    /** Two people (one with a household member) besides the seeded catalogues; returns the first person's id. */
    private String fill(String tenant, String firstName) throws Exception {
        String person = registerPerson(tenant, firstName, "Αρχειακή", "1980-03-04");
        registerPerson(tenant, "Δεύτερη", "Αρχειακή", "1990-05-06");
        mvc.perform(in(tenant, "social-worker", post("/api/beneficiaries/{b}/household", person),
                        "{\"relation\":\"SPOUSE\",\"age\":47,\"employmentStatus\":\"UNEMPLOYED\",\"disability\":true}"))
                .andExpect(status().isCreated());
        return person;
    }

    private org.springframework.test.web.servlet.ResultActions archive(String tenant) throws Exception {
        return mvc.perform(post("/internal/tenants/{tenant}/archive", tenant).with(tenantService()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tenant").value(tenant));
    }

    /**
     * Creates the exported DDL in an empty schema, loads every CSV with COPY FROM, adds the constraints, and
     * compares each table with the original row by row (as text, so every column type compares).
     */
    private void assertRestoresIdentically(ZipFile file, JsonNode manifest) throws Exception {
        String[] ddl = new String(read(file, "schema.sql"), StandardCharsets.UTF_8)
                .split(java.util.regex.Pattern.quote(TenantTables.CONSTRAINTS_MARKER));
        try (Connection connection = DriverManager.getConnection(TestPostgres.database("cases_test"),
                TestPostgres.username(), TestPostgres.password())) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists restored_archive cascade; create schema restored_archive");
                statement.execute("set search_path to restored_archive, extensions");
                statement.execute(ddl[0]);
                var copy = connection.unwrap(PGConnection.class).getCopyAPI();
                Map<String, Long> loaded = new HashMap<>();
                for (JsonNode table : manifest.path("tables")) {
                    String name = table.path("name").asString();
                    List<String> columns = table.path("columns").valueStream()
                            .map(c -> "\"" + c.path("name").asString() + "\"").toList();
                    loaded.put(name, copy.copyIn("copy \"" + name + "\" (" + String.join(", ", columns)
                            + ") from stdin with (format csv, header)",
                            new ByteArrayInputStream(read(file, table.path("file").asString()))));
                }
                statement.execute(ddl[1]);
                for (JsonNode table : manifest.path("tables")) {
                    String name = table.path("name").asString();
                    assertThat(loaded.get(name)).as(name).isEqualTo(table.path("rows").asLong());
                    assertThat(digest("restored_archive", name)).as(name).isEqualTo(digest("t_archive_full", name));
                }
            }
        }
    }

    private String digest(String schema, String table) {
        return jdbc.queryForObject("select md5(coalesce(string_agg(r::text, E'\\n' order by r::text), ''))"
                + " from \"" + schema + "\".\"" + table + "\" r", String.class);
    }

    private static List<String> tableNames(JsonNode manifest) {
        return manifest.path("tables").valueStream().map(t -> t.path("name").asString()).toList();
    }

    private static long rowsOf(JsonNode manifest, String table) {
        return manifest.path("tables").valueStream().filter(t -> t.path("name").asString().equals(table))
                .findFirst().orElseThrow().path("rows").asLong();
    }

    private boolean schemaExists(String schema) {
        return jdbc.queryForObject("select count(*) from information_schema.schemata where schema_name = ?",
                Integer.class, schema) > 0;
    }

    private static byte[] read(ZipFile file, String name) throws Exception {
        ZipEntry entry = file.getEntry(name);
        assertThat(entry).as(name).isNotNull();
        try (var in = file.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
