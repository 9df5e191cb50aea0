package gr.kentra.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DashboardRouteTest extends GatewayTest {

    @Test
    void routesTheDashboardPagesToReportingServiceWithTheCallersToken() {
        String analyst = TOKENS.withRole("ministry-analyst");
        client().get().uri("/dashboards/regions/attica?period=year&year=2026")
                .header("Authorization", "Bearer " + analyst).header("Accept", "text/html")
                .exchange().expectStatus().isOk();

        Downstream.Received received = REPORTS.last();
        assertThat(received.path()).isEqualTo("/dashboards/regions/attica");
        assertThat(received.query()).isEqualTo("period=year&year=2026");
        assertThat(received.header("Authorization")).isEqualTo("Bearer " + analyst);
        assertThat(CASES.last()).isNull();
    }

    @Test
    void sendsABrowserWithoutSessionToTheLoginPageNotToTheDashboards() {
        client().get().uri("/dashboards/").header("Accept", "text/html").exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().valueEquals("Location", "/oauth2/authorization/keycloak");
        assertThat(REPORTS.last()).as("nothing reached reporting-service").isNull();
    }
}
