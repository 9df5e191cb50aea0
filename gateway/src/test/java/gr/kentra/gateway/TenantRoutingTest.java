package gr.kentra.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class TenantRoutingTest extends GatewayTest {

    @Test
    void routesAMembersRequestToCaseServiceWithoutThePrefixAndWithTheTenantFromThePath() {
        String token = TOKENS.member("moschato-tavros");

        client().get().uri("/t/moschato-tavros/api/beneficiaries?q=papadopoulos&page=1")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header("X-Kentra-Tenant", "elefsina")
                .header("x-kentra-tenant", "mouzaki")
                .exchange()
                .expectStatus().isOk();

        Downstream.Received received = CASES.last();
        assertThat(received.path()).isEqualTo("/api/beneficiaries");
        assertThat(received.query()).isEqualTo("q=papadopoulos&page=1");
        assertThat(received.all("X-Kentra-Tenant")).containsExactly("moschato-tavros");
        assertThat(received.header("Authorization")).isEqualTo("Bearer " + token);
    }

    @Test
    void forwardsChangesWithABearerTokenWithoutAskingForACsrfToken() {
        client().post().uri("/t/elefsina/api/beneficiaries")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.member("elefsina"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"lastName\":\"Γεωργίου\"}")
                .exchange()
                .expectStatus().isOk();

        assertThat(CASES.last().method()).isEqualTo("POST");
        assertThat(CASES.last().header("X-Kentra-Tenant")).isEqualTo("elefsina");
    }

    @Test
    void rewritesCaseServiceLocationsUnderTheTenantsPath() {
        CASES.answerWithLocation("http://127.0.0.1:1234/api/beneficiaries/42");

        get("/t/moschato-tavros/api/beneficiaries", TOKENS.member("moschato-tavros"))
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/t/moschato-tavros/api/beneficiaries/42");
    }

    @Test
    void routesAdminAndReportsPathsUnchanged() {
        String admin = TOKENS.withRole("platform-admin");
        get("/admin/api/tenants?status=ACTIVE", admin).expectStatus().isOk();
        assertThat(TENANTS.last().path()).isEqualTo("/admin/api/tenants");
        assertThat(TENANTS.last().query()).isEqualTo("status=ACTIVE");

        get("/reports/api/indicators?scope=national", TOKENS.withRole("ministry-analyst")).expectStatus().isOk();
        assertThat(REPORTS.last().path()).isEqualTo("/reports/api/indicators");
        assertThat(REPORTS.last().header("Authorization")).startsWith("Bearer ");
    }

    @Test
    void answersWithTheTraceIdThatTheServiceReceivesAsW3cTraceparentAndDropsAClientsOwnId() {
        String answered = client().get().uri("/t/moschato-tavros/api/beneficiaries")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.member("moschato-tavros"))
                .header("X-Request-Id", "bad id\" with spaces")
                .exchange().expectStatus().isOk()
                .returnResult(Void.class).getResponseHeaders().getFirst("X-Request-Id");

        assertThat(answered).matches("[0-9a-f]{32}");
        assertThat(CASES.last().header("traceparent")).matches("00-" + answered + "-[0-9a-f]{16}-0[01]");
        assertThat(CASES.last().header("X-Request-Id")).isNull();

        // A caller already in a trace (W3C traceparent) stays in it.
        String parent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        client().get().uri("/admin/api/tenants")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.withRole("platform-admin"))
                .header("traceparent", parent)
                .exchange().expectHeader().valueEquals("X-Request-Id", "4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(TENANTS.last().header("traceparent")).startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-")
                .doesNotContain("00f067aa0ba902b7");
    }

    @Test
    void answersARefusedRequestWithItsTraceIdToo() {
        String id = client().get().uri("/t/elefsina/api/beneficiaries")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.member("moschato-tavros"))
                .exchange().expectStatus().isForbidden()
                .returnResult(Void.class).getResponseHeaders().getFirst("X-Request-Id");
        assertThat(id).matches("[0-9a-f]{32}");
    }

    @Test
    void servesTheServicesApiDocsThroughTheGateway() {
        get("/docs/case-service/v3/api-docs", null).expectStatus().isOk();
        assertThat(CASES.last().path()).isEqualTo("/v3/api-docs");
    }
}
