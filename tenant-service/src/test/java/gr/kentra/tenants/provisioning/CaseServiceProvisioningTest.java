package gr.kentra.tenants.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import gr.kentra.tenants.StandIns;
import gr.kentra.tenants.centre.onboarding.SchemaReconciler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service with its real HTTP provisioner, wired by application.yml's client registration, against an
 * in-test server that is both Keycloak's token endpoint and case-service. Keycloak's admin API is stubbed out.
 */
@SpringBootTest(properties = {"kentra.provisioning.initial-delay=1h", "kentra.provisioning.interval=1h"})
@Import(StandIns.NoKeycloakAdmin.class)
class CaseServiceProvisioningTest {

    /** Keycloak's path shape: the Keycloak admin URL is derived from it (and then unused here). */
    private static final List<String> tokenRequests = new CopyOnWriteArrayList<>();
    private static final List<String> caseServiceRequests = new CopyOnWriteArrayList<>();
    private static volatile int caseServiceStatus = 200;
    private static final HttpServer server = start();


    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) {
        StandIns.register(registry, "registry_provisioning_test", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Autowired
    SchemaReconciler reconciler;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void pendingElefsina() {
        caseServiceRequests.clear();
        caseServiceStatus = 200;
        jdbc.update("update centre set schema_status = 'PENDING', schema_error = null, schema_attempts = 0,"
                + " next_attempt_at = null where id = 'elefsina'");
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void sendsTheClientCredentialsTokenToCaseServiceAndMarksTheSchemaReady() {
        assertThat(reconciler.provision("elefsina")).isTrue();

        assertThat(tokenRequests).isNotEmpty().allMatch(form -> form.contains("grant_type=client_credentials"));
        assertThat(caseServiceRequests).containsExactly("PUT /internal/tenants/elefsina Bearer service-token");
        assertThat(jdbc.queryForObject("select schema_status from centre where id = 'elefsina'", String.class))
                .isEqualTo("READY");
    }

    @Test
    void aServerErrorFromCaseServiceLeavesTheCentreFailedWithTheReason() {
        caseServiceStatus = 503;

        assertThat(reconciler.provision("elefsina")).isFalse();

        Map<String, Object> centre = jdbc.queryForMap(
                "select schema_status, schema_error, schema_attempts from centre where id = 'elefsina'");
        assertThat(centre).containsEntry("schema_status", "FAILED").containsEntry("schema_attempts", 1);
        assertThat((String) centre.get("schema_error")).contains("503");
        assertThat(caseServiceRequests).containsExactly("PUT /internal/tenants/elefsina Bearer service-token");
    }

    private static HttpServer start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            http.createContext(StandIns.TOKEN_PATH, exchange -> {
                tokenRequests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                respond(exchange, 200, "{\"access_token\":\"service-token\",\"token_type\":\"Bearer\",\"expires_in\":300}");
            });
            http.createContext("/internal/tenants/", exchange -> {
                caseServiceRequests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                        + exchange.getRequestHeaders().getFirst("Authorization"));
                respond(exchange, caseServiceStatus, caseServiceStatus == 200
                        ? "{\"tenant\":\"elefsina\",\"status\":\"READY\"}" : "{\"status\":503}");
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
