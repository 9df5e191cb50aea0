package gr.kentra.cases.tenancy.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import gr.kentra.cases.tenancy.gate.MoveLock;
import gr.kentra.cases.tenancy.gate.TenantLocks;
import gr.kentra.commons.tenant.TenantId;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

class TenantIsolationTest extends CaseServiceIntegrationTest {

    private static final String PERSON = """
            {"firstName":"Ελένη","lastName":"Γεωργίου","dateOfBirth":"1980-05-01","gender":"FEMALE"}""";

    @Autowired
    EntityManagerFactory entities;

    @BeforeEach
    void centres() throws Exception {
        provision("moschato-tavros");
        provision("agios-dimitrios");
    }

    @Test
    void storesARegistrationInTheCentresOwnSchemaOnly() throws Exception {
        String id = register("moschato-tavros");
        assertThat(jdbc.queryForObject("select count(*) from t_moschato_tavros.beneficiary where id = ?::uuid",
                Integer.class, id)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from t_agios_dimitrios.beneficiary where id = ?::uuid",
                Integer.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables "
                + "where table_schema in ('platform', 'public') and table_name = 'beneficiary'", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select current_schema()", String.class))
                .as("pooled connections go back to the platform schema").isEqualTo("platform");
    }

    @Test
    void anotherCentresRecordIsNotFound() throws Exception {
        String id = register("moschato-tavros");
        mvc.perform(get("/api/beneficiaries/{id}", id).header(TenantRequestFilter.HEADER, "agios-dimitrios")
                        .with(socialWorkerOf("agios-dimitrios")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void refusesATokenOfAnotherCentreAndAnUnprovisionedCentreWithTheSameBody() throws Exception {
        byte[] notMember = mvc.perform(get("/api/beneficiaries").header(TenantRequestFilter.HEADER, "moschato-tavros")
                        .with(socialWorkerOf("agios-dimitrios")).header("Accept-Language", "en"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andReturn().getResponse().getContentAsByteArray();
        byte[] unprovisioned = mvc.perform(get("/api/beneficiaries").header(TenantRequestFilter.HEADER, "atlantis")
                        .with(socialWorkerOf("atlantis")).header("Accept-Language", "en"))
                .andExpect(status().isForbidden())
                .andReturn().getResponse().getContentAsByteArray();
        byte[] malformed = mvc.perform(get("/api/beneficiaries").header(TenantRequestFilter.HEADER, "../Evil")
                        .with(socialWorkerOf("moschato-tavros")).header("Accept-Language", "en"))
                .andExpect(status().isForbidden())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(unprovisioned).isEqualTo(notMember);
        assertThat(malformed).isEqualTo(notMember);
        assertThat(new String(notMember, java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain("moschato").contains("You are not a member of this centre.");
    }

    @Test
    void refusesANonMemberInGreekByDefaultWithTheSameTitleAndType() throws Exception {
        mvc.perform(get("/api/beneficiaries").header(TenantRequestFilter.HEADER, "moschato-tavros")
                        .with(socialWorkerOf("agios-dimitrios")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("about:blank"))
                .andExpect(jsonPath("$.title").value("Forbidden"))
                .andExpect(jsonPath("$.detail").value("Δεν είστε μέλος αυτού του κέντρου."));
    }

    @Test
    void requiresTheTenantHeader() throws Exception {
        mvc.perform(get("/api/beneficiaries").with(socialWorkerOf("moschato-tavros")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("Bad Request"))
                .andExpect(jsonPath("$.detail").value("Η κεφαλίδα X-Kentra-Tenant είναι υποχρεωτική."));
        mvc.perform(get("/api/beneficiaries").header("Accept-Language", "en").with(socialWorkerOf("moschato-tavros")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The X-Kentra-Tenant header is required."));
    }

    @Test
    void refusesCallersWithoutAValidToken() throws Exception {
        mvc.perform(get("/api/beneficiaries").header(TenantRequestFilter.HEADER, "moschato-tavros"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/beneficiaries").header(TenantRequestFilter.HEADER, "moschato-tavros")
                        .header("Authorization", "Bearer not-a-jwt"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void aPlatformAdminCannotReadPersonalData() throws Exception {
        mvc.perform(get("/api/beneficiaries").header(TenantRequestFilter.HEADER, "moschato-tavros")
                        .with(token(java.util.List.of("moschato-tavros"), "platform-admin")))
                .andExpect(status().isForbidden());
    }

    @Test
    void healthAndApiDocsAreOpen() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
    }

    @Test
    void checksTheTenantOnPercentEncodedApiPathsToo() throws Exception {
        String id = register("moschato-tavros");
        for (String path : java.util.List.of("/%61pi/beneficiaries", "/%61%70%69/beneficiaries/" + id,
                "/api/%62eneficiaries/" + id, "/%41pi/beneficiaries")) {
            var answer = mvc.perform(get(java.net.URI.create(path))
                            .header(TenantRequestFilter.HEADER, "moschato-tavros")
                            .with(socialWorkerOf("agios-dimitrios")))
                    .andReturn().getResponse();
            assertThat(answer.getStatus()).as(path).isIn(403, 404);
            assertThat(answer.getContentAsString()).as(path).doesNotContain("Ελένη");
        }
        mvc.perform(get(java.net.URI.create("/%61pi/beneficiaries/" + id))
                        .header(TenantRequestFilter.HEADER, "moschato-tavros")
                        .with(socialWorkerOf("agios-dimitrios")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        // A member reaches the same record through the encoded path: the same decision as for the plain one.
        mvc.perform(get(java.net.URI.create("/%61pi/beneficiaries/" + id))
                        .header(TenantRequestFilter.HEADER, "moschato-tavros")
                        .with(socialWorkerOf("moschato-tavros")))
                .andExpect(status().isOk());
        mvc.perform(get(java.net.URI.create("/%61pi/beneficiaries")).with(socialWorkerOf("moschato-tavros")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void refusesASuspendedCentreWith423AndAnArchivedOneWith403ItselfNotOnlyAtTheGateway() throws Exception {
        provision("lifecycle-suspended");
        provision("lifecycle-archived");
        try {
            gr.kentra.cases.RegistryStandIn.status("lifecycle-suspended", "SUSPENDED");
            gr.kentra.cases.RegistryStandIn.status("lifecycle-archived", "ARCHIVED");
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                    mvc.perform(get("/api/beneficiaries").header(TenantRequestFilter.HEADER, "lifecycle-suspended")
                                    .header("Accept-Language", "en").with(socialWorkerOf("lifecycle-suspended")))
                            .andExpect(status().isLocked())
                            .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                            .andExpect(jsonPath("$.centreStatus").value("SUSPENDED"))
                            .andExpect(jsonPath("$.title").value("Centre suspended")));
            mvc.perform(post("/api/beneficiaries").header(TenantRequestFilter.HEADER, "lifecycle-suspended")
                            .with(socialWorkerOf("lifecycle-suspended")).contentType(MediaType.APPLICATION_JSON)
                            .content(PERSON))
                    .andExpect(status().isLocked());
            mvc.perform(get(java.net.URI.create("/%61pi/beneficiaries"))
                            .header(TenantRequestFilter.HEADER, "lifecycle-suspended")
                            .with(socialWorkerOf("lifecycle-suspended")))
                    .andExpect(status().isLocked());
            mvc.perform(get("/api/beneficiaries").header(TenantRequestFilter.HEADER, "lifecycle-archived")
                            .with(socialWorkerOf("lifecycle-archived")))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.centreStatus").value("ARCHIVED"));
            // A non-member learns nothing about the centre's state.
            mvc.perform(get("/api/beneficiaries").header(TenantRequestFilter.HEADER, "lifecycle-suspended")
                            .with(socialWorkerOf("moschato-tavros")))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.centreStatus").doesNotExist());
            mvc.perform(get("/api/beneficiaries").header(TenantRequestFilter.HEADER, "moschato-tavros")
                            .with(socialWorkerOf("moschato-tavros")))
                    .andExpect(status().isOk());
        } finally {
            gr.kentra.cases.RegistryStandIn.status("lifecycle-suspended", null);
            gr.kentra.cases.RegistryStandIn.status("lifecycle-archived", null);
        }
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                mvc.perform(get("/api/beneficiaries").header(TenantRequestFilter.HEADER, "lifecycle-suspended")
                                .with(socialWorkerOf("lifecycle-suspended")))
                        .andExpect(status().isOk()));
    }

    /**
     * The connection a request of one centre gets (issue 15: lock, schema check and schema set in one statement,
     * unlock and reset in another): its unqualified statements reach that centre's schema only, it holds the
     * centre's move lock shared while out, and it goes back with neither the lock nor the schema. While a move
     * holds the lock, a connection gets neither.
     */
    @Test
    void aCentresConnectionSeesOnlyItsOwnSchemaHoldsTheMoveLockAndGoesBackClean() throws Exception {
        String id = register("agios-dimitrios");
        CellConnectionProvider connections = entities.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .requireService(MultiTenantConnectionProvider.class).unwrap(CellConnectionProvider.class);
        Connection moschato = connections.getConnection("moschato-tavros");
        try {
            assertThat(single(moschato, "select array_to_string(current_schemas(false), ',')"))
                    .isEqualTo("t_moschato_tavros");
            assertThat(single(moschato, "select count(*) from beneficiary where id = '" + id + "'")).isEqualTo("0");
            assertThat(moveLocksHeld("t_moschato_tavros")).isOne();
        } finally {
            connections.releaseConnection("moschato-tavros", moschato);
        }
        assertThat(moveLocksHeld("t_moschato_tavros")).isZero();
        Connection agios = connections.getConnection("agios-dimitrios");
        try {
            assertThat(single(agios, "select count(*) from beneficiary where id = '" + id + "'")).isEqualTo("1");
        } finally {
            connections.releaseConnection("agios-dimitrios", agios);
        }
        try (Connection pooled = jdbc.getDataSource().getConnection()) {
            assertThat(single(pooled, "select array_to_string(current_schemas(false), ',')")).isEqualTo("platform");
        }

        TenantId tenant = TenantId.of("moschato-tavros");
        try (Connection mover = jdbc.getDataSource().getConnection();
             Connection other = jdbc.getDataSource().getConnection()) {
            assertThat(MoveLock.enterExclusive(mover, tenant, Duration.ofSeconds(5))).isTrue();
            try {
                assertThat(MoveLock.enterShared(other, tenant)).isEqualTo(MoveLock.Entry.MOVING);
                assertThat(single(other, "select array_to_string(current_schemas(false), ',')"))
                        .as("no schema without the lock").isEqualTo("platform");
            } finally {
                TenantLocks.call(mover, "pg_advisory_unlock", 0x4b544d56, tenant);
            }
        }
    }

    private long moveLocksHeld(String schema) {
        return jdbc.queryForObject("select count(*) from pg_locks where locktype = 'advisory' and granted"
                + " and mode = 'ShareLock' and classid = 1263816022 and objsubid = 2"
                + " and objid::text::bigint = (hashtext(?)::bigint & 4294967295)", Long.class, schema);
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private String register(String tenant) throws Exception {
        String body = mvc.perform(post("/api/beneficiaries").header(TenantRequestFilter.HEADER, tenant)
                        .with(socialWorkerOf(tenant)).contentType(MediaType.APPLICATION_JSON).content(PERSON))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }
}
