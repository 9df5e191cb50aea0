package gr.kentra.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import gr.kentra.launcher.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 10 item 4 on the real Keycloak: the realm locks an account out after repeated failures, refuses a short
 * password, records login failures, and gives a token asked at 127.0.0.1 the issuer the services expect.
 */
class RealmHardeningSystemIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Platform platform;
    private static String admin;

    @BeforeAll
    static void start() {
        platform = SystemUnderTest.platform();
        admin = platform.keycloak().baseUrl() + "/admin/realms/kentra";
    }

    @Test
    void aTokenAskedAtTheLoopbackAddressCarriesTheSameIssuerAndIsAcceptedThroughTheGateway() {
        String loopback = "http://127.0.0.1:" + platform.keycloak().port() + "/realms/kentra/protocol/openid-connect/token";
        HttpResponse<String> answer = passwordGrant(loopback, "moschato-tavros-social", "demo");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        String token = Http.JSON.readTree(answer.body()).path("access_token").asString();

        assertThat(TenantIsolationSystemIT.claims(token).path("iss").asString())
                .isEqualTo(platform.keycloak().issuerUri());
        Http.Response beneficiaries = Http.get(platform.gatewayUrl() + "/t/moschato-tavros/api/beneficiaries", token);
        assertThat(beneficiaries.status()).as(beneficiaries.body()).isEqualTo(200);
    }

    @Test
    void elevenWrongPasswordsLockTheAccountSoThatTheRightOneIsRefused() {
        String username = "lockout-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Right-" + UUID.randomUUID();
        String userId = createUser(username, password);
        assertThat(passwordGrant(platform.keycloak().tokenEndpoint(), username, password).statusCode())
                .as("the account works before the attack").isEqualTo(200);

        for (int attempt = 1; attempt <= 11; attempt++) {
            assertThat(passwordGrant(platform.keycloak().tokenEndpoint(), username, "wrong-" + attempt).statusCode())
                    .isIn(400, 401);
        }

        HttpResponse<String> refused = passwordGrant(platform.keycloak().tokenEndpoint(), username, password);
        assertThat(refused.statusCode()).as("locked out: " + refused.body()).isIn(400, 401);
        JsonNode status = Http.JSON.readTree(send(adminRequest("/attack-detection/brute-force/users/" + userId)
                .GET().build()).body());
        assertThat(status.path("disabled").asBoolean()).as(status.toString()).isTrue();
        assertThat(status.path("numFailures").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode events = Http.JSON.readTree(send(adminRequest("/events?type=LOGIN_ERROR&user=" + userId)
                .GET().build()).body());
        assertThat(events.size()).as("login failures are recorded").isGreaterThanOrEqualTo(1);
    }

    @Test
    void aPasswordShorterThanTwelveCharactersIsRefusedWhileTheImportedDemoPasswordsStillWork() {
        String userId = createUser("policy-" + UUID.randomUUID().toString().substring(0, 8), "Long-enough-" + UUID.randomUUID());

        HttpResponse<String> reset = send(adminRequest("/users/" + userId + "/reset-password")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"type\":\"password\",\"value\":\"Short-1\",\"temporary\":false}"))
                .build());

        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(400);
        assertThat(passwordGrant(platform.keycloak().tokenEndpoint(), "mouzaki-psy", "demo").statusCode()).isEqualTo(200);
    }

    private static String createUser(String username, String password) {
        HttpResponse<String> created = send(adminRequest("/users").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"username":"%s","enabled":true,"firstName":"Δοκιμή","lastName":"Κλειδώματος",
                         "email":"%s@test.kentra.local","emailVerified":true,
                         "credentials":[{"type":"password","value":"%s","temporary":false}]}"""
                        .formatted(username, username, password)))
                .build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static HttpRequest.Builder adminRequest(String path) {
        return HttpRequest.newBuilder(URI.create(admin + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + platform.keycloak().adminToken());
    }

    private static HttpResponse<String> passwordGrant(String endpoint, String username, String password) {
        Map<String, String> form = Map.of("grant_type", "password", "client_id", "kentra-cli",
                "username", username, "password", password);
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
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
