package gr.kentra.cases.investigation;

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
import java.time.ZoneId;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;

@RecordApplicationEvents
class InvestigationApiTest extends CaseServiceIntegrationTest {

    private static final String TENANT = "investigations-here";
    private static final String OTHER = "investigations-there";
    private static final String FINDINGS = "Το νοικοκυριό αποτελείται από τέσσερα μέλη.";
    private static final String CONCLUSION = "Η δηλωθείσα σύνθεση επιβεβαιώνεται.";

    @Autowired
    ApplicationEvents events;

    private String person;

    @BeforeEach
    void person() throws Exception {
        provision(TENANT);
        provision(OTHER);
        person = registerPerson(TENANT, "Ευαγγελία", "Κωστοπούλου", "1972-06-30");
    }

    @Test
    void opensWritesAndCompletesAnInvestigationPublishingInvestigationCompleted() throws Exception {
        mvc.perform(in(TENANT, "coordinator", post("/api/investigations"), open(person, null)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/investigations/")))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.next.length()").value(2))
                .andExpect(jsonPath("$.report").doesNotExist())
                .andExpect(jsonPath("$.createdBy").value("maria"));
        String id = open(person);
        write(id, FINDINGS, CONCLUSION, 0).andExpect(status().isOk())
                .andExpect(jsonPath("$.findings").value(FINDINGS))
                .andExpect(jsonPath("$.version").value(1));
        assertThat(events.stream(InvestigationCompleted.class)).isEmpty();
        String today = LocalDate.now(ZoneId.of("Europe/Athens")).toString();
        transition(id, "COMPLETED", null, 1).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.closedOn").value(today))
                .andExpect(jsonPath("$.next").isEmpty())
                .andExpect(jsonPath("$.report").value("/api/investigations/" + id + "/report"));
        assertThat(events.stream(InvestigationCompleted.class)).singleElement().satisfies(completed -> {
            assertThat(completed.investigationId()).isEqualTo(UUID.fromString(id));
            assertThat(completed.beneficiaryId()).isEqualTo(UUID.fromString(person));
            assertThat(completed.kind()).isEqualTo(InvestigationKind.HOUSEHOLD_COMPOSITION);
            assertThat(completed.completedOn()).isEqualTo(LocalDate.parse(today));
        });
        mvc.perform(in(TENANT, "psychologist", get("/api/investigations/{id}", id), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.conclusion").value(CONCLUSION));
        assertThat(jdbc.queryForList("select action from t_investigations_here.audit_event where record_type = "
                + "'SOCIAL_INVESTIGATION' and record_id = ? order by occurred_at", String.class, id))
                .containsExactly("CREATE", "UPDATE", "UPDATE", "READ");
    }

    @Test
    void completingNeedsFindingsAndConclusionInGreekAndEnglish() throws Exception {
        String id = open(person);
        transition(id, "COMPLETED", null, 0)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("findings"))
                .andExpect(jsonPath("$.errors[0].message").value("είναι υποχρεωτικά για την ολοκλήρωση της έρευνας"));
        write(id, FINDINGS, " ", 0).andExpect(status().isOk());
        mvc.perform(in(TENANT, "social-worker", post("/api/investigations/{id}/transitions", id),
                        "{\"to\":\"COMPLETED\",\"version\":1}").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("conclusion"))
                .andExpect(jsonPath("$.errors[0].message").value("is required to complete the investigation"));
        assertThat(events.stream(InvestigationCompleted.class)).isEmpty();
    }

    @Test
    void cancellingNeedsAReasonAndClosesTheInvestigationForEdits() throws Exception {
        String id = open(person);
        transition(id, "CANCELLED", null, 0).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        transition(id, "CANCELLED", "Το αίτημα ανακλήθηκε.", 0).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.cancelReason").value("Το αίτημα ανακλήθηκε."));
        transition(id, "COMPLETED", null, 1).andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentStatus").value("CANCELLED"))
                .andExpect(jsonPath("$.allowed").isEmpty());
        write(id, FINDINGS, CONCLUSION, 1).andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentStatus").value("CANCELLED"));
        mvc.perform(in(TENANT, "social-worker", get("/api/investigations/{id}/report", id), null))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        assertThat(events.stream(InvestigationCompleted.class)).isEmpty();
    }

    @Test
    void theReportIsAGreekHtmlDocumentWithEveryTypedTextEscaped() throws Exception {
        String id = open(person);
        mvc.perform(in(TENANT, "social-worker", get("/api/investigations/{id}/report", id), null)
                        .header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Only a completed social investigation has a report."));
        // A browser asking for the page only still gets the problem, never a 500.
        mvc.perform(in(TENANT, "social-worker", get("/api/investigations/{id}/report", id), null)
                        .header("Accept", "text/html"))
                .andExpect(status().isConflict());
        write(id, "Σπίτι <script>alert('x')</script> & αυλή\nδεύτερη γραμμή", "Συμπέρασμα \"A\" <b>", 0)
                .andExpect(status().isOk());
        transition(id, "COMPLETED", null, 1).andExpect(status().isOk());
        String html = mvc.perform(in(TENANT, "psychologist", get("/api/investigations/{id}/report", id), null)
                        .header("Accept", "text/html"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'none'")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("<h1>Έκθεση κοινωνικής έρευνας</h1>", "<h2>Ευρήματα</h2>", "<h2>Συμπέρασμα</h2>")
                .contains("Ευαγγελία Κωστοπούλου", "30/06/1972", "Σύνθεση νοικοκυριού", "Ειρηνοδικείο Αθηνών")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; αυλή<br>", "&quot;A&quot; &lt;b&gt;")
                .doesNotContain("<script>", "<b>");
        assertThat(jdbc.queryForObject("select count(*) from t_investigations_here.audit_event where record_id = ? "
                + "and action = 'READ'", Integer.class, id)).isEqualTo(1);
    }

    @Test
    void refusesBadInputInGreekAndEnglish() throws Exception {
        mvc.perform(in(TENANT, "social-worker", post("/api/investigations"),
                        open(person, null).replace("Ειρηνοδικείο Αθηνών", " ")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("requestedBy"))
                .andExpect(jsonPath("$.errors[0].message").value("δεν μπορεί να είναι κενό"));
        mvc.perform(in(TENANT, "social-worker", post("/api/investigations"),
                        open(person, null).replace("Ειρηνοδικείο Αθηνών", " ")).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be blank"));
        mvc.perform(in(TENANT, "social-worker", post("/api/investigations"),
                        open(person, null).replace("HOUSEHOLD_COMPOSITION", "ASTROLOGY")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(in(TENANT, "social-worker", post("/api/investigations"),
                        open(person, null).replace("2026-02-09", "2026-01-20")).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("homeVisitOn"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be before the date requested"));
        mvc.perform(in(TENANT, "social-worker", post("/api/investigations"),
                        open(person, null).replace("2026-02-02", "2999-01-01")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("requestedOn"))
                .andExpect(jsonPath("$.errors[0].message").value("δεν μπορεί να είναι πριν από τις προγραμματικές περιόδους ούτε στο μέλλον"));
    }

    @Test
    void answersARequestOfTheSamePersonOnly() throws Exception {
        String request = JsonPath.read(mvc.perform(in(TENANT, "social-worker", post("/api/requests"), """
                        {"beneficiaryId":"%s","type":"INFORMATION","channel":"WALK_IN","receivedOn":"2026-02-01",
                         "description":"Αίτημα εισαγγελίας."}""".formatted(person)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(in(TENANT, "social-worker", post("/api/investigations"), open(person, request)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.requestId").value(request));
        String someoneElse = registerPerson(TENANT, "Στέλιος", "Νικολάου", "1980-01-01");
        mvc.perform(in(TENANT, "social-worker", post("/api/investigations"), open(someoneElse, request))
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("requestId"))
                .andExpect(jsonPath("$.errors[0].message").value("is a request of another person"));
        mvc.perform(in(TENANT, "social-worker", get("/api/investigations").param("request", request), null))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void psychologistsOnlyReadAndAdministrativeStaffSeeNothing() throws Exception {
        String id = open(person);
        mvc.perform(in(TENANT, "psychologist", post("/api/investigations"), open(person, null)))
                .andExpect(status().isForbidden());
        mvc.perform(in(TENANT, "psychologist", put("/api/investigations/{id}", id), change(FINDINGS, CONCLUSION, 0)))
                .andExpect(status().isForbidden());
        mvc.perform(in(TENANT, "psychologist", get("/api/investigations"), null)).andExpect(status().isOk());
        mvc.perform(in(TENANT, "admin-staff", get("/api/investigations/{id}", id), null))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(in(TENANT, "admin-staff", get("/api/investigations"), null)).andExpect(status().isForbidden());
        mvc.perform(in(TENANT, "admin-staff", get("/api/investigations/{id}/report", id), null))
                .andExpect(status().isForbidden());
    }

    @Test
    void anotherCentresInvestigationIsNotFoundAndNeverShown() throws Exception {
        String id = open(person);
        write(id, FINDINGS, CONCLUSION, 0).andExpect(status().isOk());
        transition(id, "COMPLETED", null, 1).andExpect(status().isOk());
        mvc.perform(in(OTHER, "social-worker", get("/api/investigations/{id}", id), null))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Ειρηνοδικείο"))));
        mvc.perform(in(OTHER, "social-worker", get("/api/investigations/{id}/report", id), null))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Κωστοπούλου"))));
        mvc.perform(in(OTHER, "social-worker", put("/api/investigations/{id}", id), change(FINDINGS, CONCLUSION, 2)))
                .andExpect(status().isNotFound());
        mvc.perform(in(OTHER, "social-worker", post("/api/investigations/{id}/transitions", id),
                        "{\"to\":\"CANCELLED\",\"reason\":\"x\",\"version\":2}"))
                .andExpect(status().isNotFound());
        mvc.perform(in(OTHER, "social-worker", get("/api/investigations"), null))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(in(OTHER, "social-worker", post("/api/investigations"), open(person, null)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aStaleEditOrTransitionIsAConflictWithTheCurrentVersion() throws Exception {
        String id = open(person);
        write(id, FINDINGS, null, 0).andExpect(status().isOk());
        write(id, FINDINGS, CONCLUSION, 0).andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1));
        transition(id, "CANCELLED", "Ανακλήθηκε.", 0).andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1));
    }

    @Test
    void filtersByStatusKindPersonAndRequestedDate() throws Exception {
        String tenant = "investigations-filtered";
        provision(tenant);
        String first = registerPerson(tenant, "Άννα", "Μαρκάκη", "1990-01-01");
        String second = registerPerson(tenant, "Νίκος", "Μαρκάκης", "1988-01-01");
        mvc.perform(in(tenant, "social-worker", post("/api/investigations"), open(first, null)))
                .andExpect(status().isCreated());
        mvc.perform(in(tenant, "social-worker", post("/api/investigations"), open(second, null)
                        .replace("HOUSEHOLD_COMPOSITION", "ELECTRICITY_SUPPLY").replace("2026-02-02", "2026-03-03")
                        .replace("2026-02-09", "2026-03-09")))
                .andExpect(status().isCreated());
        mvc.perform(in(tenant, "social-worker", get("/api/investigations").param("kind", "ELECTRICITY_SUPPLY"), null))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].beneficiaryId").value(second));
        mvc.perform(in(tenant, "social-worker", get("/api/investigations").param("beneficiary", first), null))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(in(tenant, "social-worker", get("/api/investigations").param("status", "OPEN"), null))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].requestedOn").value("2026-03-03"));
        mvc.perform(in(tenant, "social-worker", get("/api/investigations").param("from", "2026-02-01")
                        .param("to", "2026-02-28"), null))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].beneficiaryId").value(first));
        mvc.perform(in(tenant, "social-worker", get("/api/investigations").param("size", "1").param("page", "1"),
                        null))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].requestedOn").value("2026-02-02"));
        mvc.perform(in(tenant, "social-worker", get("/api/investigations").param("from", "2026-02-01")
                        .param("to", "2026-01-01"), null).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
    }

    private static String open(String beneficiary, String request) {
        return """
                {"beneficiaryId":"%s","requestId":%s,"kind":"HOUSEHOLD_COMPOSITION",
                 "requestedBy":"Ειρηνοδικείο Αθηνών","requestedOn":"2026-02-02","homeVisitOn":"2026-02-09"}"""
                .formatted(beneficiary, request == null ? "null" : "\"" + request + "\"");
    }

    private String open(String beneficiary) throws Exception {
        String body = mvc.perform(in(TENANT, "social-worker", post("/api/investigations"), open(beneficiary, null)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private static String change(String findings, String conclusion, long version) {
        return """
                {"kind":"HOUSEHOLD_COMPOSITION","requestedBy":"Ειρηνοδικείο Αθηνών","requestedOn":"2026-02-02",
                 "homeVisitOn":"2026-02-09","findings":%s,"conclusion":%s,"version":%d}"""
                .formatted(json(findings), json(conclusion), version);
    }

    private static String json(String text) {
        return text == null ? "null" : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"")
                .replace("\n", "\\n") + "\"";
    }

    private ResultActions write(String id, String findings, String conclusion, long version) throws Exception {
        return mvc.perform(in(TENANT, "social-worker", put("/api/investigations/{id}", id),
                change(findings, conclusion, version)));
    }

    private ResultActions transition(String id, String to, String reason, long version) throws Exception {
        String json = reason == null ? "{\"to\":\"%s\",\"version\":%d}".formatted(to, version)
                : "{\"to\":\"%s\",\"reason\":\"%s\",\"version\":%d}".formatted(to, reason, version);
        return mvc.perform(in(TENANT, "social-worker", post("/api/investigations/{id}/transitions", id), json));
    }
}
