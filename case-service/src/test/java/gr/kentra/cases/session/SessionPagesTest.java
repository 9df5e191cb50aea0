package gr.kentra.cases.session;

import static gr.kentra.cases.NamedStaff.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

    @Test
    void aGroupSessionNamesTheOthersFoundByNameButTheirCardsShowOnlyHowManyAndNoNotes() throws Exception {
        String person = registerPerson(CENTRE, "Φωτεινή", "Αργύρη", "1987-04-04");
        String other = registerPerson(CENTRE, "Ραλλού", "Κεχαγιά", "1990-02-02");
        String picked = page("eleni", "psychologist", get("/t/" + CENTRE + "/people/pick").param("q", "Κεχαγιά")
                .param("except", person)).getContentAsString();
        assertThat(picked).contains("name=\"participants\"", "value=\"" + other + "\"", "Κεχαγιά Ραλλού");

        MockHttpServletResponse oneOnly = page("eleni", "psychologist",
                session(person, "90", "PARENTING", "Ομάδα γονέων").param("type", "GROUP"));
        assertThat(oneOnly.getStatus()).isEqualTo(422);
        assertThat(oneOnly.getContentAsString()).contains("href=\"#participants\"", "id=\"participants-error\"",
                ">Ομάδα γονέων<", "value=\"90\"");

        MockHttpServletResponse saved = page("eleni", "psychologist", session(person, "90", "PARENTING",
                "Ομάδα γονέων· η Ραλλού μίλησε για τον γιο της").param("type", "GROUP").param("participants", other));
        assertThat(saved.getStatus()).isEqualTo(302);

        String theirCard = page("eleni", "psychologist", get("/t/" + CENTRE + "/people/" + other + "/sessions"))
                .getContentAsString();
        assertThat(theirCard).contains("Ομαδική", "με 1 ακόμη άτομα", "μόνο στη σελίδα της συνεδρίας")
                .doesNotContain("Ραλλού μίλησε", "Αργύρη");
        String sessionId = sessionOf(person);
        assertThat(page("eleni", "psychologist", get("/t/" + CENTRE + "/people/" + other + "/sessions/" + sessionId))
                .getContentAsString()).contains("Ραλλού μίλησε", "Ομαδική").doesNotContain("Αργύρη");
        assertThat(page("sofia", "psychologist", get("/t/" + CENTRE + "/people/" + other + "/sessions/" + sessionId))
                .getContentAsString()).doesNotContain("Ραλλού μίλησε", "break-glass");
    }

    @Test
    void aCoordinatorOpensNotesOnlyWithAReasonThatGoesIntoTheAuditTrail() throws Exception {
        String person = registerPerson(CENTRE, "Φωτεινή", "Αργύρη", "1987-04-04");
        page("eleni", "psychologist", session(person, "50", "ANXIETY_DEPRESSION", "Εμπιστευτική σημείωση"));
        String sessionId = sessionOf(person);
        String card = page("kostas", "coordinator", get("/t/" + CENTRE + "/people/" + person + "/sessions"))
                .getContentAsString();
        assertThat(card).contains("Πρόσβαση έκτακτης ανάγκης", "/sessions/" + sessionId)
                .doesNotContain("Εμπιστευτική σημείωση");
        String path = "/t/" + CENTRE + "/people/" + person + "/sessions/" + sessionId;
        assertThat(page("kostas", "coordinator", get(path)).getContentAsString())
                .contains("name=\"reason\"", path + "/break-glass").doesNotContain("Εμπιστευτική σημείωση");

        MockHttpServletResponse tooShort = page("kostas", "coordinator", breakGlass(path, "γιατί"));
        assertThat(tooShort.getStatus()).isEqualTo(422);
        assertThat(tooShort.getContentAsString()).contains("href=\"#reason\"", "id=\"reason-error\"", ">γιατί<")
                .doesNotContain("Εμπιστευτική σημείωση");
        assertThat(breakGlassRows(sessionId)).isZero();

        String reason = "Εισαγγελική παραγγελία 123/2026 για εκτίμηση κινδύνου";
        MockHttpServletResponse opened = page("kostas", "coordinator", breakGlass(path, reason));
        assertThat(opened.getStatus()).isEqualTo(200);
        assertThat(opened.getHeader("Cache-Control")).contains("no-store");
        assertThat(opened.getContentAsString()).contains("Εμπιστευτική σημείωση", "καταγράφηκε στο ιστορικό");
        assertThat(jdbc.queryForMap("select actor, reason from " + SCHEMA + ".audit_event where record_id = ? "
                + "and action = 'BREAK_GLASS'", sessionId)).containsEntry("actor", "kostas")
                .containsEntry("reason", reason);

        String toColleague = page("sofia", "psychologist", get(path)).getContentAsString();
        assertThat(toColleague).doesNotContain("name=\"reason\"", "Εμπιστευτική σημείωση");
        assertThat(page("sofia", "psychologist", breakGlass(path, reason)).getStatus()).isEqualTo(403);
        assertThat(breakGlassRows(sessionId)).isEqualTo(1);
    }

    @Test
    void aSessionIsNotFoundUnderAnotherPersonsOrAnotherCentresPath() throws Exception {
        String person = registerPerson(CENTRE, "Φωτεινή", "Αργύρη", "1987-04-04");
        String stranger = registerPerson(CENTRE, "Στέλλα", "Μάνου", "1993-03-03");
        page("eleni", "psychologist", session(person, "50", "GRIEF", "Σημείωση"));
        String sessionId = sessionOf(person);
        String reason = "Εισαγγελική παραγγελία 123/2026 για εκτίμηση κινδύνου";
        assertThat(page("eleni", "psychologist", get("/t/" + CENTRE + "/people/" + stranger + "/sessions/" + sessionId))
                .getStatus()).isEqualTo(404);
        assertThat(page("kostas", "coordinator", breakGlass("/t/" + CENTRE + "/people/" + stranger + "/sessions/"
                + sessionId, reason)).getStatus()).isEqualTo(404);
        String elsewhere = registerPerson(OTHER, "Λήδα", "Ξένου", "1980-01-01");
        MockHttpServletResponse foreign = mvc.perform(as(CENTRE, "kostas", "coordinator",
                breakGlass("/t/" + OTHER + "/people/" + elsewhere + "/sessions/" + sessionId, reason), null))
                .andReturn().getResponse();
        assertThat(foreign.getStatus()).isIn(403, 404);
        assertThat(page("kostas", "coordinator", breakGlass("/%74/" + CENTRE + "/people/" + person + "/sessions/"
                + sessionId, reason)).getContentAsString()).doesNotContain("Σημείωση");
        assertThat(breakGlassRows(sessionId)).isZero();
    }

    @Test
    void itsAuthorEditsAGroupSessionAndASaveMadeMeanwhileComesBackBesideWhatSheTyped() throws Exception {
        String person = registerPerson(CENTRE, "Φωτεινή", "Αργύρη", "1987-04-04");
        String other = registerPerson(CENTRE, "Ραλλού", "Κεχαγιά", "1990-02-02");
        String third = registerPerson(CENTRE, "Δανάη", "Τρίτου", "1991-01-01");
        page("eleni", "psychologist", session(person, "90", "PARENTING", "Ομάδα γονέων").param("type", "GROUP")
                .param("participants", other));
        String sessionId = sessionOf(person);
        String path = "/t/" + CENTRE + "/people/" + person + "/sessions/" + sessionId;

        assertThat(page("eleni", "psychologist", get(path)).getContentAsString()).contains(path + "/edit");
        String form = page("eleni", "psychologist", get(path + "/edit")).getContentAsString();
        assertThat(form).contains("Αλλαγή συνεδρίας", "name=\"version\" value=\"0\"", ">Ομάδα γονέων<",
                "value=\"" + other + "\" checked", "Κεχαγιά Ραλλού", "value=\"01/12/2026\"");
        // Nobody but the author is offered the edit, nor allowed it.
        assertThat(page("sofia", "psychologist", get(path)).getContentAsString()).doesNotContain(path + "/edit");
        assertThat(page("sofia", "psychologist", get(path + "/edit")).getStatus()).isEqualTo(403);
        assertThat(page("sofia", "psychologist", edit(path, "0", "Αντικατάσταση", other)).getStatus()).isEqualTo(403);
        assertThat(page("kostas", "coordinator", get(path + "/edit")).getStatus()).isEqualTo(403);

        MockHttpServletResponse saved = page("eleni", "psychologist",
                edit(path, "0", "Ομάδα γονέων· δεύτερη ώρα", other).param("participants", third));
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(saved.getRedirectedUrl()).isEqualTo(path);
        assertThat(page("eleni", "psychologist", get(path)).getContentAsString()).contains("δεύτερη ώρα",
                "με 2 ακόμη άτομα");

        // The author saves it elsewhere meanwhile (version 1 becomes 2): the form read at 1 is refused, nothing lost.
        mvc.perform(as(CENTRE, "eleni", "psychologist", put("/api/sessions/{id}", sessionId), """
                {"type":"GROUP","date":"2026-12-01","durationMinutes":60,"participants":["%s","%s","%s"],
                 "topic":"PARENTING","notes":"Από άλλη καρτέλα","version":1}""".formatted(person, other, third)))
                .andExpect(status().isOk());
        MockHttpServletResponse stale = page("eleni", "psychologist",
                edit(path, "1", "Η δική μου εκδοχή", other).param("participants", third));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("αποθηκεύτηκε στο μεταξύ", ">Η δική μου εκδοχή<",
                "Από άλλη καρτέλα", "id=\"durationMinutes-current\"", "name=\"version\" value=\"2\"",
                        "aria-describedby=\"notes-hint notes-current\"")
                .doesNotContain("id=\"participants-current\"", "id=\"topic-current\"");
        assertThat(page("eleni", "psychologist", get(path)).getContentAsString()).contains("Από άλλη καρτέλα")
                .doesNotContain("Η δική μου εκδοχή");
        // Saving again on the version now shown is the author's decision, and goes through.
        assertThat(page("eleni", "psychologist", edit(path, "2", "Η δική μου εκδοχή", other)
                .param("participants", third)).getStatus()).isEqualTo(302);

        // Under another centre's path the session does not exist.
        String elsewhere = registerPerson(OTHER, "Λήδα", "Ξένου", "1980-01-01");
        MockHttpServletResponse foreign = mvc.perform(as(OTHER, "eleni", "psychologist",
                get("/t/" + OTHER + "/people/" + elsewhere + "/sessions/" + sessionId + "/edit"), null))
                .andReturn().getResponse();
        assertThat(foreign.getStatus()).isEqualTo(404);
        assertThat(foreign.getContentAsString()).doesNotContain("Η δική μου εκδοχή");
    }

    private static MockHttpServletRequestBuilder edit(String path, String version, String notes, String other) {
        return post(path + "/edit").contentType(MediaType.APPLICATION_FORM_URLENCODED).param("type", "GROUP")
                .param("date", "01/12/2026").param("durationMinutes", "90").param("topic", "PARENTING")
                .param("notes", notes).param("participants", other).param("version", version);
    }

    private static final String SCHEMA = "t_" + CENTRE.replace('-', '_');

    private int breakGlassRows(String sessionId) {
        return jdbc.queryForObject("select count(*) from " + SCHEMA + ".audit_event where record_id = ? "
                + "and action = 'BREAK_GLASS'", Integer.class, sessionId);
    }

    private String sessionOf(String person) throws Exception {
        String body = mvc.perform(as(CENTRE, "eleni", "psychologist", get("/api/sessions").param("beneficiary", person),
                null)).andReturn().getResponse().getContentAsString();
        return com.jayway.jsonpath.JsonPath.read(body, "$.items[0].id");
    }

    private static MockHttpServletRequestBuilder breakGlass(String path, String reason) {
        return post(path + "/break-glass").contentType(MediaType.APPLICATION_FORM_URLENCODED).param("reason", reason);
    }

    private static MockHttpServletRequestBuilder session(String person, String minutes, String topic, String notes) {
        return post("/t/" + CENTRE + "/people/" + person + "/sessions")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("date", "01/12/2026").param("durationMinutes", minutes).param("topic", topic)
                .param("notes", notes);
    }
}
