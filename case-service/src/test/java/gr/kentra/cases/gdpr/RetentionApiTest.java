package gr.kentra.cases.gdpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Dates are moved into the past with SQL: the API only records what happens today. */
class RetentionApiTest extends CaseServiceIntegrationTest {

    private static final AtomicInteger CENTRES = new AtomicInteger();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Athens"));

    private String tenant;
    private String schema;

    @BeforeEach
    void centre() throws Exception {
        tenant = "gdpr-retention-" + CENTRES.incrementAndGet();
        schema = "t_" + tenant.replace('-', '_');
        provision(tenant);
    }

    @Test
    void listsPeopleInactiveForFiveYearsOldestActivityFirst() throws Exception {
        String forgotten = person("Ξεχασμένη", TODAY.minusYears(7));
        String lateRequest = person("Παλιά", TODAY.minusYears(9));
        request(lateRequest, TODAY.minusYears(6));
        String stillServed = person("Ενεργή", TODAY.minusYears(9));
        request(stillServed, TODAY.minusYears(2));
        String counselled = person("Συνεδρία", TODAY.minusYears(9));
        session(counselled, TODAY.minusYears(4));
        String written = person("Ιστορικό", TODAY.minusYears(9));
        jdbc.update("insert into " + schema + ".social_history_version (id, beneficiary_id, version, text,"
                + " written_at, written_by) values (gen_random_uuid(), ?::uuid, 1, 'Κείμενο.', now(), 'maria')", written);
        person("Νέα", TODAY.minusMonths(3));
        person("Οριακή", TODAY.minusYears(5).plusDays(1));

        mvc.perform(in(tenant, "coordinator", get("/api/beneficiaries/retention-due"), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inactiveYears").value(5))
                .andExpect(jsonPath("$.inactiveSince").value(TODAY.minusYears(5).toString()))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].id").value(forgotten))
                .andExpect(jsonPath("$.items[0].lastActivity").value(TODAY.minusYears(7).toString()))
                .andExpect(jsonPath("$.items[0].firstName").value("Ξεχασμένη"))
                .andExpect(jsonPath("$.items[1].id").value(lateRequest))
                .andExpect(jsonPath("$.items[1].lastActivity").value(TODAY.minusYears(6).toString()))
                .andExpect(jsonPath("$.items[1].registeredOn").value(TODAY.minusYears(9).toString()));
        mvc.perform(in(tenant, "coordinator", get("/api/beneficiaries/retention-due").param("page", "1")
                        .param("size", "1"), null))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(lateRequest))
                .andExpect(jsonPath("$.total").value(2));
    }

    @Test
    void anErasedPersonIsNoLongerDue() throws Exception {
        String forgotten = person("Ξεχασμένη", TODAY.minusYears(7));
        mvc.perform(in(tenant, "coordinator", get("/api/beneficiaries/retention-due"), null))
                .andExpect(jsonPath("$.items[0].id").value(forgotten));
        mvc.perform(in(tenant, "coordinator", delete("/api/beneficiaries/{b}", forgotten),
                        "{\"reason\":\"Ανενεργός φάκελος πέραν της πενταετίας\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(in(tenant, "coordinator", get("/api/beneficiaries/retention-due"), null))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void theListIsAuditedAsSearchHits() throws Exception {
        String forgotten = person("Ξεχασμένη", TODAY.minusYears(7));
        mvc.perform(in(tenant, "coordinator", get("/api/beneficiaries/retention-due"), null))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from " + schema
                + ".audit_event where action = 'SEARCH' and beneficiary_id = ?::uuid", Integer.class, forgotten))
                .isEqualTo(1);
    }

    @Test
    void onlyACoordinatorSeesTheList() throws Exception {
        for (String role : new String[] {"social-worker", "psychologist", "admin-staff"}) {
            mvc.perform(in(tenant, role, get("/api/beneficiaries/retention-due"), null))
                    .andExpect(status().isForbidden());
        }
    }

    /** Registers a person and moves the registration to {@code registeredOn}. */
    private String person(String firstName, LocalDate registeredOn) throws Exception {
        String id = registerPerson(tenant, firstName, "Δοκιμαστική", "1960-01-01");
        jdbc.update("update " + schema + ".beneficiary set registered_at = (?::date + time '10:00')"
                + " at time zone 'Europe/Athens' where id = ?::uuid", registeredOn.toString(), id);
        return id;
    }

    private void request(String person, LocalDate receivedOn) {
        jdbc.update("insert into " + schema + ".service_request (id, beneficiary_id, type_code, channel, received_on,"
                + " description, status, registered_by, registered_at, version) values (gen_random_uuid(), ?::uuid,"
                + " 'GOODS', 'WALK_IN', ?::date, 'Τρόφιμα.', 'RECEIVED', 'maria', now(), 0)", person,
                receivedOn.toString());
    }

    private void session(String person, LocalDate heldOn) {
        UUID session = UUID.randomUUID();
        jdbc.update("insert into " + schema + ".counselling_session (id, type, held_on, duration_minutes, topic,"
                + " author, recorded_at, version) values (?, 'INDIVIDUAL', ?::date, 45, 'GRIEF', 'eleni', now(), 0)",
                session, heldOn.toString());
        jdbc.update("insert into " + schema + ".counselling_session_participant (session_id, beneficiary_id)"
                + " values (?, ?::uuid)", session, person);
    }
}
