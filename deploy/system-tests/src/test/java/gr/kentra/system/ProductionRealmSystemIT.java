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
 * from the file, a new account must enrol a one-time password, and a staff role is asked for it at login by the
 * role-conditioned browser flow (someone without a staff role is not).
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
        // A copy of the platform's Keycloak, which dev mode has already built: a fresh home re-builds for 20–40 s.
        Path home = KeycloakDistribution.copyOf(SystemUnderTest.platform().keycloak().home(), work.resolve("keycloak"));
        String gatewaySecret = "gw-" + UUID.randomUUID();
        String metricsSecret = "mx-" + UUID.randomUUID();
        Map<String, String> environment = Map.of("KENTRA_PUBLIC_URL", "https://kentra.example.gr",
                "KENTRA_GATEWAY_CLIENT_SECRET", gatewaySecret,
                "KENTRA_TENANT_SERVICE_CLIENT_SECRET", "ts-" + UUID.randomUUID(),
                "KENTRA_CASE_SERVICE_CLIENT_SECRET", "cs-" + UUID.randomUUID(),
                "KENTRA_METRICS_CLIENT_SECRET", metricsSecret,
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
            // Prometheus's client (issue 16): client credentials only, its secret from the environment.
            JsonNode metrics = get(admin + "/clients?clientId=kentra-metrics", token).get(0);
            assertThat(metrics.path("secret").asString()).isEqualTo(metricsSecret);
            assertThat(metrics.path("serviceAccountsEnabled").asBoolean()).isTrue();
            assertThat(metrics.path("standardFlowEnabled").asBoolean()).isFalse();
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

            // The browser flow asks a staff role for the one-time password at login, by role, not only because
            // new accounts start with the enrolment action: both people below have that action taken away.
            assertThat(settings.path("browserFlow").asString()).isEqualTo("kentra browser");
            JsonNode steps = get(admin + "/authentication/flows/kentra%20browser/executions", token);
            assertThat(steps.toString()).contains("\"providerId\":\"conditional-user-role\"",
                    "\"providerId\":\"auth-otp-form\"");
            String coordinator = person(admin, token, "otp-coordinator", "coordinator");
            String nobody = person(admin, token, "no-staff-role", null);
            assertThat(browserLogin(keycloak, "otp-coordinator", coordinator).body()).as("a coordinator")
                    .contains("kc-totp-settings");
            HttpResponse<String> plain = browserLogin(keycloak, "no-staff-role", nobody);
            assertThat(plain.statusCode()).as("no staff role: no second factor " + plain.body()).isEqualTo(302);
            assertThat(plain.headers().firstValue("Location").orElseThrow())
                    .startsWith("https://kentra.example.gr/login/oauth2/code/keycloak?").contains("code=");
        }
    }

    /** A person of moschato-tavros with the role (or none), a password and no required action; returns it. */
    private static String person(String admin, String token, String username, String role) {
        String password = "Kentra-" + UUID.randomUUID();
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(admin + "/users"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"username":"%s","enabled":true,"firstName":"Δοκιμή","lastName":"Χρήστης","emailVerified":true,
                         "email":"%s@moschato-tavros.kentra.example.gr","requiredActions":[],
                         "credentials":[{"type":"password","value":"%s","temporary":false}]}"""
                        .formatted(username, username, password))).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String user = created.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> cleared = send(HttpRequest.newBuilder(URI.create(user))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"requiredActions\":[]}")).build());
        assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(204);
        if (role != null) {
            JsonNode roleOf = get(admin + "/roles/" + role, token);
            HttpResponse<String> granted = send(HttpRequest.newBuilder(URI.create(user + "/role-mappings/realm"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("[" + roleOf + "]")).build());
            assertThat(granted.statusCode()).as(granted.body()).isEqualTo(204);
        }
        return password;
    }

    /**
     * The gateway's authorization code login as a browser does it, up to the first page after the password:
     * Keycloak's identifier-first page, then the password (each form posted to its own action URL).
     */
    private static HttpResponse<String> browserLogin(KeycloakServer keycloak, String username, String password) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new LocalhostCookies())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String start = keycloak.issuerUri() + "/protocol/openid-connect/auth?client_id=kentra-gateway"
                + "&response_type=code&scope=openid&state=s&nonce=n&redirect_uri="
                + java.net.URLEncoder.encode("https://kentra.example.gr/login/oauth2/code/keycloak",
                        java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> page = send(browser, HttpRequest.newBuilder(URI.create(start)).GET().build());
        for (int step = 0; step < 3 && page.statusCode() == 200 && !page.body().contains("kc-totp-settings"); step++) {
            assertThat(page.body()).as("a login form").contains("kc-form-login");
            java.util.regex.Matcher action = java.util.regex.Pattern.compile("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"|action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"")
                    .matcher(page.body());
            assertThat(action.find()).as(page.body()).isTrue();
            String url = (action.group(1) != null ? action.group(1) : action.group(2)).replace("&amp;", "&");
            String form = "username=" + username + "&password=" + java.net.URLEncoder.encode(password,
                    java.nio.charset.StandardCharsets.UTF_8) + "&credentialId=";
            page = send(browser, HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
            String next = page.headers().firstValue("Location").orElse("");
            if (page.statusCode() == 302 && next.startsWith(keycloak.baseUrl())) {
                page = send(browser, HttpRequest.newBuilder(URI.create(next)).GET().build());
            }
        }
        return page;
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
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
