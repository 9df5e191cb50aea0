package gr.kentra.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The card's further sections: social history (with its versions and stale edits), profile, needs, homeless, goods. */
class CardSectionsPagesTest extends CaseServiceIntegrationTest {

    private static final String CENTRE = "elefsina-card-parts";
    private static final String OTHER = "mouzaki-card-parts";
    private static final List<String> PARTS = List.of("history", "profile", "assessments", "homeless",
            "distributions");

    @BeforeEach
    void centres() throws Exception {
        provision(CENTRE);
        provision(OTHER);
    }

    private MockHttpServletResponse page(String role, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(in(CENTRE, role, request, null)).andReturn().getResponse();
    }

    private void api(String role, MockHttpServletRequestBuilder request, String json) throws Exception {
        mvc.perform(in(CENTRE, role, request, json)).andExpect(status().is2xxSuccessful());
    }

    @Test
    void theCardLoadsEverySectionTheRoleMayReadAndEachShowsWhatTheApiHolds() throws Exception {
        String id = registerPerson(CENTRE, "Παναγιώτα", "Ρήγα", "1969-09-09");
        api("social-worker", put("/api/beneficiaries/" + id + "/social-history"),
                "{\"text\":\"Μονογονεϊκή οικογένεια, δύο ανήλικα παιδιά.\",\"version\":0}");
        api("social-worker", put("/api/beneficiaries/" + id + "/profile"), """
                {"employmentStatus":"LONG_TERM_UNEMPLOYED","unemploymentMonths":18,"iscedLevel":3,
                 "housingSituation":"HOUSING_EXCLUSION","disability":false,"migrant":false,"foreignBackground":false,
                 "roma":false,"ruralArea":false,"singleParent":true,"otherDisadvantage":false,"version":null}""");
        api("social-worker", post("/api/beneficiaries/" + id + "/assessments"),
                "{\"needs\":[\"FOOD\",\"HOUSING\"],\"priority\":\"HIGH\",\"date\":\"2026-11-02\",\"notes\":\"Έξωση σε 30 ημέρες.\"}");
        api("social-worker", post("/api/homeless-register"), "{\"beneficiaryId\":\"" + id
                + "\",\"situation\":\"ROOFLESS\",\"registeredOn\":\"2026-11-03\",\"whereabouts\":\"Πλατεία Δημαρχείου\"}");
        api("social-worker", post("/api/distributions"), "{\"beneficiaryId\":\"" + id
                + "\",\"date\":\"2026-11-04\",\"programme\":\"TEBA_FEAD\",\"lines\":[{\"kind\":\"FOOD\","
                + "\"description\":\"Όσπρια\",\"quantity\":12,\"unit\":\"KG\"}]}");

        String card = page("social-worker", get("/t/" + CENTRE + "/people/" + id)).getContentAsString();
        for (String part : PARTS) {
            assertThat(card).as(part).contains("/t/" + CENTRE + "/people/" + id + "/" + part);
        }
        assertThat(card).contains("Κοινωνικό ιστορικό", "Κοινωνικοοικονομικό προφίλ", "Αξιολογήσεις αναγκών",
                "Μητρώο αστέγων", "Διανομές ειδών", "Νομική βάση επεξεργασίας από το κέντρο");
        assertThat(part("history", id)).contains("Μονογονεϊκή οικογένεια", "Εκδόσεις (1)", "Έκδοση 1:", "maria",
                "/history/edit");
        assertThat(part("profile", id)).contains("Μακροχρόνια άνεργος", "18 μήνες", "ISCED 3", "Στεγαστικός αποκλεισμός",
                "Μονογονεϊκή οικογένεια").doesNotContain("Ρομά");
        assertThat(part("assessments", id)).contains("02/11/2026", "Υψηλή", "Διατροφή, Στέγαση", "Έξωση σε 30 ημέρες");
        assertThat(part("homeless", id)).contains("03/11/2026", "Χωρίς στέγη", "Ενεργή", "Πλατεία Δημαρχείου");
        assertThat(part("distributions", id)).contains("04/11/2026", "ΤΕΒΑ / FEAD", "Τρόφιμα 12 Κιλά");
    }

    @Test
    void anEmptySectionSaysSoAndARoleThatMayNotReadItIsNeitherOfferedNorAnswered() throws Exception {
        String id = registerPerson(CENTRE, "Παναγιώτα", "Ρήγα", "1969-09-09");
        for (String part : PARTS) {
            assertThat(part(part, id)).as(part).contains("Καμία εγγραφή");
        }
        String card = page("admin-staff", get("/t/" + CENTRE + "/people/" + id)).getContentAsString();
        assertThat(card).doesNotContain("/people/" + id + "/history", "/people/" + id + "/profile");
        assertThat(page("admin-staff", get("/t/" + CENTRE + "/people/" + id + "/history")).getStatus()).isEqualTo(403);
    }

    @Test
    void aStaleSocialHistoryKeepsTheTypedTextShowsTheSavedOneAndWritesNothing() throws Exception {
        String id = registerPerson(CENTRE, "Παναγιώτα", "Ρήγα", "1969-09-09");
        String form = page("social-worker", get("/t/" + CENTRE + "/people/" + id + "/history/edit")).getContentAsString();
        assertThat(form).contains("name=\"version\" value=\"0\"", "name=\"text\"");
        // A colleague writes version 1 from the same empty history.
        assertThat(page("coordinator", history(id, "0", "Η εκδοχή της συναδέλφου.")).getStatus()).isEqualTo(302);

        MockHttpServletResponse stale = page("social-worker", history(id, "0", "Η δική μου εκδοχή."));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("role=\"alert\"", ">Η δική μου εκδοχή.<",
                "id=\"text-current\"", "Η εκδοχή της συναδέλφου.", "name=\"version\" value=\"1\"", "href=\"#text-current\"");
        assertThat(part("history", id)).contains("Η εκδοχή της συναδέλφου.", "Εκδόσεις (1)");

        assertThat(page("social-worker", history(id, "1", "Η δική μου εκδοχή.")).getStatus()).isEqualTo(302);
        assertThat(part("history", id)).contains("Η δική μου εκδοχή.", "Εκδόσεις (2)");

        MockHttpServletResponse empty = page("social-worker", history(id, "2", " "));
        assertThat(empty.getStatus()).isEqualTo(422);
        assertThat(empty.getContentAsString()).contains("href=\"#text\"", "id=\"text-error\"");
    }

    @Test
    void anotherCentresPersonHasNoSectionsHereEvenThroughEncodedPaths() throws Exception {
        String theirs = registerPerson(OTHER, "Ιωάννα", "Κανάκη", "1970-01-01");
        mvc.perform(in(OTHER, "social-worker", put("/api/beneficiaries/" + theirs + "/social-history"),
                "{\"text\":\"Μυστικό ιστορικό\",\"version\":0}")).andExpect(status().isOk());
        for (String part : PARTS) {
            MockHttpServletResponse refused = page("coordinator", get("/t/" + CENTRE + "/people/" + theirs + "/" + part));
            assertThat(refused.getStatus()).as(part).isEqualTo(404);
            for (String path : List.of("/t/" + OTHER + "/people/" + theirs + "/" + part,
                    "/%74/" + OTHER + "/people/" + theirs + "/" + part)) {
                MockHttpServletResponse foreign = page("coordinator", get(path));
                assertThat(foreign.getStatus()).as(path).isIn(400, 403, 404);
                assertThat(foreign.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Μυστικό ιστορικό");
            }
        }
        MockHttpServletResponse write = page("coordinator", history(theirs, "1", "Αλλαγή από αλλού"));
        assertThat(write.getStatus()).isEqualTo(404);
        String still = mvc.perform(in(OTHER, "social-worker", get("/api/beneficiaries/" + theirs + "/social-history"),
                null)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(still).contains("Μυστικό ιστορικό").doesNotContain("Αλλαγή από αλλού");
    }

    private String part(String part, String id) throws Exception {
        MockHttpServletResponse response = page("coordinator", get("/t/" + CENTRE + "/people/" + id + "/" + part));
        assertThat(response.getStatus()).as(part).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletRequestBuilder history(String id, String version, String text) {
        return post("/t/" + CENTRE + "/people/" + id + "/history/edit")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("version", version).param("text", text);
    }
}
