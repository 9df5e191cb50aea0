package gr.kentra.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Suspended and archived centres are refused to their members within a refresh; non-members see no difference. */
class CentreSuspensionTest extends GatewayTest {

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

    @Test
    void refusesMembersOfASuspendedCentreInGreekWithinSeconds() {
        String member = TOKENS.member("mouzaki");
        get("/t/mouzaki/api/beneficiaries", member).expectStatus().isOk();

        STATUSES.answer("{\"mouzaki\":\"SUSPENDED\"}");

        await().atMost(WITHIN_SECONDS).untilAsserted(() ->
                get("/t/mouzaki/api/beneficiaries", member).expectStatus().isEqualTo(423));
        CASES.reset();
        String greek = body(get("/t/mouzaki/api/beneficiaries", member).expectStatus().isEqualTo(423)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.CONTENT_LANGUAGE, "el"));
        assertThat(greek).contains("\"status\":423", "αναστολή", "\"centreStatus\":\"SUSPENDED\"");
        assertThat(CASES.last()).as("nothing reached case-service").isNull();
    }

    @Test
    void explainsTheSuspensionInEnglishWhenAsked() {
        STATUSES.answer("{\"mouzaki\":\"SUSPENDED\"}");
        String member = TOKENS.member("mouzaki");
        await().atMost(WITHIN_SECONDS).untilAsserted(() ->
                get("/t/mouzaki/api/beneficiaries", member).expectStatus().isEqualTo(423));

        String english = body(client().get().uri("/t/mouzaki/api/beneficiaries")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + member)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.9").exchange()
                .expectStatus().isEqualTo(423)
                .expectHeader().valueEquals(HttpHeaders.CONTENT_LANGUAGE, "en"));
        assertThat(english).contains("Centre suspended", "suspended by the platform administrators");
    }

    @Test
    void refusesMembersOfAnArchivedCentreSayingAccessHasEnded() {
        STATUSES.answer("{\"nea-smyrni\":\"ARCHIVED\",\"mouzaki\":\"ONBOARDING\"}");
        String member = TOKENS.member("nea-smyrni", "mouzaki");

        await().atMost(WITHIN_SECONDS).untilAsserted(() ->
                get("/t/nea-smyrni/api/beneficiaries", member).expectStatus().isForbidden());
        assertThat(body(get("/t/nea-smyrni/api/beneficiaries", member).expectStatus().isForbidden()))
                .contains("\"centreStatus\":\"ARCHIVED\"", "αρχειοθετηθεί");
        get("/t/mouzaki/api/beneficiaries", member).expectStatus().isOk();
    }

    @Test
    void refusesATokenStillNamingADeletedCentreAsAccessEnded() {
        STATUSES.answer("{\"nea-smyrni\":\"DELETED\"}");
        String member = TOKENS.member("nea-smyrni");

        await().atMost(WITHIN_SECONDS).untilAsserted(() ->
                get("/t/nea-smyrni/api/beneficiaries", member).expectStatus().isForbidden());
        assertThat(body(get("/t/nea-smyrni/api/beneficiaries", member).expectStatus().isForbidden()))
                .contains("\"centreStatus\":\"ARCHIVED\"");
    }

    @Test
    void nonMembersGetTheSameFixedForbiddenForASuspendedCentre() {
        STATUSES.answer("{\"mouzaki\":\"SUSPENDED\"}");
        await().atMost(WITHIN_SECONDS).untilAsserted(() ->
                get("/t/mouzaki/api/beneficiaries", TOKENS.member("mouzaki")).expectStatus().isEqualTo(423));
        String outsider = TOKENS.member("moschato-tavros");

        String suspended = body(get("/t/mouzaki/api/beneficiaries", outsider).expectStatus().isForbidden());
        String unknown = body(get("/t/no-such-centre/api/beneficiaries", outsider).expectStatus().isForbidden());

        assertThat(suspended).isEqualTo(unknown).doesNotContain("SUSPENDED").doesNotContain("mouzaki");
    }

    @Test
    void keepsTheLastKnownStateWhileTenantServiceIsUnreachable() {
        STATUSES.answer("{\"mouzaki\":\"SUSPENDED\"}");
        String member = TOKENS.member("mouzaki", "nea-smyrni");
        await().atMost(WITHIN_SECONDS).untilAsserted(() ->
                get("/t/mouzaki/api/beneficiaries", member).expectStatus().isEqualTo(423));

        STATUSES.failWith(503);
        int before = STATUSES.requests();
        await().atMost(WITHIN_SECONDS).until(() -> STATUSES.requests() >= before + 3);

        get("/t/mouzaki/api/beneficiaries", member).expectStatus().isEqualTo(423);
        get("/t/nea-smyrni/api/beneficiaries", member).expectStatus().isOk();
    }

    @Test
    void letsMembersBackInOnceTheCentreIsActiveAgain() {
        STATUSES.answer("{\"mouzaki\":\"SUSPENDED\"}");
        String member = TOKENS.member("mouzaki");
        await().atMost(WITHIN_SECONDS).untilAsserted(() ->
                get("/t/mouzaki/api/beneficiaries", member).expectStatus().isEqualTo(423));

        STATUSES.allActive();

        await().atMost(WITHIN_SECONDS).untilAsserted(() ->
                get("/t/mouzaki/api/beneficiaries", member).expectStatus().isOk());
        assertThat(CASES.last().path()).isEqualTo("/api/beneficiaries");
    }
}
