package gr.kentra.cases.communityevent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class EventApiTest extends CaseServiceIntegrationTest {

    private static final String TENANT = "events-here";
    private static final String OTHER = "events-there";
    private static final String TITLE = "Ενημέρωση για το Ελάχιστο Εγγυημένο Εισόδημα";

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void centres() throws Exception {
        provision(TENANT);
        provision(OTHER);
    }

    @Test
    void recordsAnEventPublishesEventHeldAndWritesNoAuditLine() throws Exception {
        String body = mvc.perform(in(TENANT, "admin-staff", post("/api/events"), form(TITLE, "2026-03-05", 34, null)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/events/")))
                .andExpect(jsonPath("$.title").value(TITLE))
                .andExpect(jsonPath("$.audience").value("UNEMPLOYED"))
                .andExpect(jsonPath("$.participants").value(34))
                .andExpect(jsonPath("$.recordedBy").value("maria"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        assertThat(events.stream(EventHeld.class)).singleElement().satisfies(held -> {
            assertThat(held.eventId()).isEqualTo(UUID.fromString(id));
            assertThat(held.audience()).isEqualTo(Audience.UNEMPLOYED);
            assertThat(held.participants()).isEqualTo(34);
            assertThat(held.date()).isEqualTo(LocalDate.parse("2026-03-05"));
        });
        for (String role : new String[] {"psychologist", "social-worker", "coordinator", "admin-staff"}) {
            mvc.perform(in(TENANT, role, get("/api/events/{id}", id), null))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.kind").value("INFORMATION_DAY"));
        }
        assertThat(jdbc.queryForObject("select count(*) from t_events_here.audit_event where record_id = ?",
                Integer.class, id)).isZero();
    }

    @Test
    void refusesBadInputInGreekAndEnglish() throws Exception {
        mvc.perform(in(TENANT, "social-worker", post("/api/events"), form(TITLE, "2026-03-05", -1, null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("participants"))
                .andExpect(jsonPath("$.errors[0].message").value("δεν μπορεί να είναι αρνητικός"));
        mvc.perform(in(TENANT, "social-worker", post("/api/events"), form(" ", "2026-03-05", 3, null))
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be blank"));
        mvc.perform(in(TENANT, "social-worker", post("/api/events"),
                        form(TITLE, "2026-03-05", 3, null).replace("UNEMPLOYED", "ALIENS")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("audience"));
        mvc.perform(in(TENANT, "social-worker", post("/api/events"), form(TITLE, "2999-03-05", 3, null))
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be before the programme periods nor in the future"));
        assertThat(events.stream(EventHeld.class)).isEmpty();
    }

    @Test
    void psychologistsReadButDoNotRecordEvents() throws Exception {
        String id = record(TENANT, TITLE, "2026-03-05");
        mvc.perform(in(TENANT, "psychologist", post("/api/events"), form(TITLE, "2026-03-05", 3, null)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(in(TENANT, "psychologist", put("/api/events/{id}", id), form(TITLE, "2026-03-05", 3, 0L)))
                .andExpect(status().isForbidden());
        mvc.perform(in(TENANT, "psychologist", get("/api/events"), null)).andExpect(status().isOk());
    }

    @Test
    void anotherCentresEventIsNotFoundAndNeverListed() throws Exception {
        String id = record(TENANT, "Εργαστήριο ζωγραφικής", "2026-03-05");
        mvc.perform(in(OTHER, "social-worker", get("/api/events/{id}", id), null))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("ζωγραφικής"))));
        mvc.perform(in(OTHER, "social-worker", put("/api/events/{id}", id), form(TITLE, "2026-03-05", 3, 0L)))
                .andExpect(status().isNotFound());
        mvc.perform(in(OTHER, "social-worker", get("/api/events"), null))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void correctsAnEventWithTheVersionReadAndRefusesAStaleOne() throws Exception {
        String id = record(TENANT, TITLE, "2026-03-05");
        mvc.perform(in(TENANT, "coordinator", put("/api/events/{id}", id), form(TITLE, "2026-03-05", 41, 0L)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.participants").value(41))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(in(TENANT, "coordinator", put("/api/events/{id}", id), form(TITLE, "2026-03-05", 50, 0L)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1));
        mvc.perform(in(TENANT, "coordinator", put("/api/events/{id}", id), form(TITLE, "2026-03-05", 50, null))
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void filtersByKindAudienceAndDate() throws Exception {
        String tenant = "events-filtered";
        provision(tenant);
        record(tenant, "Πρώτη", "2026-01-10");
        mvc.perform(in(tenant, "social-worker", post("/api/events"), form("Θέατρο", "2026-02-10", 80, null)
                        .replace("INFORMATION_DAY", "CULTURAL").replace("UNEMPLOYED", "CHILDREN")))
                .andExpect(status().isCreated());
        mvc.perform(in(tenant, "social-worker", get("/api/events").param("kind", "CULTURAL"), null))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].title").value("Θέατρο"));
        mvc.perform(in(tenant, "social-worker", get("/api/events").param("audience", "UNEMPLOYED"), null))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].title").value("Πρώτη"));
        mvc.perform(in(tenant, "social-worker", get("/api/events").param("from", "2026-01-01")
                        .param("to", "2026-01-31"), null))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(in(tenant, "social-worker", get("/api/events"), null))
                .andExpect(jsonPath("$.items[0].title").value("Θέατρο"));
    }

    private static String form(String title, String date, int participants, Long version) {
        return """
                {"title":"%s","date":"%s","kind":"INFORMATION_DAY","audience":"UNEMPLOYED","participants":%d,
                 "partners":"ΔΥΠΑ","notes":null,"version":%s}""".formatted(title, date, participants,
                version == null ? "null" : version.toString());
    }

    private String record(String tenant, String title, String date) throws Exception {
        String body = mvc.perform(in(tenant, "social-worker", post("/api/events"), form(title, date, 12, null)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }
}
