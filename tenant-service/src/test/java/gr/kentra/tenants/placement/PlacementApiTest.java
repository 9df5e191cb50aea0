package gr.kentra.tenants.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The placement endpoint with its real HTTP client, against an in-test server that is both Keycloak's token
 * endpoint and case-service's move endpoint (answering what each test tells it to).
 */
@SpringBootTest(properties = {"kentra.provisioning.initial-delay=1h", "kentra.provisioning.interval=1h",
        "kentra.cells=cell-1,cell-2"})
@AutoConfigureMockMvc
@Import(StandIns.NoKeycloakAdmin.class)
class PlacementApiTest {

    private static final String MOVED = """
            {"tenant":"elefsina","from":"cell-1","to":"cell-2","outcome":"MOVED","tables":[{"table":"beneficiary",
             "rows":12,"checksum":"ab"}],"rowsCopied":40,"sequences":0,"durationMillis":900,
             "writesRefusedMillis":300,"sourceDropped":true}""";
    private static final List<String> moves = new CopyOnWriteArrayList<>();
    private static volatile int status = 200;
    private static volatile String answer = MOVED;
    private static final HttpServer server = start();


    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) {
        StandIns.register(registry, "registry_placement_test", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void elefsinaOnCellOne() {
        moves.clear();
        status = 200;
        answer = MOVED;
        jdbc.update("update centre set cell = 'cell-1' where id = 'elefsina'");
        jdbc.update("delete from audit_event where centre_id = 'elefsina' and action = 'MOVED'");
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void movesTheCentreThroughCaseServiceThenRecordsTheNewCellAndAnAuditLine() throws Exception {
        place("elefsina", "cell-2", platformAdmin(), "en").andExpect(status().isOk())
                .andExpect(jsonPath("$.cell").value("cell-2"))
                .andExpect(jsonPath("$.previousCell").value("cell-1"))
                .andExpect(jsonPath("$.outcome").value("MOVED"))
                .andExpect(jsonPath("$.move.rowsCopied").value(40));

        assertThat(moves).containsExactly("POST /internal/tenants/elefsina/move Bearer service-token {\"cell\":\"cell-2\"}");
        assertThat(cellOf("elefsina")).isEqualTo("cell-2");
        assertThat(jdbc.queryForList("select actor || ' ' || detail from audit_event where centre_id = 'elefsina'"
                + " and action = 'MOVED'", String.class))
                .containsExactly("root cell-1 -> cell-2 rows=40 durationMs=900 writesRefusedMs=300");
        mvc.perform(get("/admin/api/tenants/elefsina").with(platformAdmin()))
                .andExpect(jsonPath("$.cell").value("cell-2"));
    }

    @Test
    void askingAgainForTheCellTheCentreIsOnChangesNothingAndWritesNoAuditLine() throws Exception {
        place("elefsina", "cell-2", platformAdmin(), "en").andExpect(status().isOk());
        answer = """
                {"tenant":"elefsina","from":"cell-2","to":"cell-2","outcome":"UNCHANGED","tables":[]}""";

        place("elefsina", "cell-2", platformAdmin(), "en").andExpect(status().isOk())
                .andExpect(jsonPath("$.cell").value("cell-2"))
                .andExpect(jsonPath("$.outcome").value("UNCHANGED"));

        assertThat(cellOf("elefsina")).isEqualTo("cell-2");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where centre_id = 'elefsina'"
                + " and action = 'MOVED'", Integer.class)).isOne();
    }

    @Test
    void refusesACellThatIsNotConfiguredOrMissingInGreekAndEnglishWithoutAskingCaseService() throws Exception {
        place("elefsina", "cell-7", platformAdmin(), "en").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("cell"))
                .andExpect(jsonPath("$.errors[0].message").value("is not one of the configured database cells"));
        place("elefsina", "cell-7", platformAdmin(), "el").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("δεν είναι ένα από τα ρυθμισμένα κελιά βάσης δεδομένων"));
        mvc.perform(post("/admin/api/tenants/elefsina/placement").with(platformAdmin())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("cell"));
        assertThat(moves).isEmpty();
        assertThat(cellOf("elefsina")).isEqualTo("cell-1");
    }

    @Test
    void refusesAnyoneButAPlatformAdministratorAndAnUnknownCentre() throws Exception {
        RequestPostProcessor coordinator = jwt().jwt(token -> token.claim("preferred_username", "eleni"))
                .authorities(new SimpleGrantedAuthority("ROLE_COORDINATOR"));
        place("elefsina", "cell-2", coordinator, "en").andExpect(status().isForbidden());
        place("atlantis", "cell-2", platformAdmin(), "en").andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(moves).isEmpty();
        assertThat(cellOf("elefsina")).isEqualTo("cell-1");
    }

    @Test
    void whenCaseServiceFailsTheRegistryKeepsTheOldCellAndTheCallerGetsA502WithWhatCaseServiceSaid()
            throws Exception {
        status = 500;
        answer = """
                {"type":"about:blank","title":"Move failed","status":500,
                 "detail":"The move failed and was undone; the centre stays on database cell cell-1."}""";

        place("elefsina", "cell-2", platformAdmin(), "en").andExpect(status().isBadGateway())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Centre not moved"))
                .andExpect(jsonPath("$.detail")
                        .value("case-service did not move the centre; it stays on database cell cell-1."))
                .andExpect(jsonPath("$.caseServiceStatus").value(500))
                .andExpect(jsonPath("$.caseServiceDetail")
                        .value("The move failed and was undone; the centre stays on database cell cell-1."));
        place("elefsina", "cell-2", platformAdmin(), "el").andExpect(status().isBadGateway())
                .andExpect(jsonPath("$.title").value("Το κέντρο δεν μεταφέρθηκε"));

        assertThat(moves).hasSize(2);
        assertThat(cellOf("elefsina")).isEqualTo("cell-1");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where centre_id = 'elefsina'"
                + " and action = 'MOVED'", Integer.class)).isZero();
    }

    @Test
    void theCentresPageMovesItAndSaysHowItWentOrWhyNotInGreek() throws Exception {
        String page = mvc.perform(get("/admin/centres/elefsina").with(platformAdmin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"placement\"", "<option value=\"cell-2\">cell-2</option>",
                "hx-indicator=\"#placement-progress\"", "Η μεταφορά βρίσκεται σε εξέλιξη…");

        assertThat(placeFromPage("elefsina", "cell-2"))
                .contains("Το κέντρο μεταφέρθηκε από το κελί cell-1 στο cell-2: 40 γραμμές σε 900 ms.");
        assertThat(cellOf("elefsina")).isEqualTo("cell-2");

        assertThat(placeFromPage("elefsina", "cell-7")).contains("Επιλέξτε ένα από τα κελιά της πλατφόρμας.");
        status = 500;
        answer = "{\"status\":500,\"detail\":\"undone\"}";
        assertThat(placeFromPage("elefsina", "cell-1"))
                .contains("Η υπηρεσία case-service δεν μετέφερε το κέντρο· παραμένει στο κελί βάσης δεδομένων cell-2.");
        assertThat(moves).filteredOn(call -> call.startsWith("POST ")).hasSize(2);
        assertThat(cellOf("elefsina")).isEqualTo("cell-2");
        mvc.perform(post("/admin/centres/atlantis/placement").param("cell", "cell-2").with(platformAdmin()))
                .andExpect(status().isNotFound());
    }

    private String placeFromPage(String centre, String cell) throws Exception {
        return mvc.perform(post("/admin/centres/{id}/placement", centre).param("cell", cell).with(platformAdmin())
                        .header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private ResultActions place(String centre, String cell, RequestPostProcessor caller, String language)
            throws Exception {
        return mvc.perform(post("/admin/api/tenants/{id}/placement", centre).with(caller)
                .header("Accept-Language", language).contentType(MediaType.APPLICATION_JSON)
                .content("{\"cell\":\"" + cell + "\"}"));
    }

    private String cellOf(String centre) {
        return jdbc.queryForObject("select cell from centre where id = ?", String.class, centre);
    }

    private static RequestPostProcessor platformAdmin() {
        return jwt().jwt(token -> token.claim("preferred_username", "root"))
                .authorities(new SimpleGrantedAuthority("ROLE_PLATFORM_ADMIN"));
    }

    private static HttpServer start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            http.createContext(StandIns.TOKEN_PATH, exchange -> respond(exchange, 200,
                    "{\"access_token\":\"service-token\",\"token_type\":\"Bearer\",\"expires_in\":300}"));
            http.createContext("/internal/tenants/", exchange -> {
                moves.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                        + exchange.getRequestHeaders().getFirst("Authorization") + " "
                        + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                respond(exchange, status, answer);
            });
            http.start();
            return http;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void respond(HttpExchange exchange, int code, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type",
                code == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(code, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
