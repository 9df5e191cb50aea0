package gr.kentra.tenants.centre;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The list of non-active centres that the gateway polls. */
class CentreStatusApiTest extends RegistryTest {

    @Test
    void listsOnlyCentresThatAreNotActiveWithoutAToken() throws Exception {
        jdbc.update("update centre set status = 'SUSPENDED' where id = 'mouzaki'");
        jdbc.update("update centre set status = 'ARCHIVED' where id = 'elefsina'");

        mvc.perform(get("/internal/centres/status"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().json("""
                        {"unavailable":{"elefsina":"ARCHIVED","mouzaki":"SUSPENDED"}}""", true));
    }

    @Test
    void showsAStatusChangeAtOnce() throws Exception {
        mvc.perform(get("/internal/centres/status"))
                .andExpect(content().json("{\"unavailable\":{}}", true));

        mvc.perform(patch("/admin/api/tenants/nea-smyrni").with(platformAdmin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"SUSPENDED\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/internal/centres/status"))
                .andExpect(jsonPath("$.unavailable['nea-smyrni']").value("SUSPENDED"));

        mvc.perform(patch("/admin/api/tenants/nea-smyrni").with(platformAdmin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"ACTIVE\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/internal/centres/status"))
                .andExpect(content().json("{\"unavailable\":{}}", true));
    }

    @Test
    void staysClosedForEverythingElseUnderInternal() throws Exception {
        mvc.perform(get("/internal/centres/other"))
                .andExpect(status().isUnauthorized());
        // A person's platform-admin token is not a service's.
        mvc.perform(get("/internal/centres/other").with(platformAdmin()))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePublicDocumentHidesTheInternalApiAndThisServicesOwnAddress() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        java.util.Map<String, Object> paths = com.jayway.jsonpath.JsonPath.read(docs, "$.paths");
        org.assertj.core.api.Assertions.assertThat(paths.keySet()).isNotEmpty()
                .noneMatch(path -> path.startsWith("/internal"));
        org.assertj.core.api.Assertions.assertThat(docs).doesNotContain("localhost", "127.0.0.1");
    }

    @Test
    void servesMetricsToThePlatformsServicesOnly() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(platformAdmin())).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }
}
