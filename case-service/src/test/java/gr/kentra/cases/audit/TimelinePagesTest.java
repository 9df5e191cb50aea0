package gr.kentra.cases.audit;

import static gr.kentra.cases.NamedStaff.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The person's timeline: changes field by field for who may see them, who viewed the record for the coordinator. */
class TimelinePagesTest extends CaseServiceIntegrationTest {

    private static final String CENTRE = "timeline-pages";
    private static final String OTHER = "timeline-pages-other";

    @BeforeEach
    void centres() throws Exception {
        provision(CENTRE);
        provision(OTHER);
    }

    private MockHttpServletResponse page(String role, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(in(CENTRE, role, request, null)).andReturn().getResponse();
    }

    @Test
    void showsEachChangeWithItsFieldsWhoAndWhenAndTheViewsOnlyToTheCoordinator() throws Exception {
        String person = registerPerson(CENTRE, "Ασπασία", "Χρόνου", "1969-09-09");
        mvc.perform(in(CENTRE, "social-worker", put("/api/beneficiaries/{id}", person), """
                {"firstName":"Ασπασία","lastName":"Χρόνου","dateOfBirth":"1969-09-09","gender":"FEMALE",
                 "phone":"2101234567","status":"ACTIVE","version":0}""")).andExpect(status().isOk());
        mvc.perform(in(CENTRE, "social-worker", post("/api/beneficiaries/{b}/assessments", person), """
                {"needs":["FOOD"],"priority":"HIGH","date":"2026-12-01"}""")).andExpect(status().isCreated());
        page("social-worker", get("/t/" + CENTRE + "/people/" + person));

        String changes = page("social-worker", get("/t/" + CENTRE + "/people/" + person + "/timeline"))
                .getContentAsString();
        assertThat(changes).contains("Χρόνου Ασπασία", "Αλλαγή", "Τηλέφωνο", "Καταχώριση", "Αξιολόγηση αναγκών",
                "maria").doesNotContain("Ανάγνωση", "value=\"views\"");
        assertThat(changes).containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");

        String needsOnly = page("social-worker", get("/t/" + CENTRE + "/people/" + person + "/timeline")
                .param("part", "NEEDS_ASSESSMENT")).getContentAsString();
        assertThat(needsOnly).contains("Αξιολόγηση αναγκών").doesNotContain("Τηλέφωνο");
        assertThat(page("social-worker", get("/t/" + CENTRE + "/people/" + person + "/timeline")
                .param("from", "01/01/2031")).getContentAsString()).contains("Τίποτα για αυτά τα φίλτρα");

        // Views are the audit trail: the social worker asking for them still gets the changes only.
        assertThat(page("social-worker", get("/t/" + CENTRE + "/people/" + person + "/timeline")
                .param("kind", "views")).getContentAsString()).doesNotContain("Ανάγνωση");
        assertThat(page("coordinator", get("/t/" + CENTRE + "/people/" + person + "/timeline")
                .param("kind", "views")).getContentAsString()).contains("Ανάγνωση", "value=\"views\"")
                .doesNotContain("Τηλέφωνο");
        // Admin staff never see that sessions exist, nor needs assessments.
        assertThat(page("admin-staff", get("/t/" + CENTRE + "/people/" + person + "/timeline")).getContentAsString())
                .contains("Τηλέφωνο").doesNotContain("Αξιολόγηση αναγκών", "Συνεδρία συμβουλευτικής");
    }

    @Test
    void filtersByKindStaffMemberAndDatesEachAFieldOfAPlainForm() throws Exception {
        String person = registerPerson(CENTRE, "Θεανώ", "Φίλτρου", "1971-07-07");
        mvc.perform(as(CENTRE, "nikos", "social-worker", put("/api/beneficiaries/{id}", person), """
                {"firstName":"Θεανώ","lastName":"Φίλτρου","dateOfBirth":"1971-07-07","gender":"FEMALE",
                 "phone":"2107654321","status":"ACTIVE","version":0}""")).andExpect(status().isOk());
        mvc.perform(as(CENTRE, "eleni", "social-worker", post("/api/beneficiaries/{b}/assessments", person), """
                {"needs":["FOOD"],"priority":"HIGH","date":"2026-12-01"}""")).andExpect(status().isCreated());
        String timeline = "/t/" + CENTRE + "/people/" + person + "/timeline";

        String everything = page("social-worker", get(timeline)).getContentAsString();
        assertThat(everything).contains("<label class=\"govuk-label\" for=\"kind\"", "for=\"actor\"",
                "<option value=\"nikos\"", "<option value=\"eleni\"", "Αλλαγή", "Καταχώριση");
        // Changes are what was there, altered; events are what began (the registration, the assessment).
        assertThat(page("social-worker", get(timeline).param("kind", "changes")).getContentAsString())
                .contains("Τηλέφωνο", "Αλλαγή").doesNotContain("Αξιολόγηση αναγκών</span>");
        assertThat(page("social-worker", get(timeline).param("kind", "events")).getContentAsString())
                .contains("Καταχώριση").doesNotContain("Τηλέφωνο</td>");
        String byEleni = page("social-worker", get(timeline).param("actor", "eleni")).getContentAsString();
        assertThat(byEleni).contains("Αξιολόγηση αναγκών</span>", "<option value=\"eleni\" selected")
                .doesNotContain("Τηλέφωνο</td>");

        // Someone who never touched the record is no filter at all (everything shows), and a date that does not
        // read is said at its field.
        assertThat(page("social-worker", get(timeline).param("actor", "nobody")).getContentAsString())
                .contains("Τηλέφωνο");
        String badDay = page("social-worker", get(timeline).param("to", "31/02/2026")).getContentAsString();
        assertThat(badDay).contains("id=\"to-error\"", "aria-invalid=\"true\"", "value=\"31/02/2026\"");

        // A coordinator's views name their readers among the staff; a social worker's list offers none of them.
        page("social-worker", get("/t/" + CENTRE + "/people/" + person));
        mvc.perform(as(CENTRE, "rena", "coordinator", get("/t/" + CENTRE + "/people/" + person), null)).andReturn();
        assertThat(page("coordinator", get(timeline).param("kind", "views").param("actor", "rena"))
                .getContentAsString()).contains("Ανάγνωση", "<option value=\"rena\" selected");
        assertThat(page("social-worker", get(timeline)).getContentAsString()).doesNotContain("value=\"rena\"");
    }

    @Test
    void anotherCentresPersonHasNoTimelineHere() throws Exception {
        String elsewhere = registerPerson(OTHER, "Ξανθή", "Ξένου", "1980-01-01");
        MockHttpServletResponse foreign = page("coordinator", get("/t/" + CENTRE + "/people/" + elsewhere + "/timeline"));
        assertThat(foreign.getStatus()).isEqualTo(404);
        assertThat(foreign.getContentAsString()).doesNotContain("Ξένου");
    }
}
