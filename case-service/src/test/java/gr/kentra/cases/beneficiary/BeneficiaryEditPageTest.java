package gr.kentra.cases.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Correcting a person's details from the card: the version travels with the form, a stale edit never overwrites. */
class BeneficiaryEditPageTest extends CaseServiceIntegrationTest {

    private static final String CENTRE = "nea-smyrni-edit";
    private static final String OTHER = "mouzaki-edit";

    @BeforeEach
    void centres() throws Exception {
        provision(CENTRE);
        provision(OTHER);
    }

    private MockHttpServletResponse page(String role, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(in(CENTRE, role, request, null)).andReturn().getResponse();
    }

    @Test
    void theCardOffersTheEditFormFilledWithTheRecordAndItsVersion() throws Exception {
        String id = registerPerson(CENTRE, "Δέσποινα", "Αλεξίου", "1975-06-30");
        assertThat(page("social-worker", get("/t/" + CENTRE + "/people/" + id)).getContentAsString())
                .contains("/t/" + CENTRE + "/people/" + id + "/edit");
        MockHttpServletResponse form = page("social-worker", get("/t/" + CENTRE + "/people/" + id + "/edit"));
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(form.getContentAsString()).contains("lang=\"el\"", "Διόρθωση στοιχείων", "value=\"Αλεξίου\"",
                "value=\"30/06/1975\"", "name=\"version\" value=\"0\"", "name=\"status\"", "name=\"processingBasis\"");
        assertThat(form.getContentAsString()).containsPattern("value=\"ACTIVE\"[^>]*selected");
    }

    @Test
    void aSaveOnTheVersionReadChangesTheRecordAndReturnsToTheCard() throws Exception {
        String id = registerPerson(CENTRE, "Δέσποινα", "Αλεξίου", "1975-06-30");
        MockHttpServletResponse saved = page("social-worker", edit(id, "0", "Αλεξίου", "210 1234567"));
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(saved.getRedirectedUrl()).isEqualTo("/t/" + CENTRE + "/people/" + id + "?saved");
        assertThat(api(id)).contains("\"phone\":\"210 1234567\"", "\"version\":1");
    }

    @Test
    void aStaleSaveKeepsWhatWasTypedShowsTheCurrentValuesAndWritesNothing() throws Exception {
        String id = registerPerson(CENTRE, "Δέσποινα", "Αλεξίου", "1975-06-30");
        // A colleague saves first, from the same version 0.
        assertThat(page("coordinator", edit(id, "0", "Αλεξίου-Παππά", "210 1111111")).getStatus()).isEqualTo(302);

        MockHttpServletResponse stale = page("social-worker", edit(id, "0", "Αλεξίου", "6999 222333"));
        assertThat(stale.getStatus()).isEqualTo(409);
        String html = stale.getContentAsString();
        assertThat(html).contains("role=\"alert\"", "Κάποιος άλλος άλλαξε αυτή την καρτέλα στο μεταξύ",
                // hers, still in the form
                "value=\"6999 222333\"", "value=\"Αλεξίου\"",
                // theirs, beside the field and in the summary linking to it
                "id=\"phone-current\"", "210 1111111", "id=\"lastName-current\"", "Αλεξίου-Παππά", "href=\"#phone\"",
                // the form now carries the current version: saving again is a decision
                "name=\"version\" value=\"1\"");
        assertThat(html).containsPattern("id=\"phone\"[^>]*aria-describedby=\"phone-current\"");
        assertThat(html).doesNotContain("id=\"firstName-current\"", "id=\"dateOfBirth-current\"");
        assertThat(api(id)).contains("\"phone\":\"210 1111111\"", "\"lastName\":\"Αλεξίου-Παππά\"", "\"version\":1");

        assertThat(page("social-worker", edit(id, "1", "Αλεξίου", "6999 222333")).getStatus()).isEqualTo(302);
        assertThat(api(id)).contains("\"phone\":\"6999 222333\"", "\"lastName\":\"Αλεξίου\"", "\"version\":2");
    }

    @Test
    void aStaleSaveIsShownInEnglishToo() throws Exception {
        String id = registerPerson(CENTRE, "Δέσποινα", "Αλεξίου", "1975-06-30");
        page("coordinator", edit(id, "0", "Αλεξίου", "210 1111111"));
        String html = page("social-worker", edit(id, "0", "Αλεξίου", "210 2222222").param("lang", "en"))
                .getContentAsString();
        assertThat(html).contains("Someone else changed this record meanwhile", "Saved now:", "210 1111111",
                "value=\"210 2222222\"");
    }

    @Test
    void aBadValueIsAnErrorAtItsFieldWithEverythingTypedKept() throws Exception {
        String id = registerPerson(CENTRE, "Δέσποινα", "Αλεξίου", "1975-06-30");
        MockHttpServletResponse refused = page("social-worker", edit(id, "0", "", "not a phone"));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("href=\"#lastName\"", "href=\"#phone\"",
                "id=\"phone-error\"", "value=\"not a phone\"", "name=\"version\" value=\"0\"");
        assertThat(refused.getContentAsString()).containsPattern("value=\"ACTIVE\"[^>]*selected");
        assertThat(api(id)).contains("\"version\":0");
    }

    @Test
    void anAmkaOfAnotherPersonIsRefusedAtTheFieldWithALinkToThem() throws Exception {
        String first = registerPerson(CENTRE, "Δέσποινα", "Αλεξίου", "1975-06-30");
        String second = registerPerson(CENTRE, "Ηρώ", "Σταθοπούλου", "1980-01-01");
        assertThat(page("social-worker", edit(first, "0", "Αλεξίου", "", "30067500006")).getStatus())
                .isEqualTo(302);
        MockHttpServletResponse refused = page("social-worker", edit(second, "0", "Σταθοπούλου", "",
                "30067500006"));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("id=\"amka-error\"", "/people/" + first);
    }

    @Test
    void whoMayNotEditTheRegistryIsNotOfferedItAndIsRefused() throws Exception {
        String id = registerPerson(CENTRE, "Δέσποινα", "Αλεξίου", "1975-06-30");
        assertThat(page("psychologist", get("/t/" + CENTRE + "/people/" + id)).getContentAsString())
                .doesNotContain("/people/" + id + "/edit");
        assertThat(page("psychologist", get("/t/" + CENTRE + "/people/" + id + "/edit")).getStatus()).isEqualTo(403);
        assertThat(page("psychologist", edit(id, "0", "Άλλη", "")).getStatus()).isEqualTo(403);
        assertThat(api(id)).contains("\"lastName\":\"Αλεξίου\"");
    }

    @Test
    void anotherCentresPersonIsNotFoundAndUntouchedEvenThroughEncodedPaths() throws Exception {
        String theirs = registerPerson(OTHER, "Ιωάννα", "Κανάκη", "1970-01-01");
        MockHttpServletResponse form = page("social-worker", get("/t/" + CENTRE + "/people/" + theirs + "/edit"));
        assertThat(form.getStatus()).isEqualTo(404);
        assertThat(form.getContentAsString()).doesNotContain("Κανάκη");
        MockHttpServletResponse write = page("social-worker", edit(theirs, "0", "Άλλη", ""));
        assertThat(write.getStatus()).isEqualTo(404);
        for (String path : List.of("/t/" + OTHER + "/people/" + theirs + "/edit",
                "/%74/" + OTHER + "/people/" + theirs + "/edit",
                "/t/" + CENTRE + "/%2e%2e/" + OTHER + "/people/" + theirs + "/edit")) {
            MockHttpServletResponse refused = page("social-worker", fields(post(path), "0", "Άλλη", ""));
            assertThat(refused.getStatus()).as(path).isIn(400, 403, 404);
            assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).as(path).doesNotContain("Κανάκη");
        }
        String record = mvc.perform(in(OTHER, "social-worker", get("/api/beneficiaries/" + theirs), null))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(record).contains("\"lastName\":\"Κανάκη\"", "\"version\":0");
    }

    private String api(String id) throws Exception {
        String body = mvc.perform(in(CENTRE, "social-worker", get("/api/beneficiaries/" + id), null)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(body, "$.id")).isEqualTo(id);
        return body;
    }

    private MockHttpServletRequestBuilder edit(String id, String version, String lastName, String phone) {
        return edit(id, version, lastName, phone, "");
    }

    private MockHttpServletRequestBuilder edit(String id, String version, String lastName, String phone,
            String amka) {
        return fields(post("/t/" + CENTRE + "/people/" + id + "/edit"), version, lastName, phone, amka);
    }

    private static MockHttpServletRequestBuilder fields(MockHttpServletRequestBuilder request, String version,
            String lastName, String phone) {
        return fields(request, version, lastName, phone, "");
    }

    private static MockHttpServletRequestBuilder fields(MockHttpServletRequestBuilder request, String version,
            String lastName, String phone, String amka) {
        return request.contentType(MediaType.APPLICATION_FORM_URLENCODED).param("version", version)
                .param("lastName", lastName).param("firstName", "Δέσποινα").param("latinLastName", "")
                .param("latinFirstName", "").param("dateOfBirth", "30/06/1975").param("gender", "FEMALE")
                .param("amka", amka).param("afm", "").param("citizenship", "").param("idDocumentNumber", "")
                .param("phone", phone).param("email", "").param("address", "").param("consent.given", "false")
                .param("consent.date", "").param("consent.legalBasis", "").param("processingBasis", "")
                .param("status", "ACTIVE");
    }
}
