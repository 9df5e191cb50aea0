package gr.kentra.cases.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import gr.kentra.cases.CaseServiceIntegrationTest;
import gr.kentra.commons.tenant.TenantId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Delivery from the outboxes to reporting-service's intake, here an in-test HTTP endpoint that records what it
 * receives (the system test runs the real one): with the service's own token, with the centre's region and
 * operation added, at least once, and nothing lost while the receiver is down.
 */
class FactRelayTest extends CaseServiceIntegrationTest {

    private static final List<String> batches = new CopyOnWriteArrayList<>();
    private static final List<String> authorizations = new CopyOnWriteArrayList<>();
    private static volatile int intakeStatus = 200;
    private static final HttpServer reporting = start();

    @DynamicPropertySource
    static void reporting(DynamicPropertyRegistry registry) {
        String base = "http://127.0.0.1:" + reporting.getAddress().getPort();
        registry.add("kentra.indicators.reporting-url", () -> base);
        registry.add("kentra.indicators.relay-interval", () -> "100ms");
        registry.add("kentra.indicators.sweep-interval", () -> "2s");
        registry.add("spring.security.oauth2.client.provider.keycloak.token-uri", () -> base + "/token");
    }

    @AfterAll
    static void stop() {
        reporting.stop(0);
    }

    @BeforeEach
    void receiverUp() {
        intakeStatus = 200;
    }

    @Test
    void deliversAFactWithTheCentresPlacementAndEmptiesTheOutbox() throws Exception {
        placed("relay-placed", "attica", "5001910");
        registerPerson("relay-placed", "Ιφιγένεια", "Μαυρίδη", "1980-03-03");

        await().atMost(Duration.ofSeconds(10)).until(() -> received("relay-placed").size() == 1);
        String fact = received("relay-placed").getFirst();
        assertThat(JsonPath.<String>read(fact, "$.region")).isEqualTo("attica");
        assertThat(JsonPath.<String>read(fact, "$.operation")).isEqualTo("5001910");
        assertThat(JsonPath.<String>read(fact, "$.type")).isEqualTo("BENEFICIARY_REGISTERED");
        assertThat(fact).doesNotContain("Μαυρίδη", "1980-03-03");
        // case-service's own client-credentials token, from whichever stand-in token endpoint the context uses.
        assertThat(authorizations).allMatch(a -> a.equals("Bearer relay-token")
                || a.equals("Bearer case-service-token"));
        assertThat(outbox("relay-placed")).isZero();
    }

    @Test
    void keepsFactsWhileReportingIsDownAndDeliversThemWhenItIsBack() throws Exception {
        placed("relay-down", "thessaly", null);
        intakeStatus = 503;
        registerPerson("relay-down", "Αγλαΐα", "Τσακίρη", "1975-07-07");
        registerPerson("relay-down", "Βασιλική", "Ζαχαρίου", "1966-06-06");

        await().atMost(Duration.ofSeconds(10)).until(() -> batches.stream().anyMatch(b -> b.contains("relay-down")));
        assertThat(outbox("relay-down")).isEqualTo(2);
        intakeStatus = 200;

        await().atMost(Duration.ofSeconds(40)).until(() -> outbox("relay-down") == 0);
        assertThat(received("relay-down")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void holdsTheFactsOfACentreWhoseRegionIsNotKnownYet() throws Exception {
        provision("relay-unplaced");
        registerPerson("relay-unplaced", "Ελπίδα", "Κωστή", "1999-09-09");
        Thread.sleep(1_500);
        assertThat(outbox("relay-unplaced")).isEqualTo(1);
        assertThat(received("relay-unplaced")).isEmpty();

        placed("relay-unplaced", "crete", null);
        await().atMost(Duration.ofSeconds(10)).until(() -> outbox("relay-unplaced") == 0);
        assertThat(received("relay-unplaced")).hasSize(1);
    }

    @Test
    void refusesAMalformedPlacement() throws Exception {
        mvc.perform(put("/internal/tenants/{tenant}", "relay-bad").with(tenantService())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"region\":\"Attica!\",\"operation\":\"MIS-1\"}"))
                .andExpect(status().isBadRequest());
    }

    private void placed(String tenant, String region, String operation) throws Exception {
        String body = operation == null ? "{\"region\":\"%s\"}".formatted(region)
                : "{\"region\":\"%s\",\"operation\":\"%s\"}".formatted(region, operation);
        mvc.perform(put("/internal/tenants/{tenant}", tenant).with(tenantService())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
    }

    private int outbox(String tenant) {
        Integer count = jdbc.queryForObject("select count(*) from " + TenantId.of(tenant).quotedSchemaName()
                + ".indicator_outbox", Integer.class);
        return count == null ? 0 : count;
    }

    /** Facts of one centre in the batches that were acknowledged with 200. */
    private static List<String> received(String tenant) {
        return batches.stream().filter(b -> b.startsWith("200 "))
                .flatMap(b -> JsonPath.<List<Object>>read(b.substring(4), "$.facts").stream())
                .map(f -> net.minidev.json.JSONValue.toJSONString(f))
                .filter(f -> f.contains("\"tenant\":\"" + tenant + "\""))
                .toList();
    }

    private static HttpServer start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            http.createContext("/token", exchange -> respond(exchange, 200,
                    "{\"access_token\":\"relay-token\",\"token_type\":\"Bearer\",\"expires_in\":300}"));
            http.createContext("/internal/facts", exchange -> {
                int answer = intakeStatus;
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
                batches.add(answer + " " + body);
                respond(exchange, answer, answer == 200 ? "{\"received\":1,\"duplicates\":0}" : "{}");
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
