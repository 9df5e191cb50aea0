package gr.kentra.cases.homeless;

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
class HomelessRegisterApiTest extends CaseServiceIntegrationTest {

    private static final String TENANT = "homeless-here";
    private static final String OTHER = "homeless-there";
    private static final String WHEREABOUTS = "Πλατεία Δημαρχείου, τα πρωινά στο παντοπωλείο.";

    @Autowired
    ApplicationEvents events;

    private String person;

    @BeforeEach
    void person() throws Exception {
        provision(TENANT);
        provision(OTHER);
        person = registerPerson(TENANT, "Δημήτρης", "Σταυρόπουλος", "1966-11-03");
    }

    @Test
    void entersAPersonAsActiveAndPublishesHomelessRegistered() throws Exception {
        String body = mvc.perform(in(TENANT, "social-worker", post("/api/homeless-register"), entry(person, null)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/homeless-register/")))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.statusOn").value("2026-02-01"))
                .andExpect(jsonPath("$.situation").value("ROOFLESS"))
                .andExpect(jsonPath("$.whereabouts").value(WHEREABOUTS))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        assertThat(events.stream(HomelessRegistered.class)).singleElement().satisfies(registered -> {
            assertThat(registered.entryId()).isEqualTo(UUID.fromString(id));
            assertThat(registered.beneficiaryId()).isEqualTo(UUID.fromString(person));
            assertThat(registered.situation()).isEqualTo(HomelessSituation.ROOFLESS);
            assertThat(registered.registeredOn()).isEqualTo(LocalDate.parse("2026-02-01"));
        });
        mvc.perform(in(TENANT, "psychologist", get("/api/homeless-register/{id}", id), null))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForList("select action from t_homeless_here.audit_event where record_type = "
                + "'HOMELESS_REGISTER_ENTRY' and record_id = ? order by occurred_at", String.class, id))
                .containsExactly("CREATE", "READ");
    }

    @Test
    void aSecondActiveEntryIsAConflictLinkingTheFirst() throws Exception {
        String first = register(person, null);
        mvc.perform(in(TENANT, "coordinator", post("/api/homeless-register"), entry(person, null))
                        .header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.existingId").value(first))
                .andExpect(jsonPath("$.existing").value("/api/homeless-register/" + first))
                .andExpect(jsonPath("$.detail").value("This person already has an active entry in the homeless register."));
        change(first, "HOUSED", "2026-04-01", 0).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("HOUSED"))
                .andExpect(jsonPath("$.statusOn").value("2026-04-01"));
        String second = register(person, null);
        change(first, "ACTIVE", null, 1).andExpect(status().isConflict())
                .andExpect(jsonPath("$.existingId").value(second));
        assertThat(events.stream(HomelessRegistered.class)).hasSize(2);
    }

    @Test
    void aStatusChangeWithoutADateTakesEffectTodayAndNeverBeforeRegistration() throws Exception {
        String id = register(person, null);
        change(id, "LOST_CONTACT", null, 0).andExpect(status().isOk())
                .andExpect(jsonPath("$.statusOn").value(LocalDate.now(ZoneId.of("Europe/Athens")).toString()));
        change(id, "DECEASED", "2026-01-01", 1).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("statusOn"))
                .andExpect(jsonPath("$.errors[0].message").value("δεν μπορεί να είναι πριν από την ημερομηνία εγγραφής"));
    }

    @Test
    void refersToAShelterOfThePartnerDirectory() throws Exception {
        String shelter = JsonPath.read(mvc.perform(in(TENANT, "social-worker", post("/api/partners"),
                        "{\"name\":\"Ξενώνας Αστέγων\",\"kind\":\"NGO\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String id = register(person, shelter);
        mvc.perform(in(TENANT, "social-worker", get("/api/homeless-register").param("shelter", shelter), null))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[0].shelterPartnerId").value(shelter));
        mvc.perform(in(TENANT, "social-worker", post("/api/homeless-register"),
                        entry(registerPerson(TENANT, "Άλλος", "Άνθρωπος", "1970-01-01"), UUID.randomUUID().toString())))
                .andExpect(status().isNotFound());
    }

    @Test
    void refusesBadInputInGreekAndEnglish() throws Exception {
        mvc.perform(in(TENANT, "social-worker", post("/api/homeless-register"),
                        entry(person, null).replace(WHEREABOUTS, "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("whereabouts"))
                .andExpect(jsonPath("$.errors[0].message").value("δεν μπορεί να είναι κενό"));
        mvc.perform(in(TENANT, "social-worker", post("/api/homeless-register"),
                        entry(person, null).replace(WHEREABOUTS, "")).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be blank"));
        mvc.perform(in(TENANT, "social-worker", post("/api/homeless-register"),
                        entry(person, null).replace("ROOFLESS", "ON_A_BOAT")).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("situation"))
                .andExpect(jsonPath("$.errors[0].message").value("has an unknown value"));
        mvc.perform(in(TENANT, "social-worker", post("/api/homeless-register"),
                        entry(person, null).replace("2026-02-01", "2999-02-01")).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("registeredOn"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be before the programme periods nor in the future"));
        assertThat(events.stream(HomelessRegistered.class)).isEmpty();
    }

    @Test
    void psychologistsOnlyReadAndAdministrativeStaffSeeNothing() throws Exception {
        String id = register(person, null);
        mvc.perform(in(TENANT, "psychologist", post("/api/homeless-register"), entry(person, null)))
                .andExpect(status().isForbidden());
        mvc.perform(in(TENANT, "psychologist", put("/api/homeless-register/{id}", id), changeJson("HOUSED", null, 0)))
                .andExpect(status().isForbidden());
        mvc.perform(in(TENANT, "psychologist", get("/api/homeless-register"), null)).andExpect(status().isOk());
        mvc.perform(in(TENANT, "admin-staff", get("/api/homeless-register/{id}", id), null))
                .andExpect(status().isForbidden());
        mvc.perform(in(TENANT, "admin-staff", post("/api/homeless-register"), entry(person, null)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anotherCentresEntryIsNotFoundAndNeverShown() throws Exception {
        String id = register(person, null);
        mvc.perform(in(OTHER, "social-worker", get("/api/homeless-register/{id}", id), null))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Δημαρχείου"))));
        mvc.perform(in(OTHER, "social-worker", put("/api/homeless-register/{id}", id), changeJson("HOUSED", null, 0)))
                .andExpect(status().isNotFound());
        mvc.perform(in(OTHER, "social-worker", get("/api/homeless-register"), null))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(in(OTHER, "social-worker", post("/api/homeless-register"), entry(person, null)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aStaleEditIsAConflictWithTheCurrentVersion() throws Exception {
        String id = register(person, null);
        change(id, "LOST_CONTACT", null, 0).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        change(id, "HOUSED", null, 0).andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1));
    }

    @Test
    void filtersByStatusSituationPersonAndRegisteredDate() throws Exception {
        String tenant = "homeless-filtered";
        provision(tenant);
        String first = registerPerson(tenant, "Άννα", "Μαρκάκη", "1990-01-01");
        String second = registerPerson(tenant, "Νίκος", "Μαρκάκης", "1988-01-01");
        mvc.perform(in(tenant, "social-worker", post("/api/homeless-register"), entry(first, null)))
                .andExpect(status().isCreated());
        mvc.perform(in(tenant, "social-worker", post("/api/homeless-register"), entry(second, null)
                        .replace("ROOFLESS", "INSECURE_HOUSING").replace("2026-02-01", "2026-03-05")))
                .andExpect(status().isCreated());
        mvc.perform(in(tenant, "social-worker", get("/api/homeless-register").param("situation", "INSECURE_HOUSING"),
                        null))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].beneficiaryId").value(second));
        mvc.perform(in(tenant, "social-worker", get("/api/homeless-register").param("status", "ACTIVE"), null))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].registeredOn").value("2026-03-05"));
        mvc.perform(in(tenant, "social-worker", get("/api/homeless-register").param("beneficiary", first)
                        .param("from", "2026-01-01").param("to", "2026-02-28"), null))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(in(tenant, "social-worker", get("/api/homeless-register").param("status", "HOUSED"), null))
                .andExpect(jsonPath("$.total").value(0));
    }

    private static String entry(String beneficiary, String shelter) {
        return """
                {"beneficiaryId":"%s","situation":"ROOFLESS","registeredOn":"2026-02-01","whereabouts":"%s",
                 "shelterPartnerId":%s}""".formatted(beneficiary, WHEREABOUTS,
                shelter == null ? "null" : "\"" + shelter + "\"");
    }

    private String register(String beneficiary, String shelter) throws Exception {
        String body = mvc.perform(in(TENANT, "social-worker", post("/api/homeless-register"),
                        entry(beneficiary, shelter)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private static String changeJson(String status, String statusOn, long version) {
        return """
                {"situation":"ROOFLESS","registeredOn":"2026-02-01","whereabouts":"%s","shelterPartnerId":null,
                 "status":"%s","statusOn":%s,"version":%d}""".formatted(WHEREABOUTS, status,
                statusOn == null ? "null" : "\"" + statusOn + "\"", version);
    }

    private ResultActions change(String id, String status, String statusOn, long version) throws Exception {
        return mvc.perform(in(TENANT, "social-worker", put("/api/homeless-register/{id}", id),
                changeJson(status, statusOn, version)));
    }
}
