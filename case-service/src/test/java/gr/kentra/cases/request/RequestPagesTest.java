package gr.kentra.cases.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A request started from the card: the API's validation at the fields, then the card lists it. */
class RequestPagesTest extends CaseServiceIntegrationTest {

    private static final String CENTRE = "elefsina-request-pages";

    @BeforeEach
    void centre() throws Exception {
        provision(CENTRE);
    }

    private MockHttpServletResponse page(String role, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(in(CENTRE, role, request, null)).andReturn().getResponse();
    }

    @Test
    void aNewRequestIsCheckedLikeTheApisAndThenListedOnTheCardAndTheHomePage() throws Exception {
        String person = registerPerson(CENTRE, "Μαρία", "Ρήγα", "1985-06-01");
        String form = page("admin-staff", get("/t/" + CENTRE + "/people/" + person + "/requests/new"))
                .getContentAsString();
        assertThat(form).contains("Ρήγα Μαρία", "HOUSING_ALLOWANCE", "name=\"description\"");

        MockHttpServletResponse refused = page("admin-staff", newRequest(person, "HOUSING_ALLOWANCE", ""));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("href=\"#description\"", "id=\"description-error\"",
                "value=\"01/12/2026\"");

        MockHttpServletResponse unknownType = page("admin-staff", newRequest(person, "NO_SUCH_TYPE", "Στέγαση"));
        assertThat(unknownType.getStatus()).isEqualTo(422);
        assertThat(unknownType.getContentAsString()).contains("href=\"#type\"", "Στέγαση");

        MockHttpServletResponse saved = page("admin-staff", newRequest(person, "HOUSING_ALLOWANCE", "Στέγαση")
                .header("HX-Request", "true"));
        assertThat(saved.getHeader("HX-Redirect")).isEqualTo("/t/" + CENTRE + "/people/" + person);
        assertThat(page("admin-staff", get("/t/" + CENTRE + "/people/" + person + "/requests")).getContentAsString())
                .contains("01/12/2026", "Παραλήφθηκε");
        assertThat(page("social-worker", get("/t/" + CENTRE + "/requests/open")).getContentAsString())
                .contains("Ρήγα Μαρία", "/t/" + CENTRE + "/people/" + person);
    }

    @Test
    void aRoleThatMayNotRegisterRequestsIsNotOfferedTheFormAndIsRefused() throws Exception {
        String person = registerPerson(CENTRE, "Νίκη", "Σάρρη", "1990-02-02");
        assertThat(page("psychologist", get("/t/" + CENTRE + "/people/" + person)).getContentAsString())
                .doesNotContain("/requests/new");
        assertThat(page("psychologist", newRequest(person, "HOUSING_ALLOWANCE", "x")).getStatus()).isEqualTo(403);
    }

    private static MockHttpServletRequestBuilder newRequest(String person, String type, String description) {
        return post("/t/" + CENTRE + "/people/" + person + "/requests")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("beneficiaryId", person).param("type", type).param("channel", "WALK_IN")
                .param("receivedOn", "01/12/2026").param("description", description).param("assignee", "");
    }
}
