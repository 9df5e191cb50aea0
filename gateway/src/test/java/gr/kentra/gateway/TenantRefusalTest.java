package gr.kentra.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

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
