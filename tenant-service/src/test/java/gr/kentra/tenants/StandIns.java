package gr.kentra.tenants;

import java.util.Optional;

import gr.kentra.launcher.testing.TestPostgres;
import gr.kentra.tenants.centre.onboarding.OrganizationProvisioner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Wiring for tests whose case-service and Keycloak token endpoint are a local HTTP stand-in: a registry database
 * of their own, and this service's real clients pointed at the stand-in.
 */
public final class StandIns {

    /** The token path of the realm, as the stand-ins serve it. */
    public static final String TOKEN_PATH = "/realms/kentra/protocol/openid-connect/token";

    private StandIns() {
    }

    public static void register(DynamicPropertyRegistry registry, String database, String standInBaseUrl) {
        registry.add("spring.datasource.url", () -> TestPostgres.database(database));
        registry.add("spring.datasource.username", TestPostgres::username);
        registry.add("spring.datasource.password", TestPostgres::password);
        registry.add("spring.security.oauth2.client.provider.keycloak.token-uri", () -> standInBaseUrl + TOKEN_PATH);
        registry.add("kentra.case-service.url", () -> standInBaseUrl);
    }

    /** Onboarding's Keycloak step left out: these tests are about case-service's side. */
    @TestConfiguration
    public static class NoKeycloakAdmin {
        @Bean
        @Primary
        OrganizationProvisioner organizations() {
            return organization -> Optional.empty();
        }
    }
}
