package gr.kentra.tenants.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import gr.kentra.tenants.centre.onboarding.Onboarding;
import gr.kentra.tenants.centre.registry.Centre;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Onboarding's Keycloak step: Organization and first coordinator, recorded, retried, shown once. */
class OrganizationOnboardingTest extends RegistryTest {

    private static final String PERISTERI = """
            {"id":"peristeri","nameEl":"Κέντρο Κοινότητας Δήμου Περιστερίου",
             "nameEn":"Community Centre of Peristeri","municipality":"Περιστέρι","region":"attica"}""";

    @Test
    void onboardingMakesTheOrganizationAndReturnsTheFirstCoordinatorOnce() throws Exception {
        mvc.perform(post("/admin/api/tenants").with(platformAdmin())
                        .contentType(MediaType.APPLICATION_JSON).content(PERISTERI))
                .andExpect(status().isCreated())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.keycloakStatus").value("READY"))
                .andExpect(jsonPath("$.firstCoordinator.username").value("peristeri-coord"))
                .andExpect(jsonPath("$.firstCoordinator.temporaryPassword").value("Temp-peristeri-coord"));

        assertThat(organizations.requested()).singleElement().satisfies(organization -> {
            assertThat(organization.tenant().value()).isEqualTo("peristeri");
            assertThat(organization.name()).isEqualTo("Κέντρο Κοινότητας Δήμου Περιστερίου");
            assertThat(organization.organizationName()).isEqualTo("Κέντρο Κοινότητας Δήμου Περιστερίου (peristeri)");
            assertThat(organization.region()).isEqualTo("attica");
        });
        mvc.perform(get("/admin/api/tenants/peristeri").with(platformAdmin()))
                .andExpect(jsonPath("$.keycloakStatus").value("READY"))
                .andExpect(jsonPath("$.firstCoordinator").doesNotExist())
                .andExpect(content().string(not(containsString("Temp-peristeri-coord"))));
        assertThat(jdbc.queryForList("select detail from audit_event where centre_id = 'peristeri'"
                + " and action = 'ORGANIZATION_READY'", String.class)).containsExactly("coordinator=peristeri-coord");
    }

    @Test
    void aKeycloakFailureHalfWayIsVisibleAndTheReconcilerCompletesIt() throws Exception {
        organizations.failWith(new IllegalStateException("Keycloak organization: 503 Service Unavailable"));

        mvc.perform(post("/admin/api/tenants").with(platformAdmin())
                        .contentType(MediaType.APPLICATION_JSON).content(PERISTERI))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.schemaStatus").value("READY"))
                .andExpect(jsonPath("$.keycloakStatus").value("FAILED"))
                .andExpect(jsonPath("$.keycloakError").value("Keycloak organization: 503 Service Unavailable"))
                .andExpect(jsonPath("$.status").value("ONBOARDING"))
                .andExpect(jsonPath("$.firstCoordinator").doesNotExist());

        organizations.failWith(null);
        organizationReconciler.reconcile();
        assertThat(organizations.requested()).as("not yet due: back-off").hasSize(1);

        jdbc.update("update centre set keycloak_next_attempt_at = now() - interval '1 second'");
        organizationReconciler.reconcile();
        Map<String, Object> centre = jdbc.queryForMap(
                "select status, keycloak_status, keycloak_error, keycloak_attempts from centre where id = 'peristeri'");
        assertThat(centre).containsEntry("status", "ACTIVE").containsEntry("keycloak_status", "READY")
                .containsEntry("keycloak_attempts", 0);
        assertThat(centre.get("keycloak_error")).isNull();
    }

    @Test
    void aFailedStepSaysWhyAndTheAdministratorCanRetryItNow() throws Exception {
        organizations.failWith(new IllegalStateException("Keycloak organization: 403 Forbidden"));
        mvc.perform(post("/admin/api/tenants").with(platformAdmin())
                        .contentType(MediaType.APPLICATION_JSON).content(PERISTERI))
                .andExpect(jsonPath("$.keycloakStatus").value("FAILED"))
                .andExpect(jsonPath("$.keycloakError").value("Keycloak organization: 403 Forbidden"));

        organizations.failWith(null);
        mvc.perform(post("/admin/api/tenants/peristeri/onboarding/retry").with(platformAdmin()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.keycloakError").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.firstCoordinator.username").value("peristeri-coord"));

        mvc.perform(post("/admin/api/tenants/peristeri/onboarding/retry").with(platformAdmin())
                        .header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("nothing to retry")));
        assertThat(jdbc.queryForList("select action from audit_event where centre_id = 'peristeri'", String.class))
                .contains("ONBOARDING_RETRIED");
    }

    @Test
    void theSchemaStepAloneDoesNotActivateACentreWhoseKeycloakStepIsPending() {
        jdbc.update("update centre set status = 'ONBOARDING', keycloak_status = 'PENDING' where id = 'mouzaki'");

        reconciler.provision("mouzaki");
        assertThat(jdbc.queryForObject("select status from centre where id = 'mouzaki'", String.class))
                .isEqualTo("ONBOARDING");

        organizationReconciler.reconcile();
        assertThat(jdbc.queryForObject("select status from centre where id = 'mouzaki'", String.class))
                .isEqualTo("ACTIVE");
    }

    @Test
    void leavesSeedAndArchivedCentresAlone() {
        jdbc.update("update centre set status = 'ARCHIVED', keycloak_status = 'PENDING' where id = 'elefsina'");
        organizationReconciler.reconcile();
        assertThat(organizations.requested()).as("seeds come READY with the realm; archived is skipped").isEmpty();
    }
}
