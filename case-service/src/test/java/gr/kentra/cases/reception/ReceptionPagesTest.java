package gr.kentra.cases.reception;

import static gr.kentra.cases.NamedStaff.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The reception queue on the pages: checked in from the card, waiting on the home page, then marked seen. */
class ReceptionPagesTest extends CaseServiceIntegrationTest {

    private static final String CENTRE = "reception-pages";
    private static final String OTHER = "reception-pages-other";

    @BeforeEach
    void centres() throws Exception {
        provision(CENTRE);
        provision(OTHER);
    }

    private MockHttpServletResponse page(String username, String role, MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(as(CENTRE, username, role, request, null)).andReturn().getResponse();
    }

    @Test
    void aPersonCheckedInAtTheCardWaitsOnTheHomePageUntilSeen() throws Exception {
        String person = registerPerson(CENTRE, "Ανθή", "Ρούσσου", "1977-07-07");
        assertThat(page("anna", "admin-staff", get("/t/" + CENTRE + "/people/" + person)).getContentAsString())
                .contains("/people/" + person + "/walk-ins", "name=\"purpose\"");
        assertThat(page("anna", "admin-staff", get("/t/" + CENTRE + "/")).getContentAsString())
                .contains("/t/" + CENTRE + "/walk-ins");

        MockHttpServletResponse checkedIn = page("anna", "admin-staff", post("/t/" + CENTRE + "/people/" + person
                + "/walk-ins").contentType(MediaType.APPLICATION_FORM_URLENCODED).param("purpose", "Βεβαίωση")
                .header("HX-Request", "true"));
        assertThat(checkedIn.getContentAsString()).contains("role=\"status\"", "Καταγράφηκε η άφιξη");
        MockHttpServletResponse again = page("anna", "admin-staff", post("/t/" + CENTRE + "/people/" + person
                + "/walk-ins").contentType(MediaType.APPLICATION_FORM_URLENCODED));
        assertThat(again.getRedirectedUrl()).isEqualTo("/t/" + CENTRE + "/people/" + person + "?waiting");
        assertThat(page("anna", "admin-staff", get(again.getRedirectedUrl())).getContentAsString())
                .contains("είναι ήδη στην ουρά");

        String queue = page("maria", "social-worker", get("/t/" + CENTRE + "/walk-ins")).getContentAsString();
        assertThat(queue).contains("Ρούσσου Ανθή", "Βεβαίωση", "Εξυπηρετήθηκε: Ρούσσου Ανθή", "hx-trigger=\"every 60s\"");
        String id = JsonPath.read(mvc.perform(as(CENTRE, "maria", "social-worker", get("/api/walk-ins"), null))
                .andReturn().getResponse().getContentAsString(), "$[0].id");

        String seen = page("maria", "social-worker", post("/t/" + CENTRE + "/walk-ins/" + id)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("to", "SEEN").param("version", "0"))
                .getContentAsString();
        assertThat(seen).contains("Κανείς δεν περιμένει", "Εξυπηρετήθηκε", "maria");
        String late = page("anna", "admin-staff", post("/t/" + CENTRE + "/walk-ins/" + id)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("to", "LEFT").param("version", "0"))
                .getContentAsString();
        assertThat(late).contains("ενημέρωσε ήδη την ουρά");
    }

    @Test
    void anotherCentresPersonAndWalkInAreNotFound() throws Exception {
        String elsewhere = registerPerson(OTHER, "Ερση", "Ξένου", "1960-06-06");
        assertThat(page("anna", "admin-staff", post("/t/" + CENTRE + "/people/" + elsewhere + "/walk-ins")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)).getStatus()).isEqualTo(404);
        String theirs = JsonPath.read(mvc.perform(as(OTHER, "anna", "admin-staff", post("/api/walk-ins"),
                        "{\"beneficiaryId\":\"" + elsewhere + "\"}"))
                .andReturn().getResponse().getContentAsString(), "$.id");
        MockHttpServletResponse foreign = page("anna", "admin-staff", post("/t/" + CENTRE + "/walk-ins/" + theirs)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("to", "SEEN").param("version", "0"));
        assertThat(foreign.getStatus()).isEqualTo(404);
        assertThat(foreign.getContentAsString()).doesNotContain("Ξένου");
    }
}
