package gr.kentra.gateway.landing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

/** Every role lands somewhere useful after login, read from the access token's roles and centres. */
class LandingTest {

    private static Jwt token(List<String> centres, String... roles) {
        return Jwt.withTokenValue("t").header("alg", "none").subject("someone")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60))
                .claim("organization", centres).claim("realm_access", Map.of("roles", List.of(roles))).build();
    }

    @Test
    void centreStaffLandOnTheirCentresHomeAndAMemberOfSeveralChoosesOne() {
        for (String role : List.of("social-worker", "psychologist", "coordinator", "admin-staff")) {
            assertThat(Landing.pathFor(token(List.of("elefsina"), role))).as(role).isEqualTo("/t/elefsina/");
        }
        assertThat(Landing.pathFor(token(List.of("elefsina", "mouzaki"), "social-worker"))).isEqualTo("/centres");
    }

    @Test
    void analystsAndManagersLandOnTheDashboardsAndPlatformAdministratorsOnTheRegistry() {
        assertThat(Landing.pathFor(token(List.of(), "ministry-analyst"))).isEqualTo("/dashboards/");
        assertThat(Landing.pathFor(token(List.of(), "regional-manager"))).isEqualTo("/dashboards/");
        assertThat(Landing.pathFor(token(List.of(), "platform-admin"))).isEqualTo("/admin/");
        // Someone with no role of the platform is told so on the chooser page, not sent to a 404.
        assertThat(Landing.pathFor(token(List.of()))).isEqualTo("/centres");
    }
}
