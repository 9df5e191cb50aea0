package gr.kentra.cases.audit;

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
                "maria").doesNotContain("Ανάγνωση", "name=\"kind\"");
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
                .param("kind", "views")).getContentAsString()).contains("Ανάγνωση", "name=\"kind\"")
                .doesNotContain("Τηλέφωνο");
        // Admin staff never see that sessions exist, nor needs assessments.
        assertThat(page("admin-staff", get("/t/" + CENTRE + "/people/" + person + "/timeline")).getContentAsString())
                .contains("Τηλέφωνο").doesNotContain("Αξιολόγηση αναγκών", "Συνεδρία συμβουλευτικής");
    }

    @Test
    void anotherCentresPersonHasNoTimelineHere() throws Exception {
        String elsewhere = registerPerson(OTHER, "Ξανθή", "Ξένου", "1980-01-01");
        MockHttpServletResponse foreign = page("coordinator", get("/t/" + CENTRE + "/people/" + elsewhere + "/timeline"));
        assertThat(foreign.getStatus()).isEqualTo(404);
        assertThat(foreign.getContentAsString()).doesNotContain("Ξένου");
    }
}
