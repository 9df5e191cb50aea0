package gr.kentra.cases.assessment;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AssessmentApiTest extends CaseServiceIntegrationTest {

    private static final String TENANT = "assessment-here";
    private static final String OTHER = "assessment-there";
    private static final String ASSESSMENT = """
            {"needs":["FOOD","HOUSING"],"priority":"HIGH","date":"2026-01-10","notes":"Έξωση σε 30 ημέρες."}""";

    private String person;

    @BeforeEach
    void person() throws Exception {
        provision(TENANT);
        provision(OTHER);
        person = registerPerson(TENANT, "Στέλλα", "Βλάχου", "1970-10-10");
    }

    @Test
    void recordsAssessmentsWithTheCallerAsAssessorNewestFirst() throws Exception {
        mvc.perform(in(TENANT, "psychologist", post("/api/beneficiaries/{b}/assessments", person), ASSESSMENT))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.assessor").value("maria"))
                .andExpect(jsonPath("$.needs[1]").value("HOUSING"));
        mvc.perform(in(TENANT, "social-worker", post("/api/beneficiaries/{b}/assessments", person),
                        ASSESSMENT.replace("2026-01-10", "2026-02-10").replace("HIGH", "URGENT")))
                .andExpect(status().isCreated());
        mvc.perform(in(TENANT, "coordinator", get("/api/beneficiaries/{b}/assessments", person), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].priority").value("URGENT"))
                .andExpect(jsonPath("$[1].date").value("2026-01-10"))
                .andExpect(jsonPath("$[1].notes").value("Έξωση σε 30 ημέρες."));
    }

    @Test
    void refusesAnAssessmentWithoutNeedsOrWithAnUnknownOneInGreekAndEnglish() throws Exception {
        String none = ASSESSMENT.replace("\"FOOD\",\"HOUSING\"", "");
        mvc.perform(in(TENANT, "social-worker", post("/api/beneficiaries/{b}/assessments", person), none))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("needs"))
                .andExpect(jsonPath("$.errors[0].message").value("πρέπει να έχει τουλάχιστον μία τιμή"));
        mvc.perform(in(TENANT, "social-worker", post("/api/beneficiaries/{b}/assessments", person), none)
                        .header("Accept-Language", "en"))
                .andExpect(jsonPath("$.errors[0].message").value("must have at least one value"));
        mvc.perform(in(TENANT, "social-worker", post("/api/beneficiaries/{b}/assessments", person),
                        ASSESSMENT.replace("FOOD", "LUCK")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("needs[0]"));
        mvc.perform(in(TENANT, "social-worker", post("/api/beneficiaries/{b}/assessments", person),
                        ASSESSMENT.replace("2026-01-10", "2999-01-10")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
    }

    @Test
    void anotherCentresPersonIsNotFound() throws Exception {
        String foreigner = registerPerson(OTHER, "Στέλλα", "Ξένη", "1970-10-10");
        mvc.perform(in(TENANT, "social-worker", post("/api/beneficiaries/{b}/assessments", foreigner), ASSESSMENT))
                .andExpect(status().isNotFound());
        mvc.perform(in(TENANT, "social-worker", get("/api/beneficiaries/{b}/assessments", foreigner), null))
                .andExpect(status().isNotFound());
    }

    @Test
    void administrativeStaffCannotReadThem() throws Exception {
        mvc.perform(in(TENANT, "admin-staff", get("/api/beneficiaries/{b}/assessments", person), null))
                .andExpect(status().isForbidden());
    }
}
