package gr.kentra.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import gr.kentra.launcher.KeycloakDistribution;
import gr.kentra.launcher.KeycloakServer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code deploy/keycloak/kentra-realm-production.json} imported by a real Keycloak of its own, its placeholders
 * resolved from the environment as an operator would set them: the realm starts, keeps what RealmFilesTest reads
 * from the file, and a new account must enrol a one-time password.
 */
class ProductionRealmSystemIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theProductionRealmImportsAndMakesEveryNewAccountEnrolAnOneTimePassword() throws IOException {
        Path root = Path.of(System.getProperty("kentra.repository-root", "../..")).toAbsolutePath().normalize();
        Path work = Path.of(System.getProperty("kentra.work-directory", "target/platform")).resolve("production-realm");
        Path realm = Files.createDirectories(work.resolve("realm"));
        // As shipped but for one setting: this Keycloak answers plain HTTP on loopback, which "all" would refuse
        // (RealmFilesTest checks that the file says "all").
        String shipped = Files.readString(root.resolve("deploy/keycloak/kentra-realm-production.json"));
        assertThat(shipped).contains("\"sslRequired\": \"all\"");
        Files.writeString(realm.resolve("kentra-realm.json"),
                shipped.replace("\"sslRequired\": \"all\"", "\"sslRequired\": \"external\""));
        Path home = KeycloakDistribution.unpack(Path.of(System.getProperty("kentra.keycloak-zip",
                "target/keycloak/keycloak-dist.zip")), work.resolve("keycloak"));
        String gatewaySecret = "gw-" + UUID.randomUUID();
        Map<String, String> environment = Map.of("KENTRA_PUBLIC_URL", "https://kentra.example.gr",
                "KENTRA_GATEWAY_CLIENT_SECRET", gatewaySecret,
                "KENTRA_TENANT_SERVICE_CLIENT_SECRET", "ts-" + UUID.randomUUID(),
                "KENTRA_CASE_SERVICE_CLIENT_SECRET", "cs-" + UUID.randomUUID(),
                "KENTRA_ORGANIZATION_DOMAIN_SUFFIX", "kentra.example.gr");

        try (KeycloakServer keycloak = KeycloakServer.start(home, realm, 0, true, work.resolve("keycloak.log"),
                environment)) {
            String admin = keycloak.baseUrl() + "/admin/realms/kentra";
            String token = keycloak.adminToken();

            JsonNode settings = get(admin, token);
            assertThat(settings.path("bruteForceProtected").asBoolean()).isTrue();
            assertThat(settings.path("failureFactor").asInt()).isBetween(1, 10);
            assertThat(settings.path("passwordPolicy").asString()).contains("length(12)");
            assertThat(settings.path("eventsEnabled").asBoolean()).isTrue();
            JsonNode gateway = get(admin + "/clients?clientId=kentra-gateway", token).get(0);
            assertThat(gateway.path("redirectUris").toString())
                    .isEqualTo("[\"https://kentra.example.gr/login/oauth2/code/keycloak\"]");
            assertThat(gateway.path("secret").asString()).isEqualTo(gatewaySecret);
            assertThat(get(admin + "/clients?clientId=kentra-cli", token).size()).isZero();
            assertThat(get(admin + "/organizations?search=moschato-tavros.kentra.example.gr&exact=true", token).size())
                    .isEqualTo(1);

            HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(admin + "/users"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"username":"new-staff","enabled":true,"firstName":"Νέα","lastName":"Υπάλληλος",
                             "email":"new-staff@moschato-tavros.kentra.example.gr"}""")).build());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String location = created.headers().firstValue("Location").orElseThrow();
            JsonNode user = get(location, token);
            assertThat(user.path("requiredActions").toString()).contains("CONFIGURE_TOTP");

            assertThatThrownBy(() -> keycloak.passwordGrant("new-staff", "whatever-long-password"))
                    .as("no kentra-cli, no password grant").isInstanceOf(IllegalStateException.class);
        }
    }

    private static JsonNode get(String url, String token) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).GET().build());
        assertThat(response.statusCode()).as(url + " " + response.body()).isEqualTo(200);
        return Http.JSON.readTree(response.body());
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
