package gr.kentra.system;

import static org.assertj.core.api.Assertions.assertThat;

import gr.kentra.launcher.DemoCasework;
import gr.kentra.launcher.Platform;
import org.junit.jupiter.api.Test;

/** The local stack's demo casework goes through the public API and is added once only. */
class DemoCaseworkSystemIT {

    @Test
    void fillsAnEmptyCentreOnceThroughTheApi() {
        Platform platform = SystemUnderTest.platform();
        String token = platform.keycloak().passwordGrant("mouzaki-social", "demo");
        Http.Response before = Http.get(platform.gatewayUrl() + "/t/mouzaki/api/beneficiaries?size=1", token);
        long existing = before.json().path("total").asLong();

        int added = DemoCasework.fillIfEmpty(platform, "mouzaki", "mouzaki-social", 12);

        Http.Response people = Http.get(platform.gatewayUrl() + "/t/mouzaki/api/beneficiaries?size=1", token);
        Http.Response requests = Http.get(platform.gatewayUrl() + "/t/mouzaki/api/requests?size=1", token);
        if (existing == 0) {
            assertThat(added).isEqualTo(12);
            assertThat(people.json().path("total").asLong()).isEqualTo(12);
            assertThat(requests.json().path("total").asLong()).isGreaterThanOrEqualTo(12);
        } else {
            assertThat(added).isZero();
        }
        assertThat(DemoCasework.fillIfEmpty(platform, "mouzaki", "mouzaki-social", 12)).isZero();
    }
}
