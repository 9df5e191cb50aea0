package gr.kentra.cases.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The centre's pages as the gateway relays them: the full /t/{centre}/ path, the tenant header, the token. */
class BeneficiaryPagesTest extends CaseServiceIntegrationTest {

    private static final String CENTRE = "nea-smyrni-pages";
    private static final String OTHER = "mouzaki-pages";

    @BeforeEach
    void centres() throws Exception {
        provision(CENTRE);
        provision(OTHER);
    }

    private MockHttpServletResponse page(String role, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(in(CENTRE, role, request, null)).andReturn().getResponse();
    }

    @Test
    void theHomePageIsGreekWithThePersonTheCentreLogoutAndTheSearchBox() throws Exception {
        MockHttpServletResponse home = page("social-worker", get("/t/" + CENTRE + "/"));
        assertThat(home.getStatus()).isEqualTo(200);
        String html = home.getContentAsString();
        assertThat(html).contains("lang=\"el\"", "Η ημέρα μου", "maria", "Κοινωνικός λειτουργός", CENTRE,
                "action=\"/logout\"", "id=\"find-person\"", "/t/" + CENTRE + "/people/suggestions",
                "/t/" + CENTRE + "/appointments/today", "/t/" + CENTRE + "/referrals/due");
        assertThat(html).doesNotContain("style=\"", "onclick", "<script>");
    }

    @Test
    void theLookAndTheScriptsComeFromTheJarsUnderTheCentresPrefix() throws Exception {
        MockHttpServletResponse css = page("social-worker", get("/t/" + CENTRE + "/assets/kentra.css"));
        assertThat(css.getStatus()).isEqualTo(200);
        assertThat(css.getContentType()).startsWith("text/css");
        assertThat(page("social-worker", get("/t/" + CENTRE
                + "/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css")).getStatus()).isEqualTo(200);
        assertThat(page("social-worker", get("/t/" + CENTRE + "/webjars/htmx.org/2.0.4/dist/htmx.min.js"))
                .getStatus()).isEqualTo(200);
        assertThat(page("social-worker", get("/t/" + CENTRE + "/assets/kentra.js")).getStatus()).isEqualTo(200);
        // The platform's chrome.js (logout, CSRF header) from platform-commons, loaded before the pages' own script.
        assertThat(page("social-worker", get("/t/" + CENTRE + "/assets/chrome.js")).getContentAsString())
                .contains("X-XSRF-TOKEN", "data-logout");
        assertThat(page("social-worker", get("/t/" + CENTRE + "/")).getContentAsString())
                .containsSubsequence("/assets/chrome.js", "/assets/kentra.js");
    }

    @Test
    void englishIsChosenWithLangAndRemembered() throws Exception {
        MockHttpServletResponse home = page("social-worker", get("/t/" + CENTRE + "/").param("lang", "en"));
        assertThat(home.getContentAsString()).contains("lang=\"en\"", "My day", "Social worker");
        assertThat(home.getHeader("Set-Cookie")).contains("lang=en", "HttpOnly");
        MockHttpServletResponse next = page("social-worker", get("/t/" + CENTRE + "/")
                .cookie(new jakarta.servlet.http.Cookie("lang", "en")));
        assertThat(next.getContentAsString()).contains("My day");
    }

    @Test
    void findsAPersonAsYouTypeByALatinMisspelling() throws Exception {
        String id = registerPerson(CENTRE, "Χαράλαμπος", "Χατζηδάκης", "1961-04-12");
        String results = page("social-worker", get("/t/" + CENTRE + "/people/suggestions").param("q", "hatzidakis"))
                .getContentAsString();
        assertThat(results).contains("Χατζηδάκης Χαράλαμπος", "/t/" + CENTRE + "/people/" + id, "12/04/1961");
    }

    @Test
    void aBadAmkaIsShownAtItsFieldWithEverythingTypedKeptThenTheFixedFormOpensTheCard() throws Exception {
        MockHttpServletResponse refused = page("social-worker", form(post("/t/" + CENTRE + "/people"), "01013099998", "03/02/1988"));
        assertThat(refused.getStatus()).isEqualTo(422);
        String html = refused.getContentAsString();
        assertThat(html).contains("role=\"alert\"", "href=\"#amka\"", "id=\"amka-error\"", "aria-invalid=\"true\"",
                "value=\"Ανδρομάχη\"", "value=\"Ζαφειρίου\"", "value=\"03/02/1988\"", "value=\"01013099998\"");
        assertThat(html).containsPattern("id=\"amka\"[^>]*aria-describedby=\"amka-hint amka-error\"");
        // A choice comes back chosen, as typed (the fragment reads the form by the field's name, not "name").
        assertThat(html).containsPattern("value=\"CONSENT\"[^>]*selected");
        assertThat(page("social-worker", get("/t/" + CENTRE + "/people/new")).getContentAsString())
                .containsPattern("value=\"CONSENT\"[^>]*selected");

        MockHttpServletResponse saved = page("social-worker", form(post("/t/" + CENTRE + "/people"), "03028800005", "03/02/1988")
                .header("HX-Request", "true"));
        assertThat(saved.getStatus()).isEqualTo(200);
        String card = saved.getHeader("HX-Redirect");
        assertThat(card).startsWith("/t/" + CENTRE + "/people/");
        assertThat(page("social-worker", get(card)).getContentAsString())
                .contains("Ζαφειρίου Ανδρομάχη", "03/02/1988", "Zafeiriou");
    }

    @Test
    void aDateTypedTheWrongWayIsAnErrorAtTheField() throws Exception {
        MockHttpServletResponse refused = page("social-worker", form(post("/t/" + CENTRE + "/people"), "", "31/02/1988"));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("href=\"#dateOfBirth\"", "ηη/μμ/εεεε", "value=\"31/02/1988\"");
    }

    @Test
    void anotherCentresPersonUnderThisCentresPrefixIsTheNotFoundPage() throws Exception {
        String theirs = registerPerson(OTHER, "Ιωάννα", "Κανάκη", "1970-01-01");
        MockHttpServletResponse card = page("social-worker", get("/t/" + CENTRE + "/people/" + theirs));
        assertThat(card.getStatus()).isEqualTo(404);
        assertThat(card.getContentType()).startsWith(MediaType.TEXT_HTML_VALUE);
        assertThat(card.getContentAsString()).contains("δεν βρέθηκε").doesNotContain("Κανάκη");
    }

    @Test
    void aPageWhosePrefixIsNotTheRelayedCentreIsRefused() throws Exception {
        MockHttpServletResponse other = mvc.perform(in(CENTRE, "social-worker", get("/t/" + OTHER + "/"), null))
                .andReturn().getResponse();
        assertThat(other.getStatus()).isEqualTo(403);
    }

    @Test
    void whatARoleMayNotDoIsNotOfferedAndRefusedAsAPage() throws Exception {
        String home = page("psychologist", get("/t/" + CENTRE + "/")).getContentAsString();
        assertThat(home).doesNotContain("/t/" + CENTRE + "/people/new");
        MockHttpServletResponse form = page("psychologist", get("/t/" + CENTRE + "/people/new"));
        assertThat(form.getStatus()).isEqualTo(403);
        assertThat(form.getContentAsString()).contains("Δεν επιτρέπεται");

        String id = registerPerson(CENTRE, "Σοφία", "Λαμπράκη", "1980-05-05");
        String card = page("admin-staff", get("/t/" + CENTRE + "/people/" + id)).getContentAsString();
        assertThat(card).contains("/people/" + id + "/requests").doesNotContain("/people/" + id + "/sessions");
        assertThat(page("admin-staff", get("/t/" + CENTRE + "/people/" + id + "/sessions")).getStatus()).isEqualTo(403);
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String amka,
            String dateOfBirth) {
        return request.contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("lastName", "Ζαφειρίου").param("firstName", "Ανδρομάχη").param("latinLastName", "")
                .param("latinFirstName", "").param("dateOfBirth", dateOfBirth).param("gender", "FEMALE")
                .param("amka", amka).param("afm", "").param("citizenship", "GR").param("idDocumentNumber", "")
                .param("phone", "").param("email", "").param("address", "")
                .param("consent.given", "true").param("consent.date", "01/12/2026")
                .param("consent.legalBasis", "CONSENT");
    }
}
