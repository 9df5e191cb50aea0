package gr.kentra.cases.requesttype;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RequestTypeApiTest extends CaseServiceIntegrationTest {

    private static final String TENANT = "types-here";
    private static final String OTHER = "types-there";

    @BeforeEach
    void centres() throws Exception {
        provision(TENANT);
        provision(OTHER);
    }

    @Test
    void everyCentreStartsWithTheStandardTypesLabelledInTheCallersLanguage() throws Exception {
        mvc.perform(in(TENANT, "admin-staff", get("/api/request-types"), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.standard == true)].code").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "INFORMATION", "GMI_APPLICATION", "GMI_AMENDMENT", "HOUSING_ALLOWANCE",
                        "OPEKA_DISABILITY_ALLOWANCE", "UNINSURED_ELDERLY_ALLOWANCE", "KEPA_CERTIFICATION",
                        "SOCIAL_INVESTIGATION", "PSYCHOSOCIAL_SUPPORT", "EMPLOYMENT_COUNSELLING", "GOODS", "OTHER")))
                .andExpect(jsonPath("$[?(@.code == 'HOUSING_ALLOWANCE')].label").value("Επίδομα στέγασης"));
        mvc.perform(in(TENANT, "psychologist", get("/api/request-types"), null).header("Accept-Language", "en"))
                .andExpect(jsonPath("$[?(@.code == 'HOUSING_ALLOWANCE')].label").value("Housing allowance"));
    }

    @Test
    void aCoordinatorAddsDeactivatesAndReactivatesTheCentresOwnType() throws Exception {
        mvc.perform(in(TENANT, "coordinator", post("/api/request-types"), """
                        {"code":"SCHOOL_MEALS","labelEl":"Σχολικά γεύματα","labelEn":"School meals"}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/api/request-types/SCHOOL_MEALS")))
                .andExpect(jsonPath("$.standard").value(false))
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.version").value(0));
        mvc.perform(in(TENANT, "coordinator", put("/api/request-types/SCHOOL_MEALS"), """
                        {"labelEl":"Σχολικά γεύματα","labelEn":"School meals","active":false,"version":0}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(in(TENANT, "social-worker", get("/api/request-types").param("active", "true"), null))
                .andExpect(jsonPath("$[?(@.code == 'SCHOOL_MEALS')]").isEmpty())
                .andExpect(jsonPath("$.length()").value(12));
        mvc.perform(in(TENANT, "social-worker", get("/api/request-types").param("active", "false"), null))
                .andExpect(jsonPath("$[0].code").value("SCHOOL_MEALS"));
        mvc.perform(in(OTHER, "social-worker", get("/api/request-types"), null))
                .andExpect(jsonPath("$[?(@.code == 'SCHOOL_MEALS')]").isEmpty());
    }

    @Test
    void refusesABadCodeOrMissingLabelInGreekAndEnglish() throws Exception {
        String bad = """
                {"code":"school meals","labelEl":"Σχολικά γεύματα","labelEn":" "}""";
        mvc.perform(in(TENANT, "coordinator", post("/api/request-types"), bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'code')].message").value("δεν έχει έγκυρη μορφή"))
                .andExpect(jsonPath("$.errors[?(@.field == 'labelEn')].message").value("δεν μπορεί να είναι κενό"));
        mvc.perform(in(TENANT, "coordinator", post("/api/request-types"), bad).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'code')].message").value("does not have a valid format"))
                .andExpect(jsonPath("$.errors[?(@.field == 'labelEn')].message").value("must not be blank"));
    }

    @Test
    void anExistingCodeIsAConflict() throws Exception {
        mvc.perform(in(TENANT, "coordinator", post("/api/request-types"), """
                        {"code":"GOODS","labelEl":"Αγαθά","labelEn":"Goods"}"""))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.existing").value("/api/request-types/GOODS"));
    }

    @Test
    void onlyTheCoordinatorChangesTheCatalogue() throws Exception {
        String type = """
                {"code":"SCHOOL_MEALS","labelEl":"Σχολικά γεύματα","labelEn":"School meals"}""";
        for (String role : new String[] {"social-worker", "psychologist", "admin-staff"}) {
            mvc.perform(in(TENANT, role, post("/api/request-types"), type)).andExpect(status().isForbidden());
            mvc.perform(in(TENANT, role, put("/api/request-types/GOODS"), """
                            {"labelEl":"Αγαθά","labelEn":"Goods","active":false,"version":0}"""))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void aStaleEditIsAConflictAndAnotherCentresTypeIsNotFound() throws Exception {
        String edit = """
                {"labelEl":"Βασικά αγαθά (ΤΕΒΑ)","labelEn":"Basic goods (FEAD)","active":true,"version":0}""";
        mvc.perform(in(TENANT, "coordinator", put("/api/request-types/GOODS"), edit)).andExpect(status().isOk());
        mvc.perform(in(TENANT, "coordinator", put("/api/request-types/GOODS"), edit))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1));
        mvc.perform(in(OTHER, "coordinator", post("/api/request-types"), """
                        {"code":"ONLY_THERE","labelEl":"Μόνο εκεί","labelEn":"Only there"}"""))
                .andExpect(status().isCreated());
        mvc.perform(in(TENANT, "coordinator", put("/api/request-types/ONLY_THERE"), edit))
                .andExpect(status().isNotFound());
    }
}
