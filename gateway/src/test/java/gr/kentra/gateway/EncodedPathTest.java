package gr.kentra.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * One path for every decision: an encoded or look-alike form of a centre's path is refused with a problem
 * before any route or check reads it, so it can never walk past the membership or lifecycle checks
 * (issue 10, item 1: {@code /%74/{centre}/api/…} once reached case-service for a suspended centre).
 */
class EncodedPathTest extends GatewayTest {

    private static final List<String> ENCODED_FORMS = List.of(
            "/%74/mouzaki/api/beneficiaries",
            "/%54/mouzaki/api/beneficiaries",
            "/t/mouzaki/%61pi/beneficiaries",
            "/t/%6Douzaki/api/beneficiaries",
            "/t/mouzak%69/api/beneficiaries",
            "/t/mouzaki/api/benef%69ciaries",
            "/t/mouzaki/ap%69",
            "/%2574/mouzaki/api/beneficiaries",
            "/t/mouzaki/%2e%2e/api/beneficiaries",
            "/t/mouzaki%2fapi/beneficiaries",
            "/t/mouzaki/api/%2e%2e/%2e%2e/internal/tenants/mouzaki",
            "/t/mouzaki;x=1/api/beneficiaries",
            "/t/mouzaki/api;jsessionid=1/beneficiaries",
            "//t/mouzaki/api/beneficiaries",
            "/t//mouzaki/api/beneficiaries",
            "/t/mouzaki/./api/beneficiaries",
            "/t/elefsina/../mouzaki/api/beneficiaries");

    @AfterEach
    void everyCentreActiveAgain() {
        STATUSES.allActive();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                get("/t/mouzaki/api/beneficiaries", TOKENS.member("mouzaki")).expectStatus().isOk());
    }

    @Test
    void refusesEncodedFormsOfASuspendedCentresPathInsteadOfLettingItsMembersIn() {
        STATUSES.answer("{\"mouzaki\":\"SUSPENDED\"}");
        String member = TOKENS.member("mouzaki");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                get("/t/mouzaki/api/beneficiaries", member).expectStatus().isEqualTo(423));
        CASES.reset();

        for (String path : ENCODED_FORMS) {
            String body = body(raw(HttpMethod.GET, path, member, null)
                    .expectStatus().value(status -> assertThat(status).as(path).isIn(400, 403, 404, 423))
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            assertThat(body).as(path).doesNotContain("Exception").doesNotContain("mouzaki");
        }
        assertThat(CASES.last()).as("nothing reached case-service").isNull();
    }

    @Test
    void refusesEncodedFormsOfAnotherCentresPath() {
        String outsider = TOKENS.member("moschato-tavros");

        for (String path : ENCODED_FORMS) {
            raw(HttpMethod.GET, path, outsider, null)
                    .expectStatus().value(status -> assertThat(status).as(path).isIn(400, 403, 404))
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        raw(HttpMethod.GET, "/t/%6Doschato-tavros/api/beneficiaries", TOKENS.member("mouzaki"), null)
                .expectStatus().isBadRequest();
        assertThat(CASES.last()).as("nothing reached case-service").isNull();
    }

    @Test
    void refusesTheEncodedFormsEvenOfTheCallersOwnOpenCentre() {
        String member = TOKENS.member("mouzaki");

        String greek = body(raw(HttpMethod.GET, "/%74/mouzaki/api/beneficiaries", member, null)
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.CONTENT_LANGUAGE, "el"));
        String english = body(raw(HttpMethod.GET, "/t/mouzaki/%61pi/beneficiaries", member, "en")
                .expectStatus().isBadRequest());

        assertThat(greek).contains("\"status\":400", "απλή μορφή");
        assertThat(english).contains("\"status\":400", "plain form");
        assertThat(CASES.last()).isNull();
    }

    @Test
    void answersUpperCaseLookAlikesWithoutReachingAnyService() {
        String member = TOKENS.member("mouzaki");

        raw(HttpMethod.GET, "/T/mouzaki/api/beneficiaries", member, null).expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        raw(HttpMethod.GET, "/t/mouzaki/API/beneficiaries", member, null).expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        raw(HttpMethod.GET, "/t/MOUZAKI/api/beneficiaries", member, null).expectStatus().isForbidden();

        assertThat(CASES.last()).isNull();
    }

    @Test
    void stillRoutesThePlainPathAndEncodedCharactersThatAreNotRoutingOnes() {
        String member = TOKENS.member("mouzaki");

        raw(HttpMethod.GET, "/t/mouzaki/api/beneficiaries/%CE%91", member, null).expectStatus().isOk();

        assertThat(CASES.last().path()).isEqualTo("/api/beneficiaries/%CE%91");
    }

    @Test
    void refusesOddMethodsWithAProblem() {
        for (HttpMethod method : List.of(HttpMethod.TRACE, HttpMethod.valueOf("FOO"))) {
            raw(method, "/t/mouzaki/api/beneficiaries", TOKENS.member("mouzaki"), null)
                    .expectStatus().value(status -> assertThat(status).as(method.name()).isIn(400, 405))
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(CASES.last()).isNull();
    }

    private WebTestClient.ResponseSpec raw(HttpMethod method, String path, String token, String language) {
        WebTestClient.RequestHeadersSpec<?> request = client().method(method)
                .uri(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        if (language != null) {
            request = request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return request.exchange();
    }
}
