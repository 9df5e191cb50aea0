package gr.kentra.tenants.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import gr.kentra.tenants.centre.onboarding.NewOrganization;
import gr.kentra.tenants.centre.registry.Centre;
import gr.kentra.tenants.centre.registry.CentreStatus;
import gr.kentra.tenants.centre.registry.CentreView;
import gr.kentra.tenants.centre.registry.OnboardCentre;
import gr.kentra.tenants.centre.registry.SchemaStatus;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 10 item 8: the onboarding request and the reconcilers never run the same centre's step at once (the stand-ins
 * fail a second concurrent run as Keycloak and case-service would, and remember it), and centres that share a name
 * each get their Organization.
 */
class OnboardingRaceTest extends RegistryTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theReconcilersLeaveTheKeycloakStepToTheOnboardingRequestThatRunsIt() throws Exception {
        organizations.gate().close("peristeri");
        try (ExecutorService requests = Executors.newSingleThreadExecutor()) {
            Future<CentreView> onboarded = requests.submit(() -> onboarding.onboard(centre("peristeri", "Περιστέρι"), "root"));
            await().atMost(java.time.Duration.ofSeconds(20)).until(() -> organizations.gate().holds("peristeri"));

            reconciler.reconcile();
            organizationReconciler.reconcile();
            organizations.gate().open();

            CentreView centre = onboarded.get(30, TimeUnit.SECONDS);
            assertThat(centre.status()).isEqualTo(CentreStatus.ACTIVE);
            assertThat(centre.keycloakStatus()).isEqualTo(SchemaStatus.READY);
            assertThat(centre.firstCoordinator()).as("the password reaches whoever onboarded").isNotNull();
        }
        assertThat(organizations.requested()).extracting(o -> o.tenant().value()).containsExactly("peristeri");
        assertThat(organizations.gate().collisions()).isEmpty();
    }

    @Test
    void theSchemaReconcilerLeavesTheSchemaStepToTheOnboardingRequestThatRunsIt() throws Exception {
        provisioner.gate().close("peristeri");
        try (ExecutorService requests = Executors.newSingleThreadExecutor()) {
            Future<CentreView> onboarded = requests.submit(() -> onboarding.onboard(centre("peristeri", "Περιστέρι"), "root"));
            await().atMost(java.time.Duration.ofSeconds(20)).until(() -> provisioner.gate().holds("peristeri"));

            reconciler.reconcile();
            List<String> collided = List.copyOf(provisioner.gate().collisions());
            provisioner.gate().open();

            assertThat(onboarded.get(30, TimeUnit.SECONDS).status()).isEqualTo(CentreStatus.ACTIVE);
            assertThat(collided).isEmpty();
        }
        assertThat(jdbc.queryForObject("select schema_attempts from centre where id = 'peristeri'", Integer.class))
                .isZero();
    }

    @Test
    void twentyCentresOnboardedAtOnceWhileTheReconcilersRunAllEndActive() throws Exception {
        AtomicBoolean onboarding20 = new AtomicBoolean(true);
        List<CentreView> answers = new ArrayList<>();
        try (ExecutorService requests = Executors.newFixedThreadPool(20);
                ExecutorService background = Executors.newSingleThreadExecutor()) {
            Future<?> reconciling = background.submit(() -> {
                while (onboarding20.get()) {
                    reconciler.reconcile();
                    organizationReconciler.reconcile();
                }
            });
            List<Future<CentreView>> calls = new ArrayList<>();
            for (int i = 1; i <= 20; i++) {
                OnboardCentre centre = centre("centre-" + i, "Κέντρο " + i);
                calls.add(requests.submit(() -> onboarding.onboard(centre, "root")));
            }
            for (Future<CentreView> call : calls) {
                answers.add(call.get(60, TimeUnit.SECONDS));
            }
            onboarding20.set(false);
            reconciling.get(30, TimeUnit.SECONDS);
        }
        assertThat(answers).allSatisfy(centre -> {
            assertThat(centre.status()).isEqualTo(CentreStatus.ACTIVE);
            assertThat(centre.firstCoordinator()).isNotNull();
        });
        assertThat(jdbc.queryForList("select distinct status from centre where id like 'centre-%'", String.class))
                .containsExactly("ACTIVE");
        assertThat(organizations.gate().collisions()).isEmpty();
        assertThat(provisioner.gate().collisions()).isEmpty();
        assertThat(organizations.requested()).hasSize(20);
    }

    @Test
    void twoCentresWithTheSameGreekNameAreBothActive() throws Exception {
        for (String id : List.of("agios-nikolaos", "agios-nikolaos-kritis")) {
            mvc.perform(post("/admin/api/tenants").with(platformAdmin()).contentType(MediaType.APPLICATION_JSON)
                            .content(JSON.writeValueAsString(centre(id, "Κέντρο Κοινότητας Δήμου Αγίου Νικολάου"))))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.status").value("ACTIVE"))
                    .andExpect(jsonPath("$.keycloakStatus").value("READY"))
                    .andExpect(id.equals("agios-nikolaos") ? jsonPath("$.namesakes").doesNotExist()
                            : jsonPath("$.namesakes[0]").value("agios-nikolaos"));
        }
        assertThat(organizations.requested()).extracting(NewOrganization::organizationName).containsExactly(
                "Κέντρο Κοινότητας Δήμου Αγίου Νικολάου (agios-nikolaos)",
                "Κέντρο Κοινότητας Δήμου Αγίου Νικολάου (agios-nikolaos-kritis)");
    }

    private static OnboardCentre centre(String id, String name) {
        return JSON.readValue("""
                {"id":"%s","nameEl":"%s","nameEn":"Community Centre %s","municipality":"%s","region":"attica"}"""
                .formatted(id, name, id, name), OnboardCentre.class);
    }
}
