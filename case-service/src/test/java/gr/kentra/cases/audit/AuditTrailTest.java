package gr.kentra.cases.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

class AuditTrailTest extends CaseServiceIntegrationTest {

    private static final String TENANT = "audit-here";
    private static final String OTHER = "audit-there";

    @org.springframework.beans.factory.annotation.Autowired
    private AuditTrail trail;

    @BeforeEach
    void centres() throws Exception {
        provision(TENANT);
        provision(OTHER);
    }

    @Test
    void recordsWhoReadAndChangedWhichFieldsButNeverTheValues() throws Exception {
        String person = registerPerson(TENANT, "Θεοδώρα", "Καλλέργη", "1966-06-06");
        mvc.perform(in(TENANT, "social-worker", get("/api/beneficiaries/{id}", person), null)
                .header(AuditTrail.REASON_HEADER, "%CE%B1%CE%AF%CF%84%CE%B7%CE%BC%CE%B1")).andExpect(status().isOk());
        mvc.perform(in(TENANT, "social-worker", put("/api/beneficiaries/{id}", person), """
                {"firstName":"Θεοδώρα","lastName":"Καλλέργη","dateOfBirth":"1966-06-06","gender":"FEMALE",
                 "status":"ACTIVE","phone":"6970001122","address":"Οδός Ρόδων 3","version":0}"""))
                .andExpect(status().isOk());
        String body = mvc.perform(in(TENANT, "coordinator", get("/api/audit").param("beneficiary", person), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(body, "$.items[*].action")).containsExactly("UPDATE", "READ", "CREATE");
        assertThat(JsonPath.<List<String>>read(body, "$.items[0].fields")).containsExactlyInAnyOrder("phone", "address");
        assertThat(JsonPath.<String>read(body, "$.items[1].reason")).isEqualTo("αίτημα");
        assertThat(JsonPath.<List<String>>read(body, "$.items[*].actor")).containsOnly("maria");
        assertThat(body).doesNotContain("6970001122", "Ρόδων", "Καλλέργη");
    }

    @Test
    void auditsEveryPartOfTheRecordCard() throws Exception {
        String person = registerPerson(TENANT, "Ζωή", "Αγγέλου", "1977-07-07");
        mvc.perform(in(TENANT, "social-worker", get("/api/beneficiaries/{b}/household", person), null));
        mvc.perform(in(TENANT, "social-worker", get("/api/beneficiaries/{b}/social-history", person), null));
        mvc.perform(in(TENANT, "social-worker", get("/api/beneficiaries/{b}/assessments", person), null));
        mvc.perform(in(TENANT, "social-worker", get("/api/beneficiaries", person).param("q", "αγγελου"), null));
        String body = mvc.perform(in(TENANT, "coordinator", get("/api/audit").param("beneficiary", person), null))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(body, "$.items[*].recordType")).contains("HOUSEHOLD_MEMBER",
                "SOCIAL_HISTORY", "NEEDS_ASSESSMENT", "BENEFICIARY");
        assertThat(JsonPath.<List<String>>read(body, "$.items[*].action")).contains("SEARCH", "READ", "CREATE");
    }

    @Test
    void pagesAndFiltersByDay() throws Exception {
        String person = registerPerson(TENANT, "Ρένα", "Σιδέρη", "1977-07-07");
        for (int i = 0; i < 3; i++) {
            mvc.perform(in(TENANT, "social-worker", get("/api/beneficiaries/{id}", person), null));
        }
        mvc.perform(in(TENANT, "coordinator", get("/api/audit").param("beneficiary", person)
                        .param("page", "1").param("size", "3"), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].action").value("CREATE"));
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Athens"));
        mvc.perform(in(TENANT, "coordinator", get("/api/audit").param("beneficiary", person)
                        .param("from", today.plusDays(1).toString()), null))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(in(TENANT, "coordinator", get("/api/audit").param("beneficiary", person)
                        .param("from", today.toString()).param("to", today.toString()), null))
                .andExpect(jsonPath("$.total").value(4));
    }

    @Test
    void refusesAnInvertedRangeOrABadDateInGreekAndEnglish() throws Exception {
        mvc.perform(in(TENANT, "coordinator", get("/api/audit").param("from", "2026-02-01").param("to", "2026-01-01"), null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message").value("πρέπει να είναι ίδια ή μεταγενέστερη της αρχής"));
        mvc.perform(in(TENANT, "coordinator", get("/api/audit").param("from", "2026-02-01").param("to", "2026-01-01"), null)
                        .header("Accept-Language", "en"))
                .andExpect(jsonPath("$.errors[0].message").value("must be on or after the start"));
        mvc.perform(in(TENANT, "coordinator", get("/api/audit").param("from", "yesterday"), null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void anotherCentresPersonIsNotFoundAndTheirEventsStayThere() throws Exception {
        String foreigner = registerPerson(OTHER, "Ρένα", "Ξένη", "1977-07-07");
        mvc.perform(in(TENANT, "coordinator", get("/api/audit").param("beneficiary", foreigner), null))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from t_audit_here.audit_event where beneficiary_id = ?::uuid",
                Integer.class, foreigner)).isZero();
    }

    @Test
    void isWrittenOnlyInsideTheTransactionOfTheChange() {
        assertThatThrownBy(() -> trail.read(java.util.UUID.randomUUID(), RecordType.BENEFICIARY, null))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }

    @Test
    void onlyCoordinatorsReadTheTrail() throws Exception {
        for (String role : List.of("social-worker", "psychologist", "admin-staff")) {
            mvc.perform(in(TENANT, role, get("/api/audit"), null)).andExpect(status().isForbidden());
        }
    }

    @Test
    void theTableRefusesUpdateDeleteAndTruncateEvenForASuperuser() throws Exception {
        registerPerson(TENANT, "Άρτεμις", "Νάκου", "1977-07-07");
        assertThat(jdbc.queryForObject("select rolsuper from pg_roles where rolname = current_user", Boolean.class))
                .as("the test database user is a superuser").isTrue();
        assertThatThrownBy(() -> jdbc.update("update t_audit_here.audit_event set actor = 'someone-else'"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from t_audit_here.audit_event"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate t_audit_here.audit_event"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from t_audit_here.audit_event where actor = 'maria'",
                Integer.class)).isPositive();
    }
}
