package gr.kentra.cases.tenancy.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class TenantIsolationTest extends CaseServiceIntegrationTest {

    private static final String PERSON = """
            {"firstName":"Ελένη","lastName":"Γεωργίου","dateOfBirth":"1980-05-01","gender":"FEMALE"}""";

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

    private String register(String tenant) throws Exception {
        String body = mvc.perform(post("/api/beneficiaries").header(TenantRequestFilter.HEADER, tenant)
                        .with(socialWorkerOf(tenant)).contentType(MediaType.APPLICATION_JSON).content(PERSON))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }
}
