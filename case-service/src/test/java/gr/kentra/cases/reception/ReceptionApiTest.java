package gr.kentra.cases.reception;

import static gr.kentra.cases.NamedStaff.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The walk-in queue: check in, waiting, seen (by whom), never twice, never another centre's. */
class ReceptionApiTest extends CaseServiceIntegrationTest {

    private static final String CENTRE = "reception-here";
    private static final String OTHER = "reception-there";

    @BeforeEach
    void centres() throws Exception {
        provision(CENTRE);
        provision(OTHER);
    }

    @Test
    void aPersonCheckedInWaitsUntilSeenAndIsNotQueuedTwice() throws Exception {
        String person = registerPerson(CENTRE, "Ευτυχία", "Πάνου", "1950-05-05");
        String body = mvc.perform(as(CENTRE, "anna", "admin-staff", post("/api/walk-ins"),
                        "{\"beneficiaryId\":\"" + person + "\",\"purpose\":\"Αίτηση ΚΕΑ\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("WAITING"))
                .andExpect(jsonPath("$.checkedInBy").value("anna"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        mvc.perform(as(CENTRE, "anna", "admin-staff", post("/api/walk-ins"),
                        "{\"beneficiaryId\":\"" + person + "\"}"))
                .andExpect(status().isConflict());
        mvc.perform(as(CENTRE, "maria", "social-worker", get("/api/walk-ins"), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].purpose").value("Αίτηση ΚΕΑ"));

        mvc.perform(as(CENTRE, "maria", "social-worker", post("/api/walk-ins/{id}/transitions", id),
                        "{\"to\":\"SEEN\",\"version\":5}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(0));
        mvc.perform(as(CENTRE, "maria", "social-worker", post("/api/walk-ins/{id}/transitions", id),
                        "{\"to\":\"SEEN\",\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SEEN"))
                .andExpect(jsonPath("$.seenBy").value("maria"));
        mvc.perform(as(CENTRE, "maria", "social-worker", post("/api/walk-ins/{id}/transitions", id),
                        "{\"to\":\"LEFT\",\"version\":1}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentStatus").value("SEEN"));
    }

    @Test
    void anotherCentresPersonOrWalkInIsNotFound() throws Exception {
        String elsewhere = registerPerson(OTHER, "Κλειώ", "Ξένου", "1960-06-06");
        mvc.perform(as(CENTRE, "anna", "admin-staff", post("/api/walk-ins"),
                        "{\"beneficiaryId\":\"" + elsewhere + "\"}"))
                .andExpect(status().isNotFound());
        String theirs = JsonPath.read(mvc.perform(as(OTHER, "anna", "admin-staff", post("/api/walk-ins"),
                        "{\"beneficiaryId\":\"" + elsewhere + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(as(CENTRE, "anna", "admin-staff", post("/api/walk-ins/{id}/transitions", theirs),
                        "{\"to\":\"SEEN\",\"version\":0}"))
                .andExpect(status().isNotFound());
        mvc.perform(as(CENTRE, "anna", "admin-staff", get("/api/walk-ins"), null))
                .andExpect(jsonPath("$[?(@.id == '" + theirs + "')]").isEmpty());
    }
}
