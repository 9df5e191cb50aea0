package gr.kentra.cases.partner;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PartnerApiTest extends CaseServiceIntegrationTest {

    private static final String TENANT = "partners-here";
    private static final String OTHER = "partners-there";
    private static final String HOSPITAL = """
            {"name":"Γενικό Νοσοκομείο Νίκαιας","kind":"HOSPITAL","contact":"213 2077 000"}""";

    @BeforeEach
    void centres() throws Exception {
        provision(TENANT);
        provision(OTHER);
    }

    @Test
    void everyCentreStartsWithTheMunicipalPartners() throws Exception {
        mvc.perform(in(OTHER, "admin-staff", get("/api/partners").param("active", "true"), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].kind").value(containsInAnyOrder("MUNICIPAL_SOCIAL_GROCERY",
                        "MUNICIPAL_SOCIAL_PHARMACY", "MUNICIPAL_HOME_HELP", "KEPA", "DYPA")));
        mvc.perform(in(OTHER, "psychologist", get("/api/partners").param("kind", "DYPA"), null))
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void aSocialWorkerAddsEditsAndDeactivatesAPartner() throws Exception {
        String id = add("social-worker", HOSPITAL);
        mvc.perform(in(TENANT, "coordinator", put("/api/partners/{id}", id),
                        HOSPITAL.replace("}", ",\"active\":false,\"version\":0}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(in(TENANT, "social-worker", get("/api/partners").param("active", "false"), null))
                .andExpect(jsonPath("$[?(@.id == '%s')].name".formatted(id)).value("Γενικό Νοσοκομείο Νίκαιας"));
        mvc.perform(in(OTHER, "social-worker", get("/api/partners").param("kind", "HOSPITAL"), null))
                .andExpect(jsonPath("$").isEmpty());
    }

    @Test
    void refusesBadInputInGreekAndEnglish() throws Exception {
        String nameless = "{\"name\":\"\",\"kind\":\"HOSPITAL\"}";
        mvc.perform(in(TENANT, "social-worker", post("/api/partners"), nameless))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("δεν μπορεί να είναι κενό"));
        mvc.perform(in(TENANT, "social-worker", post("/api/partners"), nameless).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be blank"));
        mvc.perform(in(TENANT, "social-worker", post("/api/partners"), HOSPITAL.replace("HOSPITAL", "CIRCUS")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
    }

    @Test
    void adminStaffAndPsychologistsOnlyRead() throws Exception {
        String id = add("coordinator", HOSPITAL);
        for (String role : new String[] {"admin-staff", "psychologist"}) {
            mvc.perform(in(TENANT, role, post("/api/partners"), HOSPITAL)).andExpect(status().isForbidden());
            mvc.perform(in(TENANT, role, put("/api/partners/{id}", id), HOSPITAL.replace("}", ",\"version\":0}")))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void aStaleEditIsAConflictAndAnotherCentresPartnerIsNotFound() throws Exception {
        String id = add("social-worker", HOSPITAL);
        String edit = HOSPITAL.replace("}", ",\"version\":0}");
        mvc.perform(in(TENANT, "social-worker", put("/api/partners/{id}", id), edit.replace("000", "111")))
                .andExpect(status().isOk());
        mvc.perform(in(TENANT, "social-worker", put("/api/partners/{id}", id), edit))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1));
        mvc.perform(in(OTHER, "social-worker", put("/api/partners/{id}", id), edit.replace("0}", "1}")))
                .andExpect(status().isNotFound());
    }

    private String add(String role, String json) throws Exception {
        String body = mvc.perform(in(TENANT, role, post("/api/partners"), json))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.active").value(true))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }
}
