package gr.kentra.cases.profile;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProfileApiTest extends CaseServiceIntegrationTest {

    private static final String TENANT = "profile-here";
    private static final String OTHER = "profile-there";
    private static final String PROFILE = """
            {"employmentStatus":"LONG_TERM_UNEMPLOYED","unemploymentMonths":18,"iscedLevel":3,
             "housingSituation":"HOUSING_EXCLUSION","singleParent":true,"roma":false,"version":%s}""";

    private String person;

    @BeforeEach
    void person() throws Exception {
        provision(TENANT);
        provision(OTHER);
        person = registerPerson(TENANT, "Δέσποινα", "Ρήγα", "1988-08-08");
    }

    @Test
    void isNotFoundUntilRecordedThenChangesByVersion() throws Exception {
        mvc.perform(in(TENANT, "social-worker", get("/api/beneficiaries/{b}/profile", person), null))
                .andExpect(status().isNotFound());
        mvc.perform(in(TENANT, "social-worker", put("/api/beneficiaries/{b}/profile", person), PROFILE.formatted("null")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.updatedBy").value("maria"));
        mvc.perform(in(TENANT, "coordinator", put("/api/beneficiaries/{b}/profile", person),
                        PROFILE.formatted("0").replace("LONG_TERM_UNEMPLOYED", "EMPLOYED")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(in(TENANT, "psychologist", get("/api/beneficiaries/{b}/profile", person), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.employmentStatus").value("EMPLOYED"))
                .andExpect(jsonPath("$.iscedLevel").value(3))
                .andExpect(jsonPath("$.housingSituation").value("HOUSING_EXCLUSION"))
                .andExpect(jsonPath("$.singleParent").value(true))
                .andExpect(jsonPath("$.migrant").value(false));
    }

    @Test
    void refusesAStaleOrASecondFirstVersion() throws Exception {
        mvc.perform(in(TENANT, "social-worker", put("/api/beneficiaries/{b}/profile", person), PROFILE.formatted("null")))
                .andExpect(status().isOk());
        mvc.perform(in(TENANT, "social-worker", put("/api/beneficiaries/{b}/profile", person), PROFILE.formatted("null")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(0));
        mvc.perform(in(TENANT, "social-worker", put("/api/beneficiaries/{b}/profile", person), PROFILE.formatted("7")))
                .andExpect(status().isConflict());
    }

    @Test
    void refusesAnIscedLevelAboveEightInGreekAndEnglish() throws Exception {
        String bad = PROFILE.formatted("null").replace("\"iscedLevel\":3", "\"iscedLevel\":9");
        mvc.perform(in(TENANT, "social-worker", put("/api/beneficiaries/{b}/profile", person), bad))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("iscedLevel"))
                .andExpect(jsonPath("$.errors[0].message").value("πρέπει να είναι το πολύ 8"));
        mvc.perform(in(TENANT, "social-worker", put("/api/beneficiaries/{b}/profile", person), bad)
                        .header("Accept-Language", "en"))
                .andExpect(jsonPath("$.errors[0].message").value("must be at most 8"));
        mvc.perform(in(TENANT, "social-worker", put("/api/beneficiaries/{b}/profile", person),
                        "{\"housingSituation\":\"HOMELESS\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("employmentStatus"));
    }

    @Test
    void anotherCentresPersonIsNotFound() throws Exception {
        String foreigner = registerPerson(OTHER, "Δέσποινα", "Ξένη", "1988-08-08");
        mvc.perform(in(TENANT, "social-worker", put("/api/beneficiaries/{b}/profile", foreigner),
                PROFILE.formatted("null"))).andExpect(status().isNotFound());
        mvc.perform(in(TENANT, "social-worker", get("/api/beneficiaries/{b}/profile", foreigner), null))
                .andExpect(status().isNotFound());
    }

    @Test
    void administrativeStaffCannotReadOrWriteIt() throws Exception {
        mvc.perform(in(TENANT, "admin-staff", get("/api/beneficiaries/{b}/profile", person), null))
                .andExpect(status().isForbidden());
        mvc.perform(in(TENANT, "admin-staff", put("/api/beneficiaries/{b}/profile", person), PROFILE.formatted("null")))
                .andExpect(status().isForbidden());
    }
}
