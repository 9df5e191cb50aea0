package gr.kentra.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import gr.kentra.launcher.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 2's proof on real parts: Keycloak, PostgreSQL and the four services as separate processes,
 * every call through the gateway unless a test deliberately goes around it.
 */
class TenantIsolationSystemIT {

    private static final String MOSCHATO = "moschato-tavros";
    private static final String ELEFSINA = "elefsina";

    private static Platform platform;
    private static String gateway;
    private static String moschatoToken;
    private static String elefsinaToken;
    private static String moschatoBeneficiary;
    private static String elefsinaBeneficiary;

    @BeforeAll
    static void startPlatformAndRegisterOnePersonPerCentre() {
        platform = SystemUnderTest.platform();
        gateway = platform.gatewayUrl();
        moschatoToken = platform.keycloak().passwordGrant("moschato-tavros-social", "demo");
        elefsinaToken = platform.keycloak().passwordGrant("elefsina-social", "demo");
        String adminToken = platform.keycloak().passwordGrant("platform-admin", "demo");
        // tenant-service seeds the registry and provisions the schemas in case-service in the background.
        for (String centre : new String[] {MOSCHATO, ELEFSINA}) {
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                Http.Response centreRecord = Http.get(gateway + "/admin/api/tenants/" + centre, adminToken);
                assertThat(centreRecord.status()).as(centreRecord.body()).isEqualTo(200);
                assertThat(centreRecord.json().path("schemaStatus").asString()).isEqualTo("READY");
            });
        }
        moschatoBeneficiary = register(MOSCHATO, moschatoToken, "Παπαδόπουλος", "Νικόλαος", "1980-05-04", "MALE");
        elefsinaBeneficiary = register(ELEFSINA, elefsinaToken, "Γεωργίου", "Ελένη", "1975-11-23", "FEMALE");
    }

    private static String register(String centre, String token, String lastName, String firstName,
            String dateOfBirth, String gender) {
        String body = """
                {"firstName":"%s","lastName":"%s","dateOfBirth":"%s","gender":"%s"}"""
                .formatted(firstName, lastName, dateOfBirth, gender);
        Http.Response created = Http.post(gateway + "/t/" + centre + "/api/beneficiaries", token, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode json = created.json();
        assertThat(json.path("latinLastName").asString()).isNotBlank();
        return json.path("id").asString();
    }

    @Test
    void tokensCarryTheCentreAndTheRegion() {
        assertThat(claims(moschatoToken).path("organization").toString()).contains(MOSCHATO).doesNotContain(ELEFSINA);
        String managerToken = platform.keycloak().passwordGrant("manager-attica", "demo");
        assertThat(claims(managerToken).path("region").asString()).isEqualTo("attica");
    }

    @Test
    void eachCentreSeesOnlyItsOwnBeneficiaries() {
        Http.Response moschatoList = Http.get(gateway + "/t/" + MOSCHATO + "/api/beneficiaries", moschatoToken);
        Http.Response elefsinaList = Http.get(gateway + "/t/" + ELEFSINA + "/api/beneficiaries", elefsinaToken);
        assertThat(moschatoList.status()).isEqualTo(200);
        assertThat(elefsinaList.status()).isEqualTo(200);
        assertThat(moschatoList.body()).contains(moschatoBeneficiary).doesNotContain(elefsinaBeneficiary);
        assertThat(elefsinaList.body()).contains(elefsinaBeneficiary).doesNotContain(moschatoBeneficiary);

        Http.Response search = Http.get(gateway + "/t/" + MOSCHATO + "/api/beneficiaries?q=georgiou", moschatoToken);
        assertThat(search.status()).isEqualTo(200);
        assertThat(search.body()).doesNotContain(elefsinaBeneficiary);
        Http.Response own = Http.get(gateway + "/t/" + MOSCHATO + "/api/beneficiaries?q=papadopoulos", moschatoToken);
        assertThat(own.body()).contains(moschatoBeneficiary);
    }

    @Test
    void anotherCentresRecordIsUnreachableThroughEveryPath() {
        // Own centre's path, other centre's id: not in this schema.
        assertThat(Http.get(gateway + "/t/" + MOSCHATO + "/api/beneficiaries/" + elefsinaBeneficiary, moschatoToken)
                .status()).isEqualTo(404);
        // Other centre's path: refused at the gateway.
        assertThat(Http.get(gateway + "/t/" + ELEFSINA + "/api/beneficiaries/" + elefsinaBeneficiary, moschatoToken)
                .status()).isEqualTo(403);
        // A spoofed tenant header through the gateway changes nothing.
        assertThat(Http.get(gateway + "/t/" + MOSCHATO + "/api/beneficiaries/" + elefsinaBeneficiary, moschatoToken,
                Map.of("X-Kentra-Tenant", ELEFSINA)).status()).isEqualTo(404);
        // Around the gateway, straight to case-service with a forged tenant header: refused by the service.
        String caseService = platform.service("case-service").baseUrl();
        assertThat(Http.get(caseService + "/api/beneficiaries/" + elefsinaBeneficiary, moschatoToken,
                Map.of("X-Kentra-Tenant", ELEFSINA)).status()).isEqualTo(403);
        assertThat(Http.get(caseService + "/api/beneficiaries/" + elefsinaBeneficiary, moschatoToken).status())
                .isIn(400, 403);
    }

    @Test
    void rowsLiveInTheirCentresOwnSchema() throws SQLException {
        try (Connection db = platform.postgres().connect(Platform.CASES_DATABASE)) {
            assertThat(count(db, "t_moschato_tavros", moschatoBeneficiary)).isEqualTo(1);
            assertThat(count(db, "t_elefsina", moschatoBeneficiary)).isZero();
            assertThat(count(db, "t_elefsina", elefsinaBeneficiary)).isEqualTo(1);
            assertThat(count(db, "t_moschato_tavros", elefsinaBeneficiary)).isZero();
        }
    }

    private static int count(Connection db, String schema, String id) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(
                "select count(*) from \"" + schema + "\".beneficiary where id = ?")) {
            query.setObject(1, UUID.fromString(id));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    @Test
    void refusesATokenWithoutTheCentreTheSameWayWhetherOrNotTheCentreExists() {
        String analystToken = platform.keycloak().passwordGrant("analyst", "demo");
        Http.Response existing = Http.get(gateway + "/t/" + MOSCHATO + "/api/beneficiaries", analystToken);
        Http.Response missing = Http.get(gateway + "/t/no-such-centre/api/beneficiaries", analystToken);
        Http.Response foreign = Http.get(gateway + "/t/" + ELEFSINA + "/api/beneficiaries", moschatoToken);
        Http.Response missingForStaff = Http.get(gateway + "/t/no-such-centre/api/beneficiaries", moschatoToken);
        assertThat(existing.status()).isEqualTo(403);
        assertThat(missing.status()).isEqualTo(403);
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(missingForStaff.status()).isEqualTo(403);
        assertThat(missing.body()).isEqualTo(existing.body()).isEqualTo(foreign.body()).isEqualTo(missingForStaff.body());
        assertThat(existing.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void refusesAForgedToken() {
        String[] parts = moschatoToken.split("\\.");
        ObjectNode payload = (ObjectNode) claims(moschatoToken);
        payload.putArray("organization").add(ELEFSINA);
        String tampered = parts[0] + "." + base64(payload.toString()) + "." + parts[2];
        assertThat(Http.get(gateway + "/t/" + ELEFSINA + "/api/beneficiaries", tampered).status()).isEqualTo(401);

        String unsigned = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + base64(payload.toString()) + ".";
        assertThat(Http.get(gateway + "/t/" + ELEFSINA + "/api/beneficiaries", unsigned).status()).isEqualTo(401);
        // The service checks signatures too, not only the gateway.
        String caseService = platform.service("case-service").baseUrl();
        assertThat(Http.get(caseService + "/api/beneficiaries", tampered, Map.of("X-Kentra-Tenant", ELEFSINA))
                .status()).isEqualTo(401);
    }

    @Test
    void refusesAnExpiredToken() {
        ShortLivedTokens tokens = new ShortLivedTokens(platform.keycloak(), Duration.ofSeconds(5));
        String token = tokens.passwordGrant("moschato-tavros-social", "demo");
        String url = gateway + "/t/" + MOSCHATO + "/api/beneficiaries";
        Instant expiry = Instant.ofEpochSecond(claims(token).path("exp").asLong());
        assertThat(Http.get(url, token).status()).as("fresh token works").isEqualTo(200);
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Instant.now().isAfter(expiry.plus(SystemUnderTest.CLOCK_SKEW).plusSeconds(1)));
        Http.Response refused = Http.get(url, token);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void badInputGetsAProblemWithFieldErrorsNeverA500() {
        String url = gateway + "/t/" + MOSCHATO + "/api/beneficiaries";
        Http.Response badAmka = Http.post(url, moschatoToken, """
                {"firstName":"Ιωάννα","lastName":"Κ","dateOfBirth":"1990-01-01","gender":"FEMALE","amka":"01013099998"}""",
                Map.of("Accept-Language", "el"));
        assertThat(badAmka.status()).isEqualTo(400);
        assertThat(badAmka.header("Content-Type")).startsWith("application/problem+json");
        assertThat(badAmka.body()).contains("amka");
        assertThat(badAmka.body()).containsPattern("[Α-Ωα-ω]");

        Http.Response missingName = Http.post(url, moschatoToken, """
                {"dateOfBirth":"1990-01-01","gender":"FEMALE"}""", Map.of("Accept-Language", "en"));
        assertThat(missingName.status()).isEqualTo(400);
        assertThat(missingName.body()).contains("lastName");

        Http.Response malformed = Http.post(url, moschatoToken, "{\"firstName\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.header("Content-Type")).startsWith("application/problem+json");
    }

    static JsonNode claims(String token) {
        String payload = token.split("\\.")[1];
        return Http.JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
