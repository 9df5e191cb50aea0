package gr.kentra.tenants.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import gr.kentra.commons.tenant.TenantId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.web.client.RestClient;

/** The HTTP provisioner against an in-test token endpoint and case-service stand-in. */
class CaseServiceSchemaProvisionerTest {

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile int caseServiceStatus = 200;
    private final HttpServer server = start();

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void callsCaseServiceWithAClientCredentialsTokenAndThePlacement() {
        provisioner().provision(TenantId.of("agia-varvara"), "attica", "5001920", "cell-2");

        assertThat(requests).containsExactly(
                "POST /token grant_type=client_credentials",
                "PUT /internal/tenants/agia-varvara Bearer service-token {\"region\":\"attica\",\"operation\":\"5001920\",\"cell\":\"cell-2\"}");
    }

    @Test
    void reportsAFailingCaseServiceAsAnError() {
        caseServiceStatus = 503;
        assertThatThrownBy(() -> provisioner().provision(TenantId.of("agia-varvara"), "attica", "5001920", "cell-1"))
                .hasMessageContaining("503");
    }

    private CaseServiceSchemaProvisioner provisioner() {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        ClientRegistration registration = ClientRegistration.withRegistrationId(CaseServiceSchemaProvisioner.REGISTRATION)
                .clientId("kentra-tenant-service").clientSecret("secret")
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri(base + "/token").build();
        InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration);
        AuthorizedClientServiceOAuth2AuthorizedClientManager clients = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
                registrations, new InMemoryOAuth2AuthorizedClientService(registrations));
        clients.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
        return new CaseServiceSchemaProvisioner(new CaseServiceProperties(URI.create(base), Duration.ofSeconds(5), null),
                clients, RestClient.builder());
    }

    private HttpServer start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            http.createContext("/token", exchange -> {
                String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                requests.add("POST /token " + (form.contains("grant_type=client_credentials")
                        ? "grant_type=client_credentials" : form));
                respond(exchange, 200, "{\"access_token\":\"service-token\",\"token_type\":\"Bearer\",\"expires_in\":300}");
            });
            http.createContext("/internal/tenants/", exchange -> {
                requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                        + exchange.getRequestHeaders().getFirst("Authorization") + " "
                        + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                respond(exchange, caseServiceStatus, "{\"status\":\"READY\"}");
            });
            http.start();
            return http;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
