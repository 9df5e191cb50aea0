package gr.kentra.tenants.centre;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The list of non-active centres that the gateway and case-service poll, with their own service tokens only. */
class CentreStatusApiTest extends RegistryTest {

    @Test
    void listsOnlyCentresThatAreNotActiveToTheGateway() throws Exception {
        jdbc.update("update centre set status = 'SUSPENDED' where id = 'mouzaki'");
        jdbc.update("update centre set status = 'ARCHIVED' where id = 'elefsina'");

        mvc.perform(get("/internal/centres/status").with(service("kentra-gateway")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().json("""
                        {"unavailable":{"elefsina":"ARCHIVED","mouzaki":"SUSPENDED"}}""", true));
    }

    @Test
    void showsAStatusChangeAtOnce() throws Exception {
        mvc.perform(get("/internal/centres/status").with(service("kentra-gateway")))
                .andExpect(content().json("{\"unavailable\":{}}", true));

        mvc.perform(patch("/admin/api/tenants/nea-smyrni").with(platformAdmin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"SUSPENDED\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/internal/centres/status").with(service("kentra-gateway")))
                .andExpect(jsonPath("$.unavailable['nea-smyrni']").value("SUSPENDED"));

        mvc.perform(patch("/admin/api/tenants/nea-smyrni").with(platformAdmin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"ACTIVE\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/internal/centres/status").with(service("kentra-gateway")))
                .andExpect(content().json("{\"unavailable\":{}}", true));
    }

    @Test
    void answersCaseServicesOwnTokenToo() throws Exception {
        jdbc.update("update centre set status = 'SUSPENDED' where id = 'mouzaki'");

        mvc.perform(get("/internal/centres/status").with(service("kentra-case-service")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unavailable.mouzaki").value("SUSPENDED"));
    }

    @Test
    void refusesTheStatusesWithoutATokenToAPersonAndToOtherServices() throws Exception {
        mvc.perform(get("/internal/centres/status"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        // A person's platform-admin token is not a service's.
        mvc.perform(get("/internal/centres/status").with(platformAdmin()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/internal/centres/status").with(socialWorker()))
                .andExpect(status().isForbidden());
        // A service account, but not one on this endpoint's list.
        mvc.perform(get("/internal/centres/status").with(service("kentra-reporting-service")))
                .andExpect(status().isForbidden());
        // The azp of the gateway without the service role: a person's token from the gateway's browser login.
        mvc.perform(get("/internal/centres/status").with(jwt().jwt(token -> token
                        .claim("preferred_username", "maria").claim("azp", "kentra-gateway")
                        .claim("realm_access", java.util.Map.of("roles", java.util.List.of("platform-admin"))))
                        .authorities(new SimpleGrantedAuthority("ROLE_PLATFORM_ADMIN"))))
                .andExpect(status().isForbidden());
    }

    /** A client-credentials token of {@code client}, as Keycloak issues it to the service account. */
    private static RequestPostProcessor service(String client) {
        return jwt().jwt(token -> token.claim("preferred_username", "service-account-" + client)
                        .claim("azp", client)
                        .claim("realm_access", java.util.Map.of("roles", java.util.List.of("kentra-service"))))
                .authorities(new SimpleGrantedAuthority("ROLE_SERVICE"));
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
