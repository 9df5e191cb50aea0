package gr.kentra.cases.session;

import static gr.kentra.cases.NamedStaff.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A session recorded from the card: its notes shown to their author only, never offered to who may not counsel. */
class SessionPagesTest extends CaseServiceIntegrationTest {

    private static final String CENTRE = "moschato-session-pages";
    private static final String OTHER = "mouzaki-session-pages";

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
    void theNotesOfASessionRecordedFromTheCardAreShownToTheirAuthorOnly() throws Exception {
        String person = registerPerson(CENTRE, "Φωτεινή", "Αργύρη", "1987-04-04");
        assertThat(page("eleni", "psychologist", get("/t/" + CENTRE + "/people/" + person + "/sessions/new"))
                .getContentAsString()).contains("Αργύρη Φωτεινή", "name=\"notes\"", "Άγχος και κατάθλιψη");

        MockHttpServletResponse refused = page("eleni", "psychologist", session(person, "3", "", "x"));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("href=\"#durationMinutes\"", "href=\"#topic\"",
                "value=\"3\"");

        MockHttpServletResponse saved = page("eleni", "psychologist",
                session(person, "50", "ANXIETY_DEPRESSION", "Εμπιστευτική σημείωση"));
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(saved.getRedirectedUrl()).isEqualTo("/t/" + CENTRE + "/people/" + person);

        assertThat(page("eleni", "psychologist", get("/t/" + CENTRE + "/people/" + person + "/sessions"))
                .getContentAsString()).contains("Εμπιστευτική σημείωση");
        String toOthers = page("sofia", "psychologist", get("/t/" + CENTRE + "/people/" + person + "/sessions"))
                .getContentAsString();
        assertThat(toOthers).doesNotContain("Εμπιστευτική σημείωση").contains("μόνο στον/στη συντάκτη/τρια", "eleni");
        assertThat(page("kostas", "coordinator", get("/t/" + CENTRE + "/people/" + person + "/sessions"))
                .getContentAsString()).doesNotContain("Εμπιστευτική σημείωση");
    }

    @Test
    void whoMayNotCounselIsNotOfferedTheFormAndAnotherCentresPersonIsNotFound() throws Exception {
        String person = registerPerson(CENTRE, "Στέλλα", "Μάνου", "1993-03-03");
        assertThat(page("kostas", "coordinator", get("/t/" + CENTRE + "/people/" + person)).getContentAsString())
                .doesNotContain("/sessions/new");
        assertThat(page("kostas", "coordinator", session(person, "50", "GRIEF", "x")).getStatus()).isEqualTo(403);
        String elsewhere = registerPerson(OTHER, "Λήδα", "Ξένου", "1980-01-01");
        MockHttpServletResponse foreign = page("eleni", "psychologist", session(elsewhere, "50", "GRIEF", "x"));
        assertThat(foreign.getStatus()).isEqualTo(404);
        assertThat(foreign.getContentAsString()).doesNotContain("Ξένου");
    }

    private static MockHttpServletRequestBuilder session(String person, String minutes, String topic, String notes) {
        return post("/t/" + CENTRE + "/people/" + person + "/sessions")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("date", "01/12/2026").param("durationMinutes", minutes).param("topic", topic)
                .param("notes", notes);
    }
}
