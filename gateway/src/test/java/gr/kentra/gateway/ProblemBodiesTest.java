package gr.kentra.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;

/** Every refusal of every gateway layer is an RFC 9457 problem in Greek or English (issue 11, item 5). */
class ProblemBodiesTest extends GatewayTest {

    @Test
    void answersAWriteWithoutTokenOrSessionWithTheUnauthorizedProblem() {
        String body = body(client().post().uri("/t/mouzaki/api/beneficiaries")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(body).contains("\"status\":401", "Απαιτείται σύνδεση");
        assertThat(CASES.last()).isNull();
    }

    @Test
    void answersACookieWriteWithoutCsrfTokenWithAProblem() {
        ResponseCookie csrf = client().get().uri("/admin/").exchange().expectBody().returnResult()
                .getResponseCookies().getFirst("XSRF-TOKEN");

        String body = body(client().post().uri("/t/mouzaki/api/beneficiaries")
                .cookie("SESSION", "browser-session").cookie(csrf.getName(), csrf.getValue())
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(body).contains("\"status\":403", "CSRF").doesNotContain("Access Denied");
    }

    @Test
    void answersAPathWithNoRouteWithANotFoundProblem() {
        String body = body(get("/no/such/page", TOKENS.member("mouzaki")).expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(body).contains("\"status\":404", "Δεν βρέθηκε").doesNotContain("instance").doesNotContain("/no/such");
    }

    /**
     * Reactor Netty answers an over-long request line (414) or header block (431) itself, before any Spring
     * code, with an empty body: no problem is possible there, but the answer is the right status, not a 400
     * or a hang, and nothing is relayed.
     */
    @Test
    void answersOverlongRequestLinesAndHeadersWithTheirStatusBeforeAnyService() {
        String member = TOKENS.member("mouzaki");
        client().get().uri("/t/mouzaki/api/beneficiaries?q=" + "a".repeat(9_000))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + member).exchange()
                .expectStatus().isEqualTo(414);
        client().get().uri("/t/mouzaki/api/beneficiaries")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + member).header("X-Padding", "a".repeat(17_000))
                .exchange()
                .expectStatus().isEqualTo(431);

        assertThat(CASES.last()).isNull();
    }
}
