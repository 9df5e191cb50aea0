package gr.kentra.cases.system;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.Test;

/** Refusals by the security filters are read by people too: Greek by default, English on request. */
class RefusalLanguageTest extends CaseServiceIntegrationTest {

    @Test
    void aWrongRoleIsRefusedInGreekAndEnglish() throws Exception {
        provision("refusal-centre");
        mvc.perform(in("refusal-centre", "admin-staff", get("/api/audit"), null))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("Ο ρόλος σας δεν σας επιτρέπει αυτή την ενέργεια."));
        mvc.perform(in("refusal-centre", "admin-staff", get("/api/audit"), null).header("Accept-Language", "en"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Your role does not allow this."));
    }

    @Test
    void aMissingTokenIsRefusedInGreekAndEnglish() throws Exception {
        mvc.perform(get("/api/beneficiaries"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("Απαιτείται έγκυρο διακριτικό πρόσβασης (access token)."));
        mvc.perform(get("/api/beneficiaries").header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("A valid access token is required."));
    }
}
