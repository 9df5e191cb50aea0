package gr.kentra.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class TenantRefusalTest extends GatewayTest {

    @Test
    void refusesSomeoneElsesCentreAndAnUnknownCentreWithTheSameProblem() {
        String moschato = TOKENS.member("moschato-tavros");

        String foreign = body(get("/t/elefsina/api/beneficiaries", moschato).expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        String unknown = body(get("/t/no-such-centre/api/beneficiaries", moschato).expectStatus().isForbidden());
        String malformed = body(get("/t/Bad_Slug/api/beneficiaries", moschato).expectStatus().isForbidden());
        String noCentre = body(get("/t/moschato-tavros/api/beneficiaries", TOKENS.withRole("ministry-analyst"))
                .expectStatus().isForbidden());

        assertThat(foreign).isEqualTo(unknown).isEqualTo(malformed).isEqualTo(noCentre);
        assertThat(foreign).doesNotContain("elefsina").doesNotContain("no-such-centre");
        assertThat(CASES.last()).as("nothing reached case-service").isNull();
    }

    @Test
    void refusesMissingAndBadTokensWithAProblem() {
        for (String token : new String[] {null, "not-a-jwt", TOKENS.expired("moschato-tavros"),
                TOKENS.signedByAnotherKey("moschato-tavros"), TOKENS.unsigned("moschato-tavros"),
                TOKENS.fromAnotherIssuer("moschato-tavros")}) {
            get("/t/moschato-tavros/api/beneficiaries", token)
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        get("/admin/api/tenants", null).expectStatus().isUnauthorized();
        get("/reports/api/indicators", null).expectStatus().isUnauthorized();
        assertThat(CASES.last()).isNull();
        assertThat(TENANTS.last()).isNull();
    }

    @Test
    void refusalsAreInGreekUnlessEnglishIsPreferredAndStillIdenticalForUnknownAndForeignCentres() {
        String moschato = TOKENS.member("moschato-tavros");
        String foreignEl = body(inLanguage("/t/elefsina/api/beneficiaries", moschato, "el").expectStatus().isForbidden()
                .expectHeader().valueEquals("Content-Language", "el"));
        String unknownEl = body(inLanguage("/t/no-such-centre/api/beneficiaries", moschato, null).expectStatus()
                .isForbidden());
        String foreignEn = body(inLanguage("/t/elefsina/api/beneficiaries", moschato, "en-GB,en;q=0.8")
                .expectStatus().isForbidden().expectHeader().valueEquals("Content-Language", "en"));
        String unknownEn = body(inLanguage("/t/no-such-centre/api/beneficiaries", moschato, "en").expectStatus()
                .isForbidden());
        assertThat(foreignEl).isEqualTo(unknownEl).contains("Δεν είστε μέλος αυτού του κέντρου");
        assertThat(foreignEn).isEqualTo(unknownEn).contains("You are not a member of this centre");

        assertThat(body(inLanguage("/t/moschato-tavros/api/beneficiaries", null, "el").expectStatus().isUnauthorized()))
                .contains("Απαιτείται σύνδεση");
        assertThat(body(inLanguage("/t/moschato-tavros/api/beneficiaries", null, "en").expectStatus().isUnauthorized()))
                .contains("A valid access token is required");
        assertThat(body(inLanguage("/t/moschato-tavros/api/beneficiaries", "not-a-jwt", "xx-bad;;q")
                .expectStatus().isUnauthorized())).as("a malformed header falls back to Greek").contains("Απαιτείται");
    }

    private WebTestClient.ResponseSpec inLanguage(String path, String token, String acceptLanguage) {
        WebTestClient.RequestHeadersSpec<?> request = client().get().uri(path);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        if (acceptLanguage != null) {
            request = request.header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
        }
        return request.exchange();
    }

    @Test
    void sendsABrowserWithoutSessionToTheLoginPage() {
        client().get().uri("/t/moschato-tavros/").header("Accept", "text/html").exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().valueEquals("Location", "/oauth2/authorization/keycloak");
    }

    @Test
    void healthIsPublic() {
        get("/actuator/health", null).expectStatus().isOk();
    }
}
