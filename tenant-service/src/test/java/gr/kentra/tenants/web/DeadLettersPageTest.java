package gr.kentra.tenants.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import gr.kentra.tenants.StandIns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A centre's page shows the indicator facts reporting refused for it (issue 11): how many, and the newest reasons,
 * read from case-service's dead letters (here an in-test stand-in) with this service's client-credentials token.
 */
@SpringBootTest(properties = {"kentra.provisioning.initial-delay=1h", "kentra.provisioning.interval=1h"})
@AutoConfigureMockMvc
@Import(StandIns.NoKeycloakAdmin.class)
class DeadLettersPageTest {

    private static final List<String> caseServiceRequests = new CopyOnWriteArrayList<>();
    private static volatile int caseServiceStatus = 200;
    private static volatile String deadLetters = "[]";
    private static final HttpServer server = start();

    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) {
        StandIns.register(registry, "registry_dead_letters_test", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void caseServiceUp() {
        caseServiceRequests.clear();
        caseServiceStatus = 200;
        deadLetters = "[]";
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static RequestPostProcessor platformAdmin() {
        return jwt().jwt(token -> token.claim("preferred_username", "root"))
                .authorities(new SimpleGrantedAuthority("ROLE_PLATFORM_ADMIN"));
    }

    /** Seven refused facts, one a minute; reasons name their minute so the newest can be told apart. */
    private static String sevenLetters() {
        List<String> letters = new ArrayList<>();
        Instant first = Instant.parse("2026-03-02T08:00:00Z");
        for (int minute = 0; minute < 7; minute++) {
            letters.add(("{\"id\":\"00000000-0000-0000-0000-00000000000%d\",\"fact\":{\"month\":\"0001-01\"},"
                    + "\"reason\":\"facts[0].month: reason-%d (field.format)\",\"refusedAt\":\"%s\"}")
                    .formatted(minute, minute, first.plusSeconds(60L * minute)));
        }
        return "[" + String.join(",", letters) + "]";
    }

    @Test
    void showsHowManyFactsWereRefusedAndTheNewestReasonsInGreekAndEnglish() throws Exception {
        deadLetters = sevenLetters();

        mvc.perform(get("/admin/centres/elefsina").with(platformAdmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Στοιχεία δεικτών που απορρίφθηκαν"),
                        containsString("Απορρίφθηκαν και παραμερίστηκαν: 7"), containsString("reason-6"),
                        containsString("reason-2"), not(containsString("reason-1")))));
        mvc.perform(get("/admin/centres/elefsina").param("lang", "en").with(platformAdmin()))
                .andExpect(content().string(allOf(containsString("Refused indicator facts"),
                        containsString("Refused and set aside: 7"))));

        assertThat(caseServiceRequests).isNotEmpty()
                .allMatch(line -> line.equals("GET /internal/tenants/elefsina/dead-letters Bearer service-token"));
    }

    @Test
    void saysNoneWhenCaseServiceHoldsNoneOrDoesNotKnowTheCentre() throws Exception {
        mvc.perform(get("/admin/centres/mouzaki").with(platformAdmin()).param("lang", "en"))
                .andExpect(content().string(containsString("Refused and set aside: 0")));
        caseServiceStatus = 404;
        mvc.perform(get("/admin/centres/mouzaki").with(platformAdmin()).param("lang", "en"))
                .andExpect(content().string(containsString("Refused and set aside: 0")));
    }

    @Test
    void stillShowsTheCentreWhenCaseServiceCannotAnswer() throws Exception {
        caseServiceStatus = 503;
        mvc.perform(get("/admin/centres/elefsina").with(platformAdmin()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Could not be read from the case service"),
                        not(containsString("Refused and set aside")))));
    }

    private static HttpServer start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            http.createContext(StandIns.TOKEN_PATH, exchange -> respond(exchange, 200,
                    "{\"access_token\":\"service-token\",\"token_type\":\"Bearer\",\"expires_in\":300}"));
            http.createContext("/internal/tenants/", exchange -> {
                caseServiceRequests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                        + exchange.getRequestHeaders().getFirst("Authorization"));
                int answer = exchange.getRequestMethod().equals("GET") ? caseServiceStatus : 200;
                respond(exchange, answer, answer == 200 ? (exchange.getRequestMethod().equals("GET") ? deadLetters
                        : "{}") : "{\"status\":" + answer + "}");
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
