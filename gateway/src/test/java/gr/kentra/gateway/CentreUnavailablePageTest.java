package gr.kentra.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A browser opening a suspended or archived centre's page gets a page saying so; the API keeps its problems. */
class CentreUnavailablePageTest extends GatewayTest {

    private static final Duration WITHIN_SECONDS = Duration.ofSeconds(5);

    @AfterEach
    void everyCentreActiveAgain() {
        STATUSES.allActive();
        String member = TOKENS.member("mouzaki", "nea-smyrni");
        await().atMost(WITHIN_SECONDS).untilAsserted(() -> {
            get("/t/mouzaki/api/beneficiaries", member).expectStatus().isOk();
            get("/t/nea-smyrni/api/beneficiaries", member).expectStatus().isOk();
        });
    }

    private WebTestClient.ResponseSpec page(String path, String token) {
        return client().get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8").exchange();
    }

    private void suspended(String statuses, String centre, int status, String member) {
        STATUSES.answer(statuses);
        await().atMost(WITHIN_SECONDS).untilAsserted(() ->
                get("/t/" + centre + "/api/beneficiaries", member).expectStatus().isEqualTo(status));
    }

    @Test
    void showsMembersOfASuspendedCentreAPageInGreekWithTheSameStatusAndWhomToContact() {
        String member = TOKENS.member("mouzaki");
        suspended("{\"mouzaki\":\"SUSPENDED\"}", "mouzaki", 423, member);
        CASES.reset();

        String greek = body(page("/t/mouzaki/", member).expectStatus().isEqualTo(423)
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueEquals(HttpHeaders.CONTENT_LANGUAGE, "el"));
        assertThat(greek).startsWith("<!DOCTYPE html>").contains("lang=\"el\"", "σε αναστολή",
                "συντονιστή του κέντρου σας", "href=\"?lang=en\"").doesNotContain("centreStatus");
        assertThat(CASES.last()).as("nothing reached case-service").isNull();

        assertThat(body(page("/t/mouzaki/people?lang=en", member).expectStatus().isEqualTo(423)
                .expectHeader().valueEquals(HttpHeaders.CONTENT_LANGUAGE, "en")))
                .contains("lang=\"en\"", "is suspended", "coordinator", "href=\"?lang=el\"");
        assertThat(body(client().get().uri("/t/mouzaki/people").header(HttpHeaders.AUTHORIZATION, "Bearer " + member)
                .header(HttpHeaders.ACCEPT, "text/html").cookie("lang", "en").exchange().expectStatus().isEqualTo(423)))
                .contains("is suspended");
    }

    @Test
    void keepsTheProblemForApiCallsEvenWhenTheyAcceptHtml() {
        String member = TOKENS.member("mouzaki");
        suspended("{\"mouzaki\":\"SUSPENDED\"}", "mouzaki", 423, member);
        assertThat(body(get("/t/mouzaki/", member).expectStatus().isEqualTo(423)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)))
                .as("a page asked for without text/html").contains("\"centreStatus\":\"SUSPENDED\"");

        assertThat(body(page("/t/mouzaki/api/beneficiaries", member).expectStatus().isEqualTo(423)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)))
                .contains("\"centreStatus\":\"SUSPENDED\"");
    }

    @Test
    void showsMembersOfAnArchivedCentreThatAccessHasEndedWith403() {
        String member = TOKENS.member("nea-smyrni");
        suspended("{\"nea-smyrni\":\"ARCHIVED\"}", "nea-smyrni", 403, member);

        assertThat(body(page("/t/nea-smyrni/", member).expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)))
                .contains("αρχειοθετηθεί", "Δήμο σας");
    }

    @Test
    void nonMembersGetTheFixedForbiddenProblemNotThePage() {
        suspended("{\"mouzaki\":\"SUSPENDED\"}", "mouzaki", 423, TOKENS.member("mouzaki"));
        String outsider = TOKENS.member("moschato-tavros");

        String suspended = body(page("/t/mouzaki/", outsider).expectStatus().isForbidden());
        String unknown = body(page("/t/no-such-centre/", outsider).expectStatus().isForbidden());

        assertThat(suspended).isEqualTo(unknown).doesNotContain("αναστολή").doesNotContain("SUSPENDED");
    }
}
