package gr.kentra.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import gr.kentra.launcher.Platform;
import org.junit.jupiter.api.Test;

/** A platform administrator onboards a new centre through the gateway; its schema exists when the call returns. */
class OnboardingSystemIT {

    @Test
    void onboardingCreatesAndMigratesTheNewCentresSchemaBeforeReturning() throws SQLException {
        Platform platform = SystemUnderTest.platform();
        String gateway = platform.gatewayUrl();
        String adminToken = platform.keycloak().passwordGrant("platform-admin", "demo");

        Http.Response created = Http.post(gateway + "/admin/api/tenants", adminToken, """
                {"id":"agia-varvara","nameEl":"Κέντρο Κοινότητας Δήμου Αγίας Βαρβάρας",
                 "nameEn":"Community Centre of Agia Varvara","municipality":"Αγία Βαρβάρα",
                 "region":"attica","programmePeriod":"2021-2027"}""");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("schemaStatus").asString()).isEqualTo("READY");
        assertThat(tableExists(platform, "t_agia_varvara", "beneficiary")).isTrue();

        Http.Response again = Http.post(gateway + "/admin/api/tenants", adminToken, """
                {"id":"agia-varvara","nameEl":"Άλλο","nameEn":"Other","municipality":"Αγία Βαρβάρα",
                 "region":"attica","programmePeriod":"2021-2027"}""");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void onlyAPlatformAdministratorMayOnboard() {
        Platform platform = SystemUnderTest.platform();
        String socialWorker = platform.keycloak().passwordGrant("moschato-tavros-coord", "demo");
        Http.Response refused = Http.post(platform.gatewayUrl() + "/admin/api/tenants", socialWorker, """
                {"id":"peristeri","nameEl":"Περιστέρι","nameEn":"Peristeri","municipality":"Περιστέρι",
                 "region":"attica","programmePeriod":"2021-2027"}""");
        assertThat(refused.status()).isEqualTo(403);
        Http.Response anonymous = Http.get(platform.gatewayUrl() + "/admin/api/tenants", null);
        assertThat(anonymous.status()).isEqualTo(401);
    }

    private static boolean tableExists(Platform platform, String schema, String table) throws SQLException {
        try (Connection db = platform.postgres().connect(Platform.CASES_DATABASE);
                PreparedStatement query = db.prepareStatement(
                        "select count(*) from information_schema.tables where table_schema = ? and table_name = ?")) {
            query.setString(1, schema);
            query.setString(2, table);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1) == 1;
            }
        }
    }
}
