package gr.kentra.cases.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SocialHistoryApiTest extends CaseServiceIntegrationTest {

    private static final String TENANT = "history-here";
    private static final String OTHER = "history-there";

    private String person;

    @BeforeEach
    void person() throws Exception {
        provision(TENANT);
        provision(OTHER);
        person = registerPerson(TENANT, "Μαρίνα", "Τσάκωνα", "1983-03-03");
    }

    @Test
    void isEmptyUntilWrittenThenKeepsEveryVersion() throws Exception {
        mvc.perform(in(TENANT, "social-worker", get("/api/beneficiaries/{b}/social-history", person), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").isEmpty())
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.versions").isEmpty());
        write("Πρώτη καταγραφή.", 0).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        write("Δεύτερη καταγραφή.", 1).andExpect(status().isOk());
        mvc.perform(in(TENANT, "psychologist", get("/api/beneficiaries/{b}/social-history", person), null))
                .andExpect(jsonPath("$.text").value("Δεύτερη καταγραφή."))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.versions[0].version").value(2))
                .andExpect(jsonPath("$.versions[1].version").value(1))
                .andExpect(jsonPath("$.versions[1].writtenBy").value("maria"));
        assertThat(jdbc.queryForList("select text from t_history_here.social_history_version where beneficiary_id = ?::uuid"
                + " order by version", String.class, person)).containsExactly("Πρώτη καταγραφή.", "Δεύτερη καταγραφή.");
    }

    @Test
    void refusesToWriteOverAVersionItDidNotRead() throws Exception {
        write("Α.", 0).andExpect(status().isOk());
        write("Β.", 0).andExpect(status().isConflict()).andExpect(jsonPath("$.currentVersion").value(1));
    }

    @Test
    void refusesAnEmptyTextInGreekAndEnglish() throws Exception {
        write(" ", 0).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.errors[0].message").value("δεν μπορεί να είναι κενό"));
        mvc.perform(in(TENANT, "social-worker", put("/api/beneficiaries/{b}/social-history", person),
                        "{\"text\":\"x\",\"version\":-1}").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be negative"));
    }

    @Test
    void anotherCentresPersonIsNotFound() throws Exception {
        String foreigner = registerPerson(OTHER, "Μαρίνα", "Ξένη", "1983-03-03");
        mvc.perform(in(TENANT, "social-worker", get("/api/beneficiaries/{b}/social-history", foreigner), null))
                .andExpect(status().isNotFound());
        mvc.perform(in(TENANT, "social-worker", put("/api/beneficiaries/{b}/social-history", foreigner),
                "{\"text\":\"x\",\"version\":0}")).andExpect(status().isNotFound());
    }

    @Test
    void administrativeStaffCannotReadIt() throws Exception {
        mvc.perform(in(TENANT, "admin-staff", get("/api/beneficiaries/{b}/social-history", person), null))
                .andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.ResultActions write(String text, int version) throws Exception {
        return mvc.perform(in(TENANT, "social-worker", put("/api/beneficiaries/{b}/social-history", person),
                "{\"text\":\"%s\",\"version\":%d}".formatted(text, version)));
    }
}
