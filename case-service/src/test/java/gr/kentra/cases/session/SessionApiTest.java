package gr.kentra.cases.session;

import static gr.kentra.cases.NamedStaff.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionApiTest extends CaseServiceIntegrationTest {

    static final String TENANT = "sessions-here";
    private static final String OTHER = "sessions-there";
    private static final String NOTES = "Δεύτερη συνάντηση· ανησυχία για τον ύπνο.";
    private static final String REASON = "Εισαγγελική παραγγελία 123/2026 για εκτίμηση κινδύνου.";

    private String person;

    @BeforeEach
    void centre() throws Exception {
        provision(TENANT);
        provision(OTHER);
        person = registerPerson(TENANT, "Σοφία", "Αντωνίου", "1985-02-11");
    }

    @Test
    void showsTheNotesToTheirAuthorOnly() throws Exception {
        String id = record("eleni", individual(person, NOTES));
        mvc.perform(as(TENANT, "eleni", "psychologist", get("/api/sessions/{id}", id), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notes").value(NOTES))
                .andExpect(jsonPath("$.notesRestricted").value(false))
                .andExpect(jsonPath("$.author").value("eleni"))
                .andExpect(jsonPath("$.participants[0]").value(person));
        for (var reader : Map.of("nikos", "psychologist", "maria", "social-worker", "kostas", "coordinator")
                .entrySet()) {
            mvc.perform(as(TENANT, reader.getKey(), reader.getValue(), get("/api/sessions/{id}", id), null))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.notes").doesNotExist())
                    .andExpect(jsonPath("$.notesRestricted").value(true))
                    .andExpect(jsonPath("$.topic").value("ANXIETY_DEPRESSION"));
            String page = mvc.perform(as(TENANT, reader.getKey(), reader.getValue(),
                            get("/api/sessions").param("beneficiary", person), null))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).doesNotContain(NOTES).contains(id);
        }
    }

    @Test
    void adminStaffCannotSeeSessionsAndCoordinatorsCannotRecordThem() throws Exception {
        String id = record("eleni", individual(person, NOTES));
        mvc.perform(as(TENANT, "anna", "admin-staff", get("/api/sessions/{id}", id), null))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(as(TENANT, "anna", "admin-staff", get("/api/sessions"), null))
                .andExpect(status().isForbidden());
        mvc.perform(as(TENANT, "kostas", "coordinator", post("/api/sessions"), individual(person, NOTES)))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyTheAuthorEditsASessionAndAStaleVersionIsAConflict() throws Exception {
        String id = record("eleni", individual(person, NOTES));
        String edit = individual(person, "Νέες σημειώσεις.").replace("}", ",\"version\":0}");
        mvc.perform(as(TENANT, "nikos", "psychologist", put("/api/sessions/{id}", id), edit))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(
                        "Μόνο ο συντάκτης μιας συνεδρίας μπορεί να την αλλάξει ή να διαβάσει τις σημειώσεις της."));
        mvc.perform(as(TENANT, "eleni", "psychologist", put("/api/sessions/{id}", id), edit))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notes").value("Νέες σημειώσεις."))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(as(TENANT, "eleni", "psychologist", put("/api/sessions/{id}", id), edit))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1));
        assertThat(jdbc.queryForObject("select fields from t_sessions_here.audit_event where record_id = ? "
                + "and action = 'UPDATE'", String.class, id)).isEqualTo("notes");
    }

    @Test
    void breakGlassOpensTheNotesAndRecordsTheReason() throws Exception {
        String id = record("eleni", individual(person, NOTES));
        mvc.perform(as(TENANT, "kostas", "coordinator", post("/api/sessions/{id}/notes/break-glass", id),
                        "{\"reason\":\"" + REASON + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notes").value(NOTES))
                .andExpect(jsonPath("$.author").value("eleni"));
        var audit = jdbc.queryForMap("select actor, beneficiary_id::text as person, reason from "
                + "t_sessions_here.audit_event where record_id = ? and action = 'BREAK_GLASS'", id);
        assertThat(audit).containsEntry("actor", "kostas").containsEntry("person", person)
                .containsEntry("reason", REASON);
        mvc.perform(as(TENANT, "nikos", "psychologist", post("/api/sessions/{id}/notes/break-glass", id),
                        "{\"reason\":\"" + REASON + "\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void breakGlassNeedsAReasonOfTwentyCharactersInGreekAndEnglish() throws Exception {
        String id = record("eleni", individual(person, NOTES));
        mvc.perform(as(TENANT, "kostas", "coordinator", post("/api/sessions/{id}/notes/break-glass", id),
                        "{\"reason\":\"επείγον\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.notes").doesNotExist())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message").value("πρέπει να έχει από 20 έως 500 χαρακτήρες"));
        mvc.perform(as(TENANT, "kostas", "coordinator", post("/api/sessions/{id}/notes/break-glass", id),
                        "{}").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be blank"));
        assertThat(jdbc.queryForObject("select count(*) from t_sessions_here.audit_event where record_id = ? "
                + "and action = 'BREAK_GLASS'", Integer.class, id)).isZero();
    }

    @Test
    void checksParticipantsInGreekAndEnglish() throws Exception {
        String second = registerPerson(TENANT, "Πέτρος", "Αντωνίου", "1983-06-01");
        String twoInOne = """
                {"type":"INDIVIDUAL","date":"2026-03-02","durationMinutes":50,"participants":["%s","%s"],
                 "topic":"GRIEF"}""".formatted(person, second);
        mvc.perform(as(TENANT, "eleni", "psychologist", post("/api/sessions"), twoInOne))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("participants"))
                .andExpect(jsonPath("$.errors[0].message").value("μια ατομική συνεδρία έχει ακριβώς έναν συμμετέχοντα"));
        mvc.perform(as(TENANT, "eleni", "psychologist", post("/api/sessions"),
                        twoInOne.replace("INDIVIDUAL", "FAMILY").replace(second, person))
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("a group or family session has at least two participants"));
        String foreigner = registerPerson(OTHER, "Ξένη", "Άλλη", "1983-06-01");
        mvc.perform(as(TENANT, "eleni", "psychologist", post("/api/sessions"),
                        twoInOne.replace("INDIVIDUAL", "GROUP").replace(second, foreigner))
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("participants[1]"))
                .andExpect(jsonPath("$.errors[0].message").value("is not a beneficiary of this centre"));
        mvc.perform(as(TENANT, "eleni", "psychologist", post("/api/sessions"),
                        "{\"type\":\"SOLO\",\"participants\":[]}").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"));
        mvc.perform(as(TENANT, "eleni", "psychologist", post("/api/sessions"),
                        "{\"type\":\"GROUP\",\"date\":\"2999-01-01\",\"durationMinutes\":2,\"participants\":[],"
                        + "\"topic\":\"GRIEF\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[?(@.field == 'date')].message").value("δεν μπορεί να είναι πριν από τις προγραμματικές περιόδους ούτε στο μέλλον"))
                .andExpect(jsonPath("$.errors[?(@.field == 'durationMinutes')].message")
                        .value("πρέπει να είναι τουλάχιστον 5"));
    }

    @Test
    void anotherCentresSessionIsNotFound() throws Exception {
        String id = record("eleni", individual(person, NOTES));
        mvc.perform(as(OTHER, "eleni", "psychologist", get("/api/sessions/{id}", id), null))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(NOTES))));
        mvc.perform(as(OTHER, "eleni", "psychologist", put("/api/sessions/{id}", id),
                        individual(person, NOTES).replace("}", ",\"version\":0}")))
                .andExpect(status().isNotFound());
        mvc.perform(as(OTHER, "kostas", "coordinator", post("/api/sessions/{id}/notes/break-glass", id),
                        "{\"reason\":\"" + REASON + "\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(as(OTHER, "eleni", "psychologist", get("/api/sessions").param("author", "eleni"), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").isEmpty());
    }

    @Test
    void filtersByPersonTypeDayAndAuthor() throws Exception {
        String second = registerPerson(TENANT, "Πέτρος", "Αντωνίου", "1983-06-01");
        String mine = record("filter-author", individual(person, null).replace("2026-03-02", "2026-01-15"));
        String group = record("filter-author", """
                {"type":"GROUP","date":"2026-01-20","durationMinutes":90,"participants":["%s","%s"],
                 "topic":"SOCIAL_ISOLATION"}""".formatted(person, second));
        mvc.perform(as(TENANT, "maria", "social-worker", get("/api/sessions").param("author", "filter-author"), null))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].id").value(group))
                .andExpect(jsonPath("$.items[1].id").value(mine));
        mvc.perform(as(TENANT, "maria", "social-worker", get("/api/sessions").param("beneficiary", second), null))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].participants.length()").value(2));
        mvc.perform(as(TENANT, "maria", "social-worker", get("/api/sessions").param("author", "filter-author")
                        .param("type", "INDIVIDUAL"), null))
                .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.contains(mine)));
        mvc.perform(as(TENANT, "maria", "social-worker", get("/api/sessions").param("author", "filter-author")
                        .param("date", "2026-01-20"), null))
                .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.contains(group)));
        mvc.perform(as(TENANT, "maria", "social-worker", get("/api/sessions").param("from", "2026-01-21"), null))
                .andExpect(jsonPath("$.items[?(@.author == 'filter-author')]").isEmpty());
        mvc.perform(as(TENANT, "maria", "social-worker", get("/api/sessions").param("from", "2026-02-01")
                        .param("to", "2026-01-01").header("Accept-Language", "en"), null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
    }

    static String individual(String person, String notes) {
        return """
                {"type":"INDIVIDUAL","date":"2026-03-02","durationMinutes":50,"participants":["%s"],
                 "topic":"ANXIETY_DEPRESSION"%s}""".formatted(person,
                notes == null ? "" : ",\"notes\":\"" + notes + "\"");
    }

    private String record(String author, String json) throws Exception {
        String body = mvc.perform(as(TENANT, author, "psychologist", post("/api/sessions"), json))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }
}
