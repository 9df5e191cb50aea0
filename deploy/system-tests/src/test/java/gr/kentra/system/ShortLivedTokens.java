package gr.kentra.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import gr.kentra.launcher.KeycloakServer;
import tools.jackson.databind.JsonNode;

/**
 * Tokens that expire within seconds, from a throw-away public client created through Keycloak's admin API
 * with the same default scopes as {@code kentra-cli}: real tokens, only shorter-lived.
 */
final class ShortLivedTokens {

    private static final String CLIENT_ID = "expiry-probe";
    private final KeycloakServer keycloak;

    ShortLivedTokens(KeycloakServer keycloak, Duration lifespan) {
        this.keycloak = keycloak;
        String admin = keycloak.adminToken();
        String clients = keycloak.baseUrl() + "/admin/realms/kentra/clients";
        if (Http.get(clients + "?clientId=" + CLIENT_ID, admin).json().isEmpty()) {
            Http.Response created = Http.post(clients, admin, """
                    {"clientId":"%s","publicClient":true,"directAccessGrantsEnabled":true,
                     "standardFlowEnabled":false,"attributes":{"access.token.lifespan":"%d"}}"""
                    .formatted(CLIENT_ID, lifespan.toSeconds()));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String probe = Http.get(clients + "?clientId=" + CLIENT_ID, admin).json().get(0).path("id").asString();
            String cli = Http.get(clients + "?clientId=kentra-cli", admin).json().get(0).path("id").asString();
            for (JsonNode scope : Http.get(clients + "/" + cli + "/default-client-scopes", admin).json()) {
                put(clients + "/" + probe + "/default-client-scopes/" + scope.path("id").asString(), admin);
            }
        }
    }

    String passwordGrant(String username, String password) {
        // Keycloak attaches "organization" to a client made through the admin API as an optional scope: ask for it.
        String form = "grant_type=password&scope=organization&client_id=" + CLIENT_ID + "&username=" + encode(username)
                + "&password=" + encode(password);
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak.tokenEndpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = send(request);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.JSON.readTree(response.body()).path("access_token").asString();
    }

    private static void put(String url, String token) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(request.uri().toString(), e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
