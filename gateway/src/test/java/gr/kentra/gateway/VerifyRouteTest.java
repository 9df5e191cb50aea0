package gr.kentra.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The public verification of issued documents: anonymous, to case-service, without any credential of the caller. */
class VerifyRouteTest extends GatewayTest {

    private static final String CODE = "moschato-tavros.K7QM2-XD9PA-3FG8H-TT4R1-ZZ9QW";

    @Test
    void routesTheVerificationPageToCaseServiceWithoutALogin() {
        client().get().uri("/verify/" + CODE).header("Accept", "text/html").exchange().expectStatus().isOk();

        Downstream.Received received = CASES.last();
        assertThat(received.path()).isEqualTo("/verify/" + CODE);
        assertThat(received.header("X-Kentra-Tenant")).isNull();
    }

    @Test
    void passesTheTypedCodeAndDropsTheCallersCredentialsAndAnyTenantHeader() {
        client().get().uri("/verify?code=" + CODE).header("Accept", "text/html")
                .header("Cookie", "SESSION=abc").header("X-Kentra-Tenant", "elefsina")
                .exchange().expectStatus().isOk();

        Downstream.Received received = CASES.last();
        assertThat(received.path()).isEqualTo("/verify");
        assertThat(received.query()).isEqualTo("code=" + CODE);
        assertThat(received.header("Cookie")).isNull();
        assertThat(received.header("Authorization")).isNull();
        assertThat(received.header("X-Kentra-Tenant")).isNull();
    }

    @Test
    void refusesAnEncodedVerificationPathBeforeRouting() {
        client().get().uri(java.net.URI.create("http://localhost:" + port + "/%76erify/" + CODE)).exchange()
                .expectStatus().isBadRequest();
        assertThat(CASES.last()).as("nothing reached case-service").isNull();
    }
}
