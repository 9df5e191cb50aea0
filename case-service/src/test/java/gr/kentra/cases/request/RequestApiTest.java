package gr.kentra.cases.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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

@RecordApplicationEvents
class RequestApiTest extends CaseServiceIntegrationTest {

    private static final String TENANT = "requests-here";
    private static final String OTHER = "requests-there";

    @Autowired
    ApplicationEvents events;

    private String person;
    /** The centre the helpers work in; the filter test counts, so it gets a centre of its own. */
    private String tenant = TENANT;

    @BeforeEach
    void person() throws Exception {
        provision(TENANT);
        provision(OTHER);
        person = registerPerson(TENANT, "Αικατερίνη", "Παππά", "1961-04-12");
    }

    @Test
    void registersARequestAsReceivedAndPublishesRequestOpened() throws Exception {
        mvc.perform(in(TENANT, "admin-staff", post("/api/requests"), request(person, "HOUSING_ALLOWANCE", "2026-01-15")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/requests/")))
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.next[0]").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.registeredBy").value("maria"))
                .andExpect(jsonPath("$.channel").value("WALK_IN"))
                .andExpect(jsonPath("$.version").value(0));
        assertThat(events.stream(RequestOpened.class)).singleElement().satisfies(opened -> {
            assertThat(opened.beneficiaryId()).isEqualTo(UUID.fromString(person));
            assertThat(opened.type()).isEqualTo("HOUSING_ALLOWANCE");
            assertThat(opened.channel()).isEqualTo(Channel.WALK_IN);
            assertThat(opened.receivedOn()).isEqualTo(LocalDate.parse("2026-01-15"));
        });
    }

    @Test
    void movesARequestThroughItsWorkflowAndPublishesRequestClosed() throws Exception {
        String id = register(person, "GMI_APPLICATION", "2026-01-15");
        transition(id, "IN_PROGRESS", null, 0).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.next.length()").value(3))
                .andExpect(jsonPath("$.closedOn").doesNotExist());
        assertThat(events.stream(RequestClosed.class)).isEmpty();
        String today = LocalDate.now(ZoneId.of("Europe/Athens")).toString();
        transition(id, "COMPLETED", "Η αίτηση υποβλήθηκε.", 1).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.outcome").value("Η αίτηση υποβλήθηκε."))
                .andExpect(jsonPath("$.closedOn").value(today))
                .andExpect(jsonPath("$.next").isEmpty());
        assertThat(events.stream(RequestClosed.class)).singleElement().satisfies(closed -> {
            assertThat(closed.requestId()).isEqualTo(UUID.fromString(id));
            assertThat(closed.status()).isEqualTo(RequestStatus.COMPLETED);
            assertThat(closed.type()).isEqualTo("GMI_APPLICATION");
            assertThat(closed.closedOn()).isEqualTo(LocalDate.parse(today));
        });
        mvc.perform(in(TENANT, "psychologist", get("/api/requests/{id}", id), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"));
        assertThat(jdbc.queryForList("select action from t_requests_here.audit_event where record_type = 'REQUEST' "
                + "and record_id = ? order by occurred_at", String.class, id))
                .containsExactly("CREATE", "UPDATE", "UPDATE", "READ");
    }

    @Test
    void refusesAnIllegalTransitionNamingTheAllowedStates() throws Exception {
        String id = register(person, "INFORMATION", "2026-01-15");
        transition(id, "COMPLETED", "Δόθηκαν πληροφορίες.", 0)
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.currentStatus").value("RECEIVED"))
                .andExpect(jsonPath("$.allowed[0]").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.detail").value(containsString("IN_PROGRESS")));
        transition(id, "IN_PROGRESS", null, 0).andExpect(status().isOk());
        transition(id, "REJECTED", "Εκτός αρμοδιότητας.", 1).andExpect(status().isOk());
        mvc.perform(in(TENANT, "social-worker", post("/api/requests/{id}/transitions", id),
                        "{\"to\":\"IN_PROGRESS\",\"version\":2}").header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.allowed").isEmpty())
                .andExpect(jsonPath("$.detail").value("A record in status REJECTED is closed and cannot go to IN_PROGRESS."));
    }

    @Test
    void closingNeedsAnOutcomeInGreekAndEnglish() throws Exception {
        String id = register(person, "INFORMATION", "2026-01-15");
        transition(id, "IN_PROGRESS", null, 0).andExpect(status().isOk());
        transition(id, "COMPLETED", " ", 1)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outcome"))
                .andExpect(jsonPath("$.errors[0].message").value("είναι υποχρεωτική για το κλείσιμο"));
        mvc.perform(in(TENANT, "social-worker", post("/api/requests/{id}/transitions", id),
                        "{\"to\":\"REJECTED\",\"version\":1}").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("is required to close"));
        mvc.perform(in(TENANT, "social-worker", get("/api/requests/{id}", id), null))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
    }

    @Test
    void refusesBadInputInGreekAndEnglish() throws Exception {
        String blank = request(person, "GOODS", "2026-01-15").replace("Χρειάζεται", " ").replace("τρόφιμα.", "");
        mvc.perform(in(TENANT, "social-worker", post("/api/requests"), blank))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("description"))
                .andExpect(jsonPath("$.errors[0].message").value("δεν μπορεί να είναι κενό"));
        mvc.perform(in(TENANT, "social-worker", post("/api/requests"), blank).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be blank"));
        mvc.perform(in(TENANT, "social-worker", post("/api/requests"),
                        request(person, "GOODS", "2026-01-15").replace("WALK_IN", "PIGEON")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("channel"));
        mvc.perform(in(TENANT, "social-worker", post("/api/requests"), request(person, "GOODS", "2999-01-01"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("receivedOn"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be before the programme periods nor in the future"));
        mvc.perform(in(TENANT, "social-worker", post("/api/requests"), request(person, "LOTTERY", "2026-01-15")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"))
                .andExpect(jsonPath("$.errors[0].message").value("δεν είναι είδος αιτήματος αυτού του κέντρου"));
        mvc.perform(in(TENANT, "coordinator", put("/api/request-types/GMI_AMENDMENT"), """
                        {"labelEl":"Τροποποίηση ΕΕΕ","labelEn":"GMI amendment","active":false,"version":0}"""))
                .andExpect(status().isOk());
        mvc.perform(in(TENANT, "social-worker", post("/api/requests"), request(person, "GMI_AMENDMENT", "2026-01-15"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"))
                .andExpect(jsonPath("$.errors[0].message").value("is a deactivated request type"));
        assertThat(events.stream(RequestOpened.class)).isEmpty();
    }

    @Test
    void aDeceasedOrErasedPersonGetsNoNewRequest() throws Exception {
        for (String status : new String[] {"DECEASED", "ERASED"}) {
            jdbc.update("update t_requests_here.beneficiary set status = ? where id = ?::uuid", status, person);
            mvc.perform(in(TENANT, "social-worker", post("/api/requests"), request(person, "GOODS", "2026-01-15"))
                            .header("Accept-Language", "en"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.beneficiaryStatus").value(status))
                    .andExpect(jsonPath("$.detail").value(containsString("no new requests")));
        }
        assertThat(events.stream(RequestOpened.class)).isEmpty();
    }

    @Test
    void adminStaffRegistersButNeitherEditsNorMovesRequestsAndPsychologistsOnlyRead() throws Exception {
        String id = register(person, "GOODS", "2026-01-15");
        transition(id, "IN_PROGRESS", null, 0, "admin-staff").andExpect(status().isForbidden());
        mvc.perform(in(TENANT, "admin-staff", put("/api/requests/{id}", id), change("GOODS", "nikos", 0)))
                .andExpect(status().isForbidden());
        mvc.perform(in(TENANT, "admin-staff", get("/api/requests/{id}", id), null)).andExpect(status().isOk());
        mvc.perform(in(TENANT, "psychologist", post("/api/requests"), request(person, "GOODS", "2026-01-15")))
                .andExpect(status().isForbidden());
        transition(id, "IN_PROGRESS", null, 0, "psychologist").andExpect(status().isForbidden());
        mvc.perform(in(TENANT, "psychologist", get("/api/requests"), null)).andExpect(status().isOk());
    }

    @Test
    void anotherCentresRequestIsNotFoundAndNeverShown() throws Exception {
        String id = register(person, "GOODS", "2026-01-15");
        mvc.perform(in(OTHER, "social-worker", get("/api/requests/{id}", id), null))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("τρόφιμα"))));
        mvc.perform(in(OTHER, "social-worker", put("/api/requests/{id}", id), change("GOODS", "nikos", 0)))
                .andExpect(status().isNotFound());
        mvc.perform(in(OTHER, "social-worker", post("/api/requests/{id}/transitions", id),
                        "{\"to\":\"IN_PROGRESS\",\"version\":0}"))
                .andExpect(status().isNotFound());
        mvc.perform(in(OTHER, "social-worker", get("/api/requests"), null))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(in(OTHER, "social-worker", post("/api/requests"), request(person, "GOODS", "2026-01-15")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aStaleEditOrTransitionIsAConflict() throws Exception {
        String id = register(person, "GOODS", "2026-01-15");
        mvc.perform(in(TENANT, "social-worker", put("/api/requests/{id}", id), change("GOODS", "nikos", 0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assignee").value("nikos"))
                .andExpect(jsonPath("$.channel").value("PHONE"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(in(TENANT, "social-worker", put("/api/requests/{id}", id), change("GOODS", "eleni", 0)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1));
        transition(id, "IN_PROGRESS", null, 0)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1));
    }

    @Test
    void filtersByStatusTypeAssigneePersonAndReceivedDateAndPages() throws Exception {
        tenant = "requests-filtered";
        provision(tenant);
        person = registerPerson(tenant, "Αικατερίνη", "Παππά", "1961-04-12");
        String other = registerPerson(tenant, "Γεώργιος", "Λάμπρου", "1955-02-02");
        String first = register(person, "GOODS", "2026-01-10");
        register(person, "HOUSING_ALLOWANCE", "2026-02-10");
        register(other, "GOODS", "2026-03-10");
        mvc.perform(in(tenant, "social-worker", put("/api/requests/{id}", first), change("GOODS", "nikos", 0)))
                .andExpect(status().isOk());
        transition(first, "IN_PROGRESS", null, 1).andExpect(status().isOk());
        list("status", "IN_PROGRESS").andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(first));
        list("type", "GOODS").andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].receivedOn").value("2026-03-10"));
        list("assignee", "nikos").andExpect(jsonPath("$.total").value(1));
        list("beneficiary", other).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].beneficiaryId").value(other));
        mvc.perform(in(tenant, "social-worker", get("/api/requests").param("from", "2026-02-01")
                        .param("to", "2026-02-28"), null))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].type").value("HOUSING_ALLOWANCE"));
        mvc.perform(in(tenant, "social-worker", get("/api/requests").param("size", "2").param("page", "1"), null))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].receivedOn").value("2026-01-15"));
        mvc.perform(in(tenant, "social-worker", get("/api/requests").param("from", "2026-02-01")
                        .param("to", "2026-01-01"), null).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message").value("must be on or after the start date"));
        mvc.perform(in(tenant, "social-worker", get("/api/requests").param("status", "LOST"), null))
                .andExpect(status().isBadRequest());
    }

    private String request(String beneficiary, String type, String receivedOn) {
        return """
                {"beneficiaryId":"%s","type":"%s","channel":"WALK_IN","receivedOn":"%s",
                 "description":"Χρειάζεται τρόφιμα."}""".formatted(beneficiary, type, receivedOn);
    }

    private static String change(String type, String assignee, long version) {
        return """
                {"type":"%s","channel":"PHONE","receivedOn":"2026-01-15","description":"Χρειάζεται τρόφιμα.",
                 "assignee":"%s","version":%d}""".formatted(type, assignee, version);
    }

    private String register(String beneficiary, String type, String receivedOn) throws Exception {
        String body = mvc.perform(in(tenant, "social-worker", post("/api/requests"),
                        request(beneficiary, type, receivedOn)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private org.springframework.test.web.servlet.ResultActions transition(String id, String to, String outcome,
            long version) throws Exception {
        return transition(id, to, outcome, version, "social-worker");
    }

    private org.springframework.test.web.servlet.ResultActions transition(String id, String to, String outcome,
            long version, String role) throws Exception {
        String json = outcome == null ? "{\"to\":\"%s\",\"version\":%d}".formatted(to, version)
                : "{\"to\":\"%s\",\"outcome\":\"%s\",\"version\":%d}".formatted(to, outcome, version);
        return mvc.perform(in(tenant, role, post("/api/requests/{id}/transitions", id), json));
    }

    private org.springframework.test.web.servlet.ResultActions list(String filter, String value) throws Exception {
        return mvc.perform(in(tenant, "social-worker", get("/api/requests").param(filter, value), null))
                .andExpect(status().isOk());
    }
}
