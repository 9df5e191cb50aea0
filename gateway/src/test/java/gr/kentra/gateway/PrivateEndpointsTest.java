package gr.kentra.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Nothing internal is reachable through the public port: the services' {@code /internal/**} and actuator
 * endpoints, whatever prefix or token is used, and of the gateway's own actuator only health (issue 10, item 2).
 */
class PrivateEndpointsTest extends GatewayTest {

    @Test
    void refusesTheGatewaysOwnActuatorExceptHealthToEveryone() {
        String admin = TOKENS.withRole("platform-admin");
        for (String path : new String[] {"/actuator/prometheus", "/actuator/gateway/routes", "/actuator/info",
            "/actuator/env", "/actuator"}) {
            for (String token : new String[] {null, admin}) {
                get(path, token).expectStatus().isNotFound()
                        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            }
        }
        get("/actuator/health", null).expectStatus().isOk();
        get("/actuator/health/liveness", null).expectStatus().isOk();
        get("/livez", null).expectStatus().isOk();
        get("/readyz", null).expectStatus().isOk();
    }

    @Test
    void neverRelaysInternalOrActuatorPathsOfTheServices() {
        String admin = TOKENS.withRole("platform-admin");
        String member = TOKENS.member("mouzaki");
        for (String path : new String[] {"/internal/tenants/mouzaki", "/admin/internal/centres/status",
            "/admin/api/../../internal/tenants", "/reports/internal/facts", "/t/mouzaki/api/internal/tenants",
            "/t/mouzaki/api/actuator/prometheus", "/admin/actuator/prometheus", "/dashboards/Internal/x"}) {
            get(path, admin).expectStatus().value(status -> assertThat(status).as(path).isIn(400, 404));
            get(path, member).expectStatus().value(status -> assertThat(status).as(path).isIn(400, 404));
        }
        assertThat(CASES.last()).isNull();
        assertThat(TENANTS.last()).isNull();
        assertThat(REPORTS.last()).isNull();
    }
}
