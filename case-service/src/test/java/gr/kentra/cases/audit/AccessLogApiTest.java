package gr.kentra.cases.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Who saw this record": the person's slice of the audit trail, for the coordinator only, in their centre. */
class AccessLogApiTest extends CaseServiceIntegrationTest {

    private static final String TENANT = "access-log-here";
    private static final String OTHER = "access-log-there";

    @BeforeEach
    void centres() throws Exception {
        provision(TENANT);
        provision(OTHER);
    }

    @Test
    void tellsTheCoordinatorWhoViewedAndChangedTheRecordNewestFirst() throws Exception {
        String person = registerPerson(TENANT, "Ασπασία", "Μαυρίδη", "1971-02-03");
        String other = registerPerson(TENANT, "Κλεάνθης", "Ρήγας", "1969-04-05");
        mvc.perform(in(TENANT, "social-worker", get("/api/beneficiaries/{id}", person), null))
                .andExpect(status().isOk());
        mvc.perform(in(TENANT, "social-worker", put("/api/beneficiaries/{id}", person), """
                {"firstName":"Ασπασία","lastName":"Μαυρίδη","dateOfBirth":"1971-02-03","gender":"FEMALE",
                 "status":"ACTIVE","phone":"6970009988","version":0}""")).andExpect(status().isOk());
        mvc.perform(in(TENANT, "social-worker", get("/api/beneficiaries/{id}", other), null))
                .andExpect(status().isOk());

        String body = mvc.perform(in(TENANT, "coordinator", get("/api/beneficiaries/{id}/access-log", person), null))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(JsonPath.<Integer>read(body, "$.total")).isEqualTo(3);
        assertThat(JsonPath.<List<String>>read(body, "$.items[*].action")).containsExactly("UPDATE", "READ", "CREATE");
        assertThat(JsonPath.<List<String>>read(body, "$.items[*].recordType")).containsOnly("BENEFICIARY");
        assertThat(JsonPath.<List<String>>read(body, "$.items[*].actor")).containsOnly("maria");
        assertThat(JsonPath.<List<String>>read(body, "$.items[*].occurredAt")).allSatisfy(t -> assertThat(t).isNotBlank());
        assertThat(body).doesNotContain("6970009988", "Μαυρίδη", "Ρήγας");
    }

    @Test
    void pagesLikeOtherLists() throws Exception {
        String person = registerPerson(TENANT, "Δανάη", "Φωτίου", "1980-08-08");
        for (int i = 0; i < 2; i++) {
            mvc.perform(in(TENANT, "social-worker", get("/api/beneficiaries/{id}", person), null));
        }
        String body = mvc.perform(in(TENANT, "coordinator", get("/api/beneficiaries/{id}/access-log", person)
                        .param("page", "1").param("size", "2"), null))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<Integer>read(body, "$.total")).isEqualTo(3);
        assertThat(JsonPath.<List<String>>read(body, "$.items[*].action")).containsExactly("CREATE");
    }

    @Test
    void anotherCentresPersonIsNotFoundAndASocialWorkerIsRefused() throws Exception {
        String theirs = registerPerson(OTHER, "Ιφιγένεια", "Λάμπρου", "1975-05-05");
        mvc.perform(in(TENANT, "coordinator", get("/api/beneficiaries/{id}/access-log", theirs), null))
                .andExpect(status().isNotFound());
        String ours = registerPerson(TENANT, "Ορέστης", "Λάμπρου", "1975-05-05");
        mvc.perform(in(TENANT, "social-worker", get("/api/beneficiaries/{id}/access-log", ours), null))
                .andExpect(status().isForbidden());
        mvc.perform(in(OTHER, "coordinator", get("/api/beneficiaries/{id}/access-log", ours), null))
                .andExpect(status().isNotFound());
    }
}
