package gr.kentra.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import gr.kentra.launcher.testing.TestPostgres;
import org.junit.jupiter.api.Test;

/** The second database cell the resilience suite asks for, and the one cell everyone else gets. */
class SecondCellWiringTest {

    private static final PlatformSettings SETTINGS = new PlatformSettings(Path.of("target/wiring"), false,
            Path.of("keycloak.zip"), Path.of("deploy/keycloak"), Map.of(), PlatformSettings.Ports.free(),
            Duration.ofSeconds(60), 0);

    @Test
    void givesCaseServiceNoSecondCellUnlessAskedSoTheLocalStackAndVerifyRunOnOne() {
        ServiceWiring wiring = new ServiceWiring(SETTINGS, TestPostgres.server(), 8180);

        assertThat(properties(wiring, ServiceWiring.CASE_SERVICE)).doesNotContainKey("kentra.cells.cell-2.url");
        assertThat(properties(wiring, ServiceWiring.TENANT_SERVICE)).doesNotContainKey("kentra.cells");
        assertThat(Boolean.getBoolean(Platform.SECOND_CELL_PROPERTY)).as("off unless set").isFalse();
    }

    @Test
    void givesCaseServiceTheSecondCellsDatabaseAndTenantServiceBothCellsToPlaceCentresOn() {
        PostgresServer postgres = TestPostgres.server();
        ServiceWiring wiring = new ServiceWiring(SETTINGS, postgres, 8180, true);

        Map<String, String> cases = properties(wiring, ServiceWiring.CASE_SERVICE);
        assertThat(cases).containsEntry("kentra.cells.cell-2.url", postgres.jdbcUrl(Platform.SECOND_CELL_DATABASE))
                .containsEntry("kentra.cells.cell-2.username", postgres.username())
                .containsEntry("kentra.cells.cell-2.password", postgres.password())
                .containsEntry("spring.datasource.url", postgres.jdbcUrl(Platform.CASES_DATABASE));
        assertThat(properties(wiring, ServiceWiring.TENANT_SERVICE)).containsEntry("kentra.cells", "cell-1,cell-2");
        assertThat(properties(wiring, ServiceWiring.REPORTING_SERVICE)).doesNotContainKey("kentra.cells");
    }

    private static Map<String, String> properties(ServiceWiring wiring, String service) {
        return wiring.services().stream().filter(s -> s.name().equals(service)).findFirst().orElseThrow().properties();
    }
}
