package gr.kentra.cases.appointment;

import static gr.kentra.cases.NamedStaff.as;
import static org.assertj.core.api.Assertions.assertThat;
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
import org.springframework.test.web.servlet.ResultActions;

/** Each test uses its own Monday, so that the diaries of the tests never meet. */
class AppointmentApiTest extends CaseServiceIntegrationTest {

    static final String TENANT = "appointments-here";
    private static final String OTHER = "appointments-there";

    private String person;

    @BeforeEach
    void centre() throws Exception {
        provision(TENANT);
        provision(OTHER);
        person = registerPerson(TENANT, "Αικατερίνη", "Δήμου", "1968-12-01");
    }

    @Test
    void booksAnAppointmentAndShowsItInTheStaffMembersAgenda() throws Exception {
        String id = created(book("anna", "admin-staff", slot("eleni", person, "2031-01-06T13:30", "2031-01-06T14:15"))
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.staff").value("eleni"))
                .andExpect(jsonPath("$.beneficiary").value(person))
                .andExpect(jsonPath("$.start").value("2031-01-06T13:30:00"))
                .andExpect(jsonPath("$.status").value("BOOKED"))
                .andExpect(jsonPath("$.bookedBy").value("anna")));
        String walkIn = created(book("anna", "admin-staff", """
                {"staff":"eleni","start":"2031-01-06T14:30","end":"2031-01-06T15:00","purpose":"Ενημέρωση για ΕΕΕ"}""")
                .andExpect(jsonPath("$.beneficiary").value(org.hamcrest.Matchers.nullValue())));
        mvc.perform(as(TENANT, "eleni", "psychologist", get("/api/appointments/agenda").param("date", "2031-01-06"),
                        null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.staff").value("eleni"))
                .andExpect(jsonPath("$.appointments[*].id").value(org.hamcrest.Matchers.contains(id, walkIn)));
        mvc.perform(as(TENANT, "anna", "admin-staff", get("/api/appointments/agenda").param("date", "2031-01-06"),
                        null))
                .andExpect(jsonPath("$.appointments").isEmpty());
        mvc.perform(as(TENANT, "anna", "admin-staff", get("/api/appointments").param("staff", "eleni")
                        .param("date", "2031-01-06"), null))
                .andExpect(jsonPath("$.length()").value(2));
        mvc.perform(as(TENANT, "kostas", "coordinator", get("/api/appointments").param("from", "2031-01-05")
                        .param("to", "2031-01-07"), null))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].purpose").value("Συνεδρία"));
        mvc.perform(as(TENANT, "maria", "social-worker", get("/api/appointments/{id}", id), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.end").value("2031-01-06T14:15:00"));
        assertThat(jdbc.queryForList("select action from t_appointments_here.audit_event where record_id = ? "
                + "and beneficiary_id = ?::uuid", String.class, id, person)).contains("CREATE", "SEARCH", "READ");
    }

    @Test
    void refusesSlotsOutsideOpeningHoursInGreekAndEnglish() throws Exception {
        book("anna", "admin-staff", slot("eleni", person, "2031-01-13T07:45", "2031-01-13T08:30"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("start"))
                .andExpect(jsonPath("$.errors[0].message").value("είναι εκτός ωραρίου λειτουργίας του κέντρου"));
        mvc.perform(as(TENANT, "anna", "admin-staff", post("/api/appointments"),
                        slot("eleni", person, "2031-01-13T15:30", "2031-01-13T16:30")).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("end"))
                .andExpect(jsonPath("$.errors[0].message").value("is outside the centre's opening hours"));
        book("anna", "admin-staff", slot("eleni", person, "2031-01-11T10:00", "2031-01-11T10:30"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("το κέντρο είναι κλειστό εκείνη την ημέρα"));
    }

    @Test
    void refusesTheWalkInHoursAndSlotsOffTheGridOrOfTheWrongLength() throws Exception {
        expectFieldError(slot("eleni", person, "2031-01-13T12:30", "2031-01-13T13:30"), "start",
                "falls in the walk-in hours, which are not bookable");
        expectFieldError(slot("eleni", person, "2031-01-13T13:10", "2031-01-13T13:40"), "start",
                "must be on a quarter hour (:00, :15, :30 or :45)");
        expectFieldError(slot("eleni", person, "2031-01-13T13:00", "2031-01-13T15:15"), "end",
                "must be 15 to 120 minutes after the start");
        expectFieldError(slot("eleni", person, "2031-01-13T13:00", "2031-01-13T13:00"), "end",
                "must be 15 to 120 minutes after the start");
        expectFieldError("""
                {"staff":"eleni","start":"2031-01-13T13:00","end":"2031-01-13T13:30"}""", "purpose",
                "a walk-in slot without a beneficiary needs a purpose");
        expectFieldError(slot("eleni", "7c1d2a8e-4b3f-4a55-9a43-1f0c2d3e4f50", "2031-01-13T13:00",
                "2031-01-13T13:30"), "beneficiary", "is not a beneficiary of this centre");
        expectFieldError("{\"staff\":\"eleni\",\"end\":\"2031-01-13T13:30\"}", "start", "is required");
        book("anna", "admin-staff", slot("eleni", person, "2031-01-13T13:10", "2031-01-13T13:40"))
                .andExpect(jsonPath("$.errors[0].message").value("πρέπει να είναι σε τέταρτο της ώρας (:00, :15, :30 ή :45)"));
    }

    @Test
    void refusesADoubleBookingOfTheStaffMemberOrThePersonNamingTheClash() throws Exception {
        String second = registerPerson(TENANT, "Θεόδωρος", "Δήμου", "1965-03-03");
        String first = created(book("anna", "admin-staff",
                slot("eleni", person, "2031-01-20T13:00", "2031-01-20T14:00")));
        book("anna", "admin-staff", slot("eleni", second, "2031-01-20T13:30", "2031-01-20T14:30"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Διπλή κράτηση"))
                .andExpect(jsonPath("$.detail").value("Ο/Η eleni έχει ήδη ραντεβού από 2031-01-20 13:00 έως 2031-01-20 14:00."))
                .andExpect(jsonPath("$.clash.with").value("STAFF"))
                .andExpect(jsonPath("$.clash.appointmentId").value(first));
        book("nikos", "psychologist", slot("nikos", person, "2031-01-20T13:45", "2031-01-20T14:15"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.clash.with").value("BENEFICIARY"))
                .andExpect(jsonPath("$.clash.appointmentId").value(first));
        created(book("anna", "admin-staff", slot("eleni", second, "2031-01-20T14:00", "2031-01-20T14:30")));

        mvc.perform(as(TENANT, "anna", "admin-staff", delete("/api/appointments/{id}", first), null))
                .andExpect(status().isNoContent());
        mvc.perform(as(TENANT, "anna", "admin-staff", get("/api/appointments/{id}", first), null))
                .andExpect(jsonPath("$.status").value("CANCELLED"));
        created(book("nikos", "psychologist", slot("nikos", person, "2031-01-20T13:45", "2031-01-20T14:15")));
    }

    @Test
    void marksAnAppointmentAttendedAndRefusesAStaleEditOrCancellingItAfterwards() throws Exception {
        String id = created(book("anna", "admin-staff", slot("maria", person, "2031-02-03T14:00", "2031-02-03T14:30")));
        String attended = slot("maria", person, "2031-02-03T14:00", "2031-02-03T14:30")
                .replace("\"staff\":\"maria\",", "").replace("}", ",\"status\":\"ATTENDED\",\"version\":0}");
        mvc.perform(as(TENANT, "anna", "admin-staff", put("/api/appointments/{id}", id), attended))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ATTENDED"))
                .andExpect(jsonPath("$.staff").value("maria"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(as(TENANT, "maria", "social-worker", put("/api/appointments/{id}", id),
                        attended.replace("ATTENDED", "NO_SHOW")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1));
        mvc.perform(as(TENANT, "maria", "social-worker", delete("/api/appointments/{id}", id), null))
                .andExpect(status().isConflict());
        mvc.perform(as(TENANT, "maria", "social-worker", put("/api/appointments/{id}", id),
                        slot("maria", person, "2031-02-03T14:00", "2031-02-03T14:30")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void anotherCentresAppointmentIsNotFound() throws Exception {
        String id = created(book("anna", "admin-staff", slot("eleni", person, "2031-02-10T13:00", "2031-02-10T13:30")));
        mvc.perform(as(OTHER, "anna", "admin-staff", get("/api/appointments/{id}", id), null))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(as(OTHER, "anna", "admin-staff", put("/api/appointments/{id}", id),
                        slot("eleni", null, "2031-02-10T13:00", "2031-02-10T13:30")
                                .replace("}", ",\"version\":0}")))
                .andExpect(status().isNotFound());
        mvc.perform(as(OTHER, "anna", "admin-staff", delete("/api/appointments/{id}", id), null))
                .andExpect(status().isNotFound());
        mvc.perform(as(OTHER, "anna", "admin-staff", get("/api/appointments").param("date", "2031-02-10"), null))
                .andExpect(jsonPath("$").isEmpty());
        mvc.perform(as(TENANT, "anna", "admin-staff", get("/api/appointments/{id}", id), null))
                .andExpect(jsonPath("$.status").value("BOOKED"));
    }

    @Test
    void someoneOutsideTheCentresStaffCannotReadTheDiary() throws Exception {
        mvc.perform(as(TENANT, "rena", "ministry-analyst", get("/api/appointments"), null))
                .andExpect(status().isForbidden());
        mvc.perform(as(TENANT, "rena", "regional-manager", post("/api/appointments"),
                        slot("eleni", person, "2031-02-10T14:00", "2031-02-10T14:30")))
                .andExpect(status().isForbidden());
    }

    @Test
    void refusesAListingOfMoreThanTwoMonths() throws Exception {
        mvc.perform(as(TENANT, "anna", "admin-staff", get("/api/appointments").param("from", "2031-01-01")
                        .param("to", "2031-06-01").header("Accept-Language", "en"), null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message").value("must be at most 62 days after the start"));
    }

    static String slot(String staff, String person, String start, String end) {
        return """
                {"staff":"%s",%s"start":"%s","end":"%s","purpose":"Συνεδρία"}""".formatted(staff,
                person == null ? "" : "\"beneficiary\":\"" + person + "\",", start, end);
    }

    private ResultActions book(String caller, String role, String json) throws Exception {
        return mvc.perform(as(TENANT, caller, role, post("/api/appointments"), json));
    }

    private void expectFieldError(String json, String field, String message) throws Exception {
        mvc.perform(as(TENANT, "anna", "admin-staff", post("/api/appointments"), json).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(message));
    }

    private static String created(ResultActions result) throws Exception {
        String body = result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }
}
