package gr.kentra.cases.household;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HouseholdApiTest extends CaseServiceIntegrationTest {

    private static final String TENANT = "household-here";
    private static final String OTHER = "household-there";
    private static final String CHILD = """
            {"relation":"CHILD","yearOfBirth":2012,"employmentStatus":"INACTIVE_IN_EDUCATION","disability":false}""";

    private String person;

    @BeforeEach
    void person() throws Exception {
        provision(TENANT);
        provision(OTHER);
        person = registerPerson(TENANT, "Ευαγγελία", "Καρρά", "1979-07-07");
    }

    @Test
    void addsEditsListsAndRemovesMembers() throws Exception {
        String member = add(CHILD);
        mvc.perform(in(TENANT, "admin-staff", post("/api/beneficiaries/{b}/household", person),
                        "{\"relation\":\"SPOUSE\",\"age\":47,\"employmentStatus\":\"UNEMPLOYED\",\"disability\":true}"))
                .andExpect(status().isCreated());
        mvc.perform(in(TENANT, "social-worker", put("/api/beneficiaries/{b}/household/{m}", person, member),
                        CHILD.replace("false}", "true,\"version\":0}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.disability").value(true))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(in(TENANT, "psychologist", get("/api/beneficiaries/{b}/household", person), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[?(@.relation == 'SPOUSE')].age").value(47))
                .andExpect(jsonPath("$[?(@.relation == 'CHILD')].yearOfBirth").value(2012));
        mvc.perform(in(TENANT, "social-worker", delete("/api/beneficiaries/{b}/household/{m}", person, member), null))
                .andExpect(status().isNoContent());
        mvc.perform(in(TENANT, "social-worker", get("/api/beneficiaries/{b}/household", person), null))
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void refusesAStaleEdit() throws Exception {
        String member = add(CHILD);
        String edit = CHILD.replace("false}", "false,\"version\":0}");
        mvc.perform(in(TENANT, "social-worker", put("/api/beneficiaries/{b}/household/{m}", person, member),
                edit.replace("2012", "2013"))).andExpect(status().isOk());
        mvc.perform(in(TENANT, "social-worker", put("/api/beneficiaries/{b}/household/{m}", person, member), edit))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1));
    }

    @Test
    void needsAYearOfBirthOrAnAgeInGreekAndEnglish() throws Exception {
        String ageless = "{\"relation\":\"PARENT\"}";
        mvc.perform(in(TENANT, "social-worker", post("/api/beneficiaries/{b}/household", person), ageless))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("yearOfBirth"))
                .andExpect(jsonPath("$.errors[0].message").value("δώστε έτος γέννησης ή ηλικία"));
        mvc.perform(in(TENANT, "social-worker", post("/api/beneficiaries/{b}/household", person), ageless)
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("give a year of birth or an age"));
        mvc.perform(in(TENANT, "social-worker", post("/api/beneficiaries/{b}/household", person),
                        "{\"relation\":\"PARENT\",\"age\":-1}").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("age"))
                .andExpect(jsonPath("$.errors[0].message").value("must be at least 0"));
        mvc.perform(in(TENANT, "social-worker", post("/api/beneficiaries/{b}/household", person),
                        "{\"relation\":\"COUSIN\",\"age\":3}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("relation"));
    }

    @Test
    void anotherCentresPersonOrAnotherPersonsMemberIsNotFound() throws Exception {
        String foreigner = registerPerson(OTHER, "Ευαγγελία", "Ξένη", "1979-07-07");
        mvc.perform(in(TENANT, "social-worker", get("/api/beneficiaries/{b}/household", foreigner), null))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(in(TENANT, "social-worker", post("/api/beneficiaries/{b}/household", foreigner), CHILD))
                .andExpect(status().isNotFound());
        String member = add(CHILD);
        String stranger = registerPerson(TENANT, "Άλλη", "Μία", "1979-07-07");
        mvc.perform(in(TENANT, "social-worker", delete("/api/beneficiaries/{b}/household/{m}", stranger, member), null))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPsychologistReadsButCannotChangeTheHousehold() throws Exception {
        mvc.perform(in(TENANT, "psychologist", post("/api/beneficiaries/{b}/household", person), CHILD))
                .andExpect(status().isForbidden());
    }

    private String add(String json) throws Exception {
        String body = mvc.perform(in(TENANT, "social-worker", post("/api/beneficiaries/{b}/household", person), json))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }
}
