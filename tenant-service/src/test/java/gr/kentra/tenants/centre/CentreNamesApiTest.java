package gr.kentra.tenants.centre;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import gr.kentra.tenants.centre.registry.Centre;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The centres' display names that case-service polls for its page headers and the gateway reads for its centre
 * chooser, with their own service tokens only.
 */
class CentreNamesApiTest extends RegistryTest {

    @Test
    void givesCaseServiceEveryCentresNamesInGreekAndEnglish() throws Exception {
        jdbc.update("update centre set status = 'SUSPENDED' where id = 'elefsina'");
        // Other tests of the shared registry rename centres (same-name onboarding): give mouzaki its names here.
        jdbc.update("update centre set name_el = 'Κέντρο Κοινότητας Δήμου Μουζακίου',"
                + " name_en = 'Community Centre of the Municipality of Mouzaki' where id = 'mouzaki'");

        mvc.perform(get("/internal/centres/names").with(service("kentra-case-service")))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.names.mouzaki.el").value("Κέντρο Κοινότητας Δήμου Μουζακίου"))
                .andExpect(jsonPath("$.names.mouzaki.en").value("Community Centre of the Municipality of Mouzaki"))
                .andExpect(jsonPath("$.names.elefsina.el").isString());
    }

    @Test
    void givesTheGatewayTheNamesForItsCentreChooser() throws Exception {
        mvc.perform(get("/internal/centres/names").with(service("kentra-gateway")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.names.elefsina.el").isString());
        // Only reading: the gateway's token opens nothing else internal.
        mvc.perform(get("/internal/centres/elefsina/schema-deletion").with(service("kentra-gateway")))
                .andExpect(status().isForbidden());
    }

    @Test
    void refusesTheNamesToPeopleAndToOtherServices() throws Exception {
        mvc.perform(get("/internal/centres/names")).andExpect(status().isUnauthorized());
        mvc.perform(get("/internal/centres/names").with(platformAdmin())).andExpect(status().isForbidden());
        mvc.perform(get("/internal/centres/names").with(socialWorker())).andExpect(status().isForbidden());
        // A person's token carrying the gateway's client id (the browser login uses that client) is still a person's.
        mvc.perform(get("/internal/centres/names").with(jwt().jwt(token -> token
                        .claim("preferred_username", "maria").claim("azp", "kentra-gateway")
                        .claim("realm_access", java.util.Map.of("roles", java.util.List.of("social-worker"))))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/internal/centres/names").with(service("kentra-reporting-service")))
                .andExpect(status().isForbidden());
    }

    /** A client-credentials token of {@code client}, as Keycloak issues it to the service account. */
    private static RequestPostProcessor service(String client) {
        return jwt().jwt(token -> token.claim("preferred_username", "service-account-" + client)
                        .claim("azp", client)
                        .claim("realm_access", java.util.Map.of("roles", java.util.List.of("kentra-service"))))
                .authorities(new SimpleGrantedAuthority("ROLE_SERVICE"));
    }
}
