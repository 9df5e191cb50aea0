package gr.kentra.cases.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A social investigation started from the card, with the API's validation at the fields, then on the card. */
class InvestigationPagesTest extends CaseServiceIntegrationTest {

    private static final String CENTRE = "elefsina-investigation-pages";
    private static final String OTHER = "mouzaki-investigation-pages";

    @BeforeEach
    void centres() throws Exception {
        provision(CENTRE);
        provision(OTHER);
    }

    private MockHttpServletResponse page(String role, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(in(CENTRE, role, request, null)).andReturn().getResponse();
    }

    @Test
    void anInvestigationStartedFromTheCardIsCheckedLikeTheApisAndListedOnTheCard() throws Exception {
        String person = registerPerson(CENTRE, "Αγλαΐα", "Βλάχου", "1958-10-10");
        assertThat(page("social-worker", get("/t/" + CENTRE + "/people/" + person + "/investigations/new"))
                .getContentAsString()).contains("Βλάχου Αγλαΐα", "Σύνθεση νοικοκυριού", "name=\"requestedBy\"");

        MockHttpServletResponse refused = page("social-worker", investigation(person, "HOUSEHOLD_COMPOSITION", ""));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("href=\"#requestedBy\"", "id=\"requestedBy-error\"");

        MockHttpServletResponse saved = page("social-worker",
                investigation(person, "HOUSEHOLD_COMPOSITION", "Ειρηνοδικείο Ελευσίνας"));
        assertThat(saved.getRedirectedUrl()).isEqualTo("/t/" + CENTRE + "/people/" + person);
        assertThat(page("social-worker", get("/t/" + CENTRE + "/people/" + person + "/investigations"))
                .getContentAsString()).contains("Ειρηνοδικείο Ελευσίνας", "Ανοιχτή", "02/12/2026");
    }

    @Test
    void whoMayNotInvestigateIsNotOfferedItAndAnotherCentresPersonIsNotFound() throws Exception {
        String person = registerPerson(CENTRE, "Νεφέλη", "Ζήση", "1999-09-09");
        assertThat(page("psychologist", get("/t/" + CENTRE + "/people/" + person)).getContentAsString())
                .doesNotContain("/investigations/new");
        assertThat(page("psychologist", investigation(person, "OTHER", "x")).getStatus()).isEqualTo(403);
        String elsewhere = registerPerson(OTHER, "Ίρις", "Ξένου", "1980-01-01");
        MockHttpServletResponse foreign = page("social-worker", investigation(elsewhere, "OTHER", "x"));
        assertThat(foreign.getStatus()).isEqualTo(404);
        assertThat(foreign.getContentAsString()).doesNotContain("Ξένου");
    }

    private static MockHttpServletRequestBuilder investigation(String person, String kind, String requestedBy) {
        return post("/t/" + CENTRE + "/people/" + person + "/investigations")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("beneficiaryId", person).param("kind", kind).param("requestId", "")
                .param("requestedBy", requestedBy).param("requestedOn", "02/12/2026").param("homeVisitOn", "")
                .param("findings", "");
    }
}
