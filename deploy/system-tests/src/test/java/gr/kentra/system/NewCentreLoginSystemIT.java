package gr.kentra.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import gr.kentra.launcher.Platform;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Onboarding through the gateway gives the new centre a Keycloak Organization and a first coordinator who can
 * work in it at once. Prints the time from the onboarding call's return to the coordinator's first 200
 * (target ≤ 3 s, issue 4).
 *
 * <p>The coordinator's password is temporary: Keycloak adds the "update password" required action, which the
 * password grant cannot perform, so that grant is refused until the password is changed. A person changes it
 * on Keycloak's login page; this test, having no browser, stands in for that step with the admin REST API
 * (bootstrap admin, local stack only) and then logs in with the new, non-temporary password.
 */
class NewCentreLoginSystemIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aNewCentresFirstCoordinatorWorksInItWithinSecondsOfOnboarding() {
        Platform platform = SystemUnderTest.platform();
        String gateway = platform.gatewayUrl();
        String centre = "kallithea-" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z0-9]", "x");
        String adminToken = platform.keycloak().passwordGrant("platform-admin", "demo");

        Http.Response created = Http.post(gateway + "/admin/api/tenants", adminToken, """
                {"id":"%s","nameEl":"Κέντρο Κοινότητας Δήμου Καλλιθέας %s",
                 "nameEn":"Community Centre of Kallithea %s","municipality":"Καλλιθέα",
                 "region":"attica","programmePeriod":"2021-2027"}""".formatted(centre, centre, centre));
        long returned = System.nanoTime();

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.path("schemaStatus").asString()).as(created.body()).isEqualTo("READY");
        assertThat(body.path("keycloakStatus").asString()).as(created.body()).isEqualTo("READY");
        assertThat(body.path("status").asString()).isEqualTo("ACTIVE");
        String username = body.path("firstCoordinator").path("username").asString();
        String temporary = body.path("firstCoordinator").path("temporaryPassword").asString();
        assertThat(username).isEqualTo(centre + "-coord");
        assertThat(temporary).isNotBlank();
        assertThat(created.header("Cache-Control")).contains("no-store");

        assertThatThrownBy(() -> platform.keycloak().passwordGrant(username, temporary))
                .as("a temporary password must be changed before it gives a token")
                .hasMessageContaining("HTTP 400");
        String chosen = "Kentra-" + UUID.randomUUID();
        setPassword(platform, username, chosen);
        String coordinator = platform.keycloak().passwordGrant(username, chosen);

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                assertThat(Http.get(gateway + "/t/" + centre + "/api/beneficiaries", coordinator).status())
                        .isEqualTo(200));
        long millis = Duration.ofNanos(System.nanoTime() - returned).toMillis();
        System.out.printf("NEW_CENTRE_FIRST_200_MS=%d (onboarding return -> first 200 at /t/%s/api/beneficiaries,"
                + " including the stand-in password change and the login; target <= 3000)%n", millis, centre);

        Http.Response foreign = Http.get(gateway + "/t/moschato-tavros/api/beneficiaries", coordinator);
        assertThat(foreign.status()).as("the new coordinator belongs to the new centre only").isEqualTo(403);
    }

    /** What the user does on Keycloak's "update password" page, done through the admin API. */
    private static void setPassword(Platform platform, String username, String password) {
        String admin = platform.keycloak().baseUrl() + "/admin/realms/kentra";
        String token = platform.keycloak().adminToken();
        JsonNode users = Http.JSON.readTree(send(HttpRequest.newBuilder(URI.create(admin + "/users?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + token)
                .GET().build()).body());
        String id = users.get(0).path("id").asString();
        HttpResponse<String> reset = send(HttpRequest.newBuilder(URI.create(admin + "/users/" + id + "/reset-password"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"type\":\"password\",\"value\":\"" + password + "\",\"temporary\":false}"))
                .build());
        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(204);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
