package gr.kentra.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import gr.kentra.launcher.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 5 on real parts: registrations in a centre become anonymised facts in case-service's outbox, reach
 * reporting-service with case-service's own Keycloak token, and show in the national indicators; nothing
 * personal travels, and each role sees only its scope.
 */
class IndicatorPipelineSystemIT {

    private static final String CENTRE = "nea-smyrni";
    private static final String[][] PEOPLE = {
        {"Ανθούλα", "Κυριακοπούλου", "1961-02-11", "FEMALE"}, {"Σταμάτης", "Δρακόπουλος", "1972-04-21", "MALE"},
        {"Φωτεινή", "Ξανθοπούλου", "1985-06-30", "FEMALE"}, {"Παντελής", "Χριστοφόρου", "1993-08-14", "MALE"},
        {"Ευτέρπη", "Λαμπροπούλου", "2001-10-02", "FEMALE"}, {"Ηρακλής", "Βλαχογιάννης", "1958-12-25", "MALE"}};

    private static Platform platform;
    private static String gateway;
    private static String month;

    @BeforeAll
    static void registerSixPeople() {
        platform = SystemUnderTest.platform();
        gateway = platform.gatewayUrl();
        month = YearMonth.now(ZoneId.of("Europe/Athens")).toString();
        String token = platform.keycloak().passwordGrant(CENTRE + "-social", "demo");
        for (String[] person : PEOPLE) {
            Http.Response created = Http.post(gateway + "/t/" + CENTRE + "/api/beneficiaries", token, """
                    {"firstName":"%s","lastName":"%s","dateOfBirth":"%s","gender":"%s"}"""
                    .formatted(person[0], person[1], person[2], person[3]));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> registrationsInReporting() >= PEOPLE.length);
    }

    @Test
    void theAnalystSeesTheCentresRegistrationsInTheNationalTable() {
        String analyst = platform.keycloak().passwordGrant("analyst", "demo");
        Http.Response national = Http.get(gateway + "/reports/api/indicators?scope=national&indicator=GEN02&from="
                + month + "&to=" + month, analyst);
        assertThat(national.status()).as(national.body()).isEqualTo(200);
        JsonNode table = national.json().path("tables").get(0);
        assertThat(table.path("code").asString()).isEqualTo("GEN02");
        // The registrations reached reporting (checked before); what the analyst sees of them depends on protection:
        // in this sparse test month (a handful of centres with a few people each) linked-table protection may hide
        // the national total as well, as a complementary cell. A published total counts them all; a hidden one has
        // no value and says why it is hidden, never a size.
        JsonNode totals = table.path("totals");
        List<JsonNode> figures = new ArrayList<>();
        totals.path("cells").forEach(figures::add);
        figures.add(totals.path("total"));
        for (JsonNode figure : figures) {
            if (figure.path("suppressed").asBoolean()) {
                assertThat(figure.path("value").isNull()).as(national.body()).isTrue();
                assertThat(figure.path("hidden").asString("")).as(national.body()).isIn("PRIMARY", "COMPLEMENTARY");
            }
        }
        if (!totals.path("total").path("suppressed").asBoolean()) {
            assertThat(totals.path("total").path("value").asLong()).as(national.body())
                    .isGreaterThanOrEqualTo(PEOPLE.length);
        }
    }

    @Test
    void nothingPersonalReachedReporting() throws SQLException {
        List<String> stored = new ArrayList<>();
        try (Connection db = reportingDatabase(); Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("select f::text from indicator_fact f")) {
            while (rows.next()) {
                stored.add(rows.getString(1));
            }
        }
        String all = String.join("\n", stored);
        for (String[] person : PEOPLE) {
            assertThat(all).doesNotContain(person[0], person[1], person[2]);
        }
    }

    @Test
    void aRegionalManagerIsRefusedAnotherRegionAndACoordinatorAnotherCentre() {
        String thessaly = platform.keycloak().passwordGrant("manager-thessaly", "demo");
        assertThat(Http.get(gateway + "/reports/api/indicators?scope=region:attica&from=" + month + "&to=" + month,
                thessaly).status()).isEqualTo(403);
        String coordinator = platform.keycloak().passwordGrant("mouzaki-coord", "demo");
        assertThat(Http.get(gateway + "/reports/api/indicators?scope=centre:" + CENTRE + "&from=" + month + "&to="
                + month, coordinator).status()).isEqualTo(403);
        assertThat(Http.get(gateway + "/reports/api/indicators?scope=centre:mouzaki&from=" + month + "&to=" + month,
                coordinator).status()).isEqualTo(200);
    }

    /** An edit that changes what an event counted reaches reporting as a correction: the old audience back to 0. */
    @Test
    void anEditedEventIsCorrectedInReporting() throws SQLException {
        String coordinator = platform.keycloak().passwordGrant(CENTRE + "-coord", "demo");
        String event = """
                {"title":"Ενημέρωση για επιδόματα","date":"2025-01-15","kind":"INFORMATION_DAY","audience":"%s",
                 "participants":23,"partners":null,"notes":null,"version":%s}""";
        Http.Response created = Http.post(gateway + "/t/" + CENTRE + "/api/events", coordinator,
                event.formatted("GENERAL", "null"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> eventsInReporting("GENERAL") == 1);

        Http.Response edited = Http.put(gateway + "/t/" + CENTRE + "/api/events/" + id, coordinator,
                event.formatted("ELDERLY", "0"));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> eventsInReporting("ELDERLY") == 1);
        assertThat(eventsInReporting("GENERAL")).isZero();
    }

    private static long eventsInReporting(String audience) throws SQLException {
        try (Connection db = reportingDatabase(); Statement statement = db.createStatement();
                ResultSet count = statement.executeQuery("select coalesce(sum(fact_count), 0) from fact_monthly"
                        + " where tenant_id = '" + CENTRE + "' and fact_type = 'EVENT_HELD' and period_month = '2025-01'"
                        + " and category = '" + audience + "'")) {
            count.next();
            return count.getLong(1);
        }
    }

    private static int registrationsInReporting() throws SQLException {
        try (Connection db = reportingDatabase(); Statement statement = db.createStatement();
                ResultSet count = statement.executeQuery("select count(*) from indicator_fact where tenant_id = '"
                        + CENTRE + "' and fact_type = 'BENEFICIARY_REGISTERED'")) {
            count.next();
            return count.getInt(1);
        }
    }

    private static Connection reportingDatabase() throws SQLException {
        return platform.postgres().connect(Platform.REPORTING_DATABASE);
    }
}
