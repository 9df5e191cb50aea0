package gr.kentra.tenants.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import gr.kentra.commons.tenant.TenantId;
import gr.kentra.tenants.centre.onboarding.NewOrganization;
import gr.kentra.tenants.centre.registry.FirstCoordinator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** The admin REST client against an in-test Keycloak stand-in. */
class KeycloakOnboardingTest {

    private static final NewOrganization PERISTERI = new NewOrganization(TenantId.of("peristeri"),
            "Κέντρο Κοινότητας Δήμου Περιστερίου", "attica");

    /** A hand-made Organization that carries the centre's plain name but is not the centre's. */
    private static final JsonNode OTHER = tools.jackson.databind.json.JsonMapper.builder().build().readTree("""
            {"id":"other","alias":"peristeri-old","name":"Κέντρο Κοινότητας Δήμου Περιστερίου",
             "domains":[{"name":"peristeri-old.kentra.local"}]}""");

    private final FakeKeycloak keycloak = new FakeKeycloak();

    @AfterEach
    void stop() {
        keycloak.close();
    }

    @Test
    void createsTheOrganizationAndAFirstCoordinatorWithATemporaryPasswordAsTheService() {
        Optional<FirstCoordinator> coordinator = onboarding().provision(PERISTERI);

        assertThat(coordinator).hasValueSatisfying(c -> {
            assertThat(c.username()).isEqualTo("peristeri-coord");
            assertThat(c.temporaryPassword()).hasSize(16).matches(".*[A-Z].*").matches(".*[a-z].*").matches(".*\\d.*");
            assertThat(c.toString()).doesNotContain(c.temporaryPassword());
        });
        JsonNode organization = keycloak.organizations.values().iterator().next();
        assertThat(organization.path("alias").asString()).isEqualTo("peristeri");
        assertThat(organization.path("name").asString()).isEqualTo("Κέντρο Κοινότητας Δήμου Περιστερίου (peristeri)");
        assertThat(organization.path("description").asString()).isEqualTo("Κέντρο Κοινότητας Δήμου Περιστερίου");
        assertThat(organization.path("domains").get(0).path("name").asString()).isEqualTo("peristeri.kentra.local");
        JsonNode user = keycloak.users.values().iterator().next();
        assertThat(user.path("credentials").get(0).path("temporary").asBoolean()).isTrue();
        assertThat(user.path("credentials").get(0).path("value").asString())
                .isEqualTo(coordinator.orElseThrow().temporaryPassword());
        String userId = user.path("id").asString();
        assertThat(keycloak.roles.get(userId)).containsExactly("coordinator");
        assertThat(keycloak.members.get(organization.path("id").asString())).containsExactly(userId);
        assertThat(keycloak.requests).first().isEqualTo("POST token client_credentials");
        assertThat(keycloak.requests.subList(1, keycloak.requests.size())).allMatch(r -> r.endsWith(" Bearer admin-token"));
    }

    @Test
    void aRetryReusesWhatExistsAndReturnsNoNewPassword() {
        KeycloakOnboarding onboarding = onboarding();
        onboarding.provision(PERISTERI);

        Optional<FirstCoordinator> again = onboarding.provision(PERISTERI);

        assertThat(again).isEmpty();
        assertThat(keycloak.organizations).hasSize(1);
        assertThat(keycloak.users).hasSize(1);
        assertThat(keycloak.requests).filteredOn(r -> r.startsWith("POST /users ")).hasSize(1);
        assertThat(keycloak.requests).filteredOn(r -> r.startsWith("POST /users/") && r.contains("role-mappings"))
                .hasSize(1);
    }

    @Test
    void twoCentresWithTheSameNameEachGetTheirOwnOrganization() {
        KeycloakOnboarding onboarding = onboarding();
        onboarding.provision(PERISTERI);

        Optional<FirstCoordinator> second = onboarding.provision(new NewOrganization(TenantId.of("peristeri-2"),
                PERISTERI.name(), "attica"));

        assertThat(second).isPresent();
        assertThat(keycloak.organizations.values()).extracting(o -> o.path("alias").asString())
                .containsExactlyInAnyOrder("peristeri", "peristeri-2");
        assertThat(keycloak.organizations.values()).extracting(o -> o.path("description").asString())
                .containsOnly(PERISTERI.name());
    }

    @Test
    void anOrganizationARacingRunnerMadeIsFoundByItsAliasAndTakenAsDone() {
        keycloak.raceNextOrganization();

        assertThat(onboarding().provision(PERISTERI)).isPresent();

        JsonNode organization = keycloak.organizations.values().iterator().next();
        assertThat(keycloak.organizations).hasSize(1);
        assertThat(keycloak.members.get(organization.path("id").asString())).hasSize(1);
    }

    @Test
    void anotherOrganizationWithTheCentresPlainNameIsNeverTakenForTheCentres() {
        keycloak.organizations.put("other", OTHER);

        onboarding().provision(PERISTERI);

        assertThat(keycloak.organizations).hasSize(2);
        assertThat(keycloak.members).doesNotContainKey("other");
    }

    @Test
    void finishesAnOnboardingThatFailedHalfWay() {
        KeycloakOnboarding onboarding = onboarding();
        keycloak.fail("/organizations/", 503);
        assertThatThrownBy(() -> onboarding.provision(PERISTERI))
                .hasMessageStartingWith("Keycloak membership: 503")
                .hasMessageNotContaining(keycloak.users.values().iterator().next().path("credentials").get(0)
                        .path("value").asString());

        keycloak.fail(null, 0);
        assertThat(onboarding.provision(PERISTERI)).as("the account exists already").isEmpty();
        String userId = keycloak.users.keySet().iterator().next();
        assertThat(keycloak.members.values()).singleElement().satisfies(m -> assertThat(m).containsExactly(userId));
    }

    @Test
    void reportsARefusalByKeycloakWithTheStepThatFailed() {
        keycloak.fail("/organizations", 403);
        assertThatThrownBy(() -> onboarding().provision(PERISTERI))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Keycloak organization: 403");
        assertThat(keycloak.users).isEmpty();
    }

    @Test
    void derivesTheAdminUrlFromTheTokenUriUnlessConfigured() {
        KeycloakAdminProperties derived = new KeycloakAdminProperties(null, null, null, null);
        assertThat(derived.adminUrlOr("http://kc:8180/realms/kentra/protocol/openid-connect/token"))
                .isEqualTo(URI.create("http://kc:8180/admin/realms/kentra"));
        assertThat(derived.coordinatorRole()).isEqualTo("coordinator");
        KeycloakAdminProperties configured = new KeycloakAdminProperties(URI.create("http://other/admin/realms/x"),
                null, null, null);
        assertThat(configured.adminUrlOr("http://kc/realms/kentra/protocol/openid-connect/token"))
                .isEqualTo(URI.create("http://other/admin/realms/x"));
        assertThatThrownBy(() -> derived.adminUrlOr("http://kc/token")).hasMessageContaining("kentra.keycloak.admin-url");
    }

    private KeycloakOnboarding onboarding() {
        ClientRegistration registration = ClientRegistration.withRegistrationId(ServiceTokens.REGISTRATION)
                .clientId("kentra-tenant-service").clientSecret("secret")
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri(keycloak.tokenUri()).build();
        InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration);
        AuthorizedClientServiceOAuth2AuthorizedClientManager clients = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
                registrations, new InMemoryOAuth2AuthorizedClientService(registrations));
        clients.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
        return new KeycloakOnboarding(new KeycloakAdminProperties(null, null, null, Duration.ofSeconds(5)),
                registrations, clients, RestClient.builder());
    }
}
