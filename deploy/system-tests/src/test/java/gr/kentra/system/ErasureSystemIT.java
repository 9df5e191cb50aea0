package gr.kentra.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import gr.kentra.launcher.Platform;
import org.junit.jupiter.api.Test;

/**
 * GDPR Art. 17 end to end: a coordinator erases a person through the gateway; case-service clears the identity
 * and tells reporting-service through the outbox, which forgets the person's pseudonym rows of the centre.
 */
class ErasureSystemIT {

    private static final String CENTRE = "elefsina";

    @Test
    void anErasedPersonsPseudonymRowsLeaveReporting() throws SQLException {
        Platform platform = SystemUnderTest.platform();
        String gateway = platform.gatewayUrl();
        String social = platform.keycloak().passwordGrant(CENTRE + "-social", "demo");
        // Other tests register people in this centre too: the person's pseudonym is the one that appears now.
        java.util.Set<String> before = registeredPseudonyms(platform);
        Http.Response created = Http.post(gateway + "/t/" + CENTRE + "/api/beneficiaries", social, """
                {"firstName":"Ερασμία","lastName":"Διαγραφοπούλου","dateOfBirth":"1977-07-07","gender":"FEMALE",
                 "amka":"07077712342"}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        String[] pseudonym = new String[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> (pseudonym[0] = newPseudonym(platform, before)) != null
                        && personRows(platform, pseudonym[0]) > 0);

        String coordinator = platform.keycloak().passwordGrant(CENTRE + "-coord", "demo");
        Http.Response erased = Http.delete(gateway + "/t/" + CENTRE + "/api/beneficiaries/" + id, coordinator,
                "{\"reason\":\"Αίτημα διαγραφής του υποκειμένου, άρθρο 17 ΓΚΠΔ\"}");
        assertThat(erased.status()).as(erased.body()).isEqualTo(204);
        Http.Response stub = Http.get(gateway + "/t/" + CENTRE + "/api/beneficiaries/" + id, coordinator);
        assertThat(stub.json().path("status").asString()).isEqualTo("ERASED");
        assertThat(stub.body()).doesNotContain("Διαγραφοπούλου", "07077712342");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> personRows(platform, pseudonym[0]) == 0);
    }

    /** The one registration pseudonym of the centre that was not there {@code before}; null until it arrives. */
    private static String newPseudonym(Platform platform, java.util.Set<String> before) throws SQLException {
        java.util.Set<String> now = new java.util.HashSet<>(registeredPseudonyms(platform));
        now.removeAll(before);
        assertThat(now).as("one new registration in " + CENTRE).hasSizeLessThanOrEqualTo(1);
        return now.isEmpty() ? null : now.iterator().next();
    }

    private static java.util.Set<String> registeredPseudonyms(Platform platform) throws SQLException {
        try (Connection db = reporting(platform); PreparedStatement statement = db.prepareStatement(
                "select distinct person_pseudonym from indicator_fact where tenant_id = ?"
                        + " and fact_type = 'BENEFICIARY_REGISTERED' and person_pseudonym is not null")) {
            statement.setString(1, CENTRE);
            java.util.Set<String> pseudonyms = new java.util.HashSet<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    pseudonyms.add(row.getString(1));
                }
            }
            return pseudonyms;
        }
    }

    /** The pseudonym's rows of the centre in reporting's person-level tables and facts. */
    private static long personRows(Platform platform, String pseudonym) throws SQLException {
        try (Connection db = reporting(platform); PreparedStatement statement = db.prepareStatement(
                "select (select count(*) from indicator_fact where tenant_id = ? and person_pseudonym = ?)"
                        + " + (select count(*) from person_month where tenant_id = ? and person_pseudonym = ?)"
                        + " + (select count(*) from person_presence where scope_level = 'C' and scope_key = ?"
                        + " and person_pseudonym = ?)")) {
            for (int i = 0; i < 3; i++) {
                statement.setString(2 * i + 1, CENTRE);
                statement.setString(2 * i + 2, pseudonym);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static Connection reporting(Platform platform) throws SQLException {
        return platform.postgres().connect(Platform.REPORTING_DATABASE);
    }
}
