package gr.kentra.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import gr.kentra.launcher.Platform;
import org.junit.jupiter.api.Test;

/**
 * A person in a browser: the gateway sends her to Keycloak's login pages (confidential client
 * {@code kentra-gateway}), she signs in, and her session's token is relayed to case-service.
 */
class BrowserLoginSystemIT {

    @Test
    void aSocialWorkerLogsInThroughTheGatewayAndReachesHerCentre() throws Exception {
        Platform platform = SystemUnderTest.platform();
        String gateway = platform.gatewayUrl();
        Browser browser = new Browser(gateway);

        HttpResponse<String> landed = browser.logIn("moschato-tavros-social", "demo", platform.keycloak().issuerUri());
        assertThat(landed.statusCode()).as("back at the gateway after login").isIn(200, 404);

        HttpResponse<String> list = browser.get(gateway + "/t/moschato-tavros/api/beneficiaries");
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(list.body()).contains("\"items\"");

        HttpResponse<String> foreign = browser.get(gateway + "/t/elefsina/api/beneficiaries");
        assertThat(foreign.statusCode()).isEqualTo(403);
    }
}
