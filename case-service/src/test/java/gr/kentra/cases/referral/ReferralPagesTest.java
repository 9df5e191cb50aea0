package gr.kentra.cases.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A referral started from the card: partners of the directory, the API's validation at the fields, the card's list. */
class ReferralPagesTest extends CaseServiceIntegrationTest {

    private static final String CENTRE = "elefsina-referral-pages";
    private static final String OTHER = "mouzaki-referral-pages";

    @BeforeEach
    void centres() throws Exception {
        provision(CENTRE);
        provision(OTHER);
    }

    private MockHttpServletResponse page(String centre, String role, MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(in(centre, role, request, null)).andReturn().getResponse();
    }

    @Test
    void aReferralToAPartnerIsCheckedLikeTheApisAndThenListedOnTheCardWithThePartnersName() throws Exception {
        String person = registerPerson(CENTRE, "Ελπίδα", "Μαυρίδου", "1979-05-05");
        String partner = partner(CENTRE);
        String partnerName = partnerName(CENTRE, partner);
        String card = page(CENTRE, "social-worker", get("/t/" + CENTRE + "/people/" + person)).getContentAsString();
        assertThat(card).contains("/people/" + person + "/referrals/new", "/people/" + person + "/appointments/new",
                "/people/" + person + "/investigations/new", "/people/" + person + "/sessions/new");

        String form = page(CENTRE, "social-worker", get("/t/" + CENTRE + "/people/" + person + "/referrals/new"))
                .getContentAsString();
        assertThat(form).contains("Μαυρίδου Ελπίδα", "name=\"partnerId\"", partner, "name=\"followUpOn\"");

        MockHttpServletResponse refused = page(CENTRE, "social-worker", referral(person, partner, "", "20/12/2026"));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("href=\"#reason\"", "id=\"reason-error\"",
                "value=\"20/12/2026\"");
        MockHttpServletResponse badDate = page(CENTRE, "social-worker", referral(person, partner, "Τρόφιμα", "32/13/2026"));
        assertThat(badDate.getStatus()).isEqualTo(422);
        assertThat(badDate.getContentAsString()).contains("id=\"followUpOn-error\"", "value=\"32/13/2026\"",
                "Τρόφιμα");

        MockHttpServletResponse saved = page(CENTRE, "social-worker",
                referral(person, partner, "Τρόφιμα για την οικογένεια", "20/12/2026").header("HX-Request", "true"));
        assertThat(saved.getHeader("HX-Redirect")).isEqualTo("/t/" + CENTRE + "/people/" + person);
        assertThat(page(CENTRE, "social-worker", get("/t/" + CENTRE + "/people/" + person + "/referrals"))
                .getContentAsString()).contains(partnerName, "Τρόφιμα για την οικογένεια", "20/12/2026");
    }

    @Test
    void aRoleThatMayNotReferIsNotOfferedTheFormAndIsRefused() throws Exception {
        String person = registerPerson(CENTRE, "Ρένα", "Κόλλια", "1991-03-03");
        assertThat(page(CENTRE, "admin-staff", get("/t/" + CENTRE + "/people/" + person)).getContentAsString())
                .doesNotContain("/referrals/new", "/sessions/new", "/investigations/new")
                .contains("/appointments/new");
        assertThat(page(CENTRE, "admin-staff", get("/t/" + CENTRE + "/people/" + person + "/referrals/new"))
                .getStatus()).isEqualTo(403);
        assertThat(page(CENTRE, "psychologist", referral(person, partner(CENTRE), "x", "")).getStatus())
                .isEqualTo(403);
    }

    @Test
    void anotherCentresPersonOrPartnerIsNotFoundAndNothingIsSent() throws Exception {
        String elsewhere = registerPerson(OTHER, "Άννα", "Ξένου", "1980-01-01");
        MockHttpServletResponse form = page(CENTRE, "social-worker",
                get("/t/" + CENTRE + "/people/" + elsewhere + "/referrals/new"));
        assertThat(form.getStatus()).isEqualTo(404);
        assertThat(form.getContentAsString()).doesNotContain("Ξένου");
        MockHttpServletResponse post = page(CENTRE, "social-worker", referral(elsewhere, partner(CENTRE), "x", ""));
        assertThat(post.getStatus()).isEqualTo(404);

        String person = registerPerson(CENTRE, "Ζωή", "Τζάνη", "1975-07-07");
        assertThat(page(CENTRE, "social-worker", referral(person, partner(OTHER), "x", "")).getStatus())
                .isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from t_elefsina_referral_pages.referral where beneficiary_id = ?::uuid",
                Integer.class, person)).isZero();
    }

    @Test
    void theFormOffersTheRegionsAndTheCentresServicesGroupedAndTheCardShowsTheServiceChosen() throws Exception {
        String centre = "refpages-north-one";
        String elsewhere = "refpages-south-one";
        place(centre, "refpages-north");
        place(elsewhere, "refpages-south");
        String regional = service(centre, "coordinator", "REGIONAL", "Φαρμακείο της Περιφέρειας Βορρά",
                "MUNICIPAL_SOCIAL_PHARMACY");
        String own = service(centre, "social-worker", "PRIVATE", "Δικό μας Στέκι", "NGO");
        String gone = service(centre, "coordinator", "REGIONAL", "Παλιά Δομή Βορρά", "NGO");
        String otherRegion = service(elsewhere, "coordinator", "REGIONAL", "Φαρμακείο του Νότου",
                "MUNICIPAL_SOCIAL_PHARMACY");
        jdbc.update("update platform.directory_service set active = false where id = ?::uuid", gone);
        String person = registerPerson(centre, "Φωτεινή", "Λαμπράκη", "1970-02-02");

        String form = page(centre, "social-worker", get("/t/" + centre + "/people/" + person + "/referrals/new"))
                .getContentAsString();
        assertThat(form).contains("<label class=\"govuk-label\" for=\"directoryServiceId\">",
                "aria-describedby=\"directoryServiceId-hint\"", "<optgroup label=\"Υπηρεσίες της περιφέρειας\">",
                "<optgroup label=\"Υπηρεσίες του κέντρου\">",
                "Φαρμακείο της Περιφέρειας Βορρά · Δημοτικό κοινωνικό φαρμακείο", "Δικό μας Στέκι · Μη κυβερνητική")
                .doesNotContain("Φαρμακείο του Νότου", "Παλιά Δομή Βορρά");
        assertThat(form.indexOf(regional)).isLessThan(form.indexOf("Υπηρεσίες του κέντρου"));
        assertThat(form.indexOf("Υπηρεσίες του κέντρου")).isLessThan(form.indexOf("value=\"" + own + "\""));

        // A regional service still needs the partner that follows it up: the summary links to the field.
        MockHttpServletResponse noPartner = page(centre, "social-worker",
                toService(centre, person, regional, "", "Φάρμακα"));
        assertThat(noPartner.getStatus()).isEqualTo(422);
        assertThat(noPartner.getContentAsString()).contains("href=\"#partnerId\"", "id=\"partnerId-error\"",
                "value=\"" + regional + "\" selected=\"selected\"", "Φάρμακα");
        // Another region's service and a deactivated one are refused, nothing sent.
        assertThat(page(centre, "social-worker", toService(centre, person, otherRegion, own, "x")).getStatus())
                .isEqualTo(404);
        MockHttpServletResponse deactivated = page(centre, "social-worker", toService(centre, person, gone, own, "x"));
        assertThat(deactivated.getStatus()).isEqualTo(422);
        assertThat(deactivated.getContentAsString()).contains("href=\"#directoryServiceId\"",
                "id=\"directoryServiceId-error\"");

        assertThat(page(centre, "social-worker", toService(centre, person, regional, own, "Φάρμακα για τον μήνα"))
                .getStatus()).isBetween(300, 399);
        assertThat(page(centre, "social-worker", toService(centre, person, own, "", "Στήριξη από το στέκι"))
                .getStatus()).isBetween(300, 399);
        String list = page(centre, "social-worker", get("/t/" + centre + "/people/" + person + "/referrals"))
                .getContentAsString();
        assertThat(list).contains("Φάρμακα για τον μήνα", "υπηρεσία: Φαρμακείο της Περιφέρειας Βορρά",
                "Στήριξη από το στέκι", "Δικό μας Στέκι");
    }

    private static MockHttpServletRequestBuilder toService(String centre, String person, String service,
            String partner, String reason) {
        return post("/t/" + centre + "/people/" + person + "/referrals")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("beneficiaryId", person).param("directoryServiceId", service).param("partnerId", partner)
                .param("requestId", "").param("reason", reason).param("sentOn", "").param("followUpOn", "");
    }

    private void place(String centre, String region) throws Exception {
        mvc.perform(put("/internal/tenants/{tenant}", centre).with(tenantService())
                .contentType(MediaType.APPLICATION_JSON).content("{\"region\":\"%s\"}".formatted(region)));
    }

    private String service(String centre, String role, String scope, String name, String kind) throws Exception {
        return JsonPath.read(mvc.perform(in(centre, role, post("/api/directory/services"),
                "{\"scope\":\"%s\",\"name\":\"%s\",\"kind\":\"%s\"}".formatted(scope, name, kind)))
                .andReturn().getResponse().getContentAsString(), "$.id");
    }

    private static MockHttpServletRequestBuilder referral(String person, String partner, String reason,
            String followUpOn) {
        return post("/t/" + CENTRE + "/people/" + person + "/referrals")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("beneficiaryId", person).param("partnerId", partner).param("requestId", "")
                .param("reason", reason).param("sentOn", "").param("followUpOn", followUpOn);
    }

    private String partner(String centre) throws Exception {
        return JsonPath.read(mvc.perform(in(centre, "social-worker", get("/api/partners"), null)).andReturn()
                .getResponse().getContentAsString(), "$[0].id");
    }

    private String partnerName(String centre, String id) throws Exception {
        return JsonPath.<net.minidev.json.JSONArray>read(mvc.perform(in(centre, "social-worker", get("/api/partners"), null))
                .andReturn().getResponse().getContentAsString(), "$[?(@.id == '" + id + "')].name").get(0).toString();
    }
}
