package gr.kentra.cases.gdpr;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.Test;

/** After erasure no new session or appointment can be made for the person. */
class ErasedPersonWorkTest extends CaseServiceIntegrationTest {

    private static final String CENTRE = "erased-work";

    @Test
    void refusesANewSessionOrAppointmentForAnErasedPersonInGreekAndEnglish() throws Exception {
        provision(CENTRE);
        String person = registerPerson(CENTRE, "Θεανώ", "Λιάπη", "1979-04-04");
        mvc.perform(in(CENTRE, "coordinator", delete("/api/beneficiaries/{b}", person),
                        "{\"reason\":\"Αίτημα διαγραφής του υποκειμένου, άρθρο 17 ΓΚΠΔ\"}"))
                .andExpect(status().isNoContent());

        mvc.perform(in(CENTRE, "psychologist", post("/api/sessions"), """
                        {"type":"INDIVIDUAL","date":"2026-03-02","durationMinutes":50,"participants":["%s"],
                         "topic":"ANXIETY_DEPRESSION"}""".formatted(person)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("participants[0]"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("η καρτέλα του προσώπου έχει διαγραφεί ή το πρόσωπο έχει αποβιώσει"));
        mvc.perform(in(CENTRE, "admin-staff", post("/api/appointments"), """
                        {"staff":"eleni","beneficiary":"%s","start":"2031-01-06T14:30","end":"2031-01-06T15:00",
                         "purpose":"Ραντεβού"}""".formatted(person)).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("beneficiary"))
                .andExpect(jsonPath("$.errors[0].message").value("the record of this person is erased or the person has died"));
    }
}
