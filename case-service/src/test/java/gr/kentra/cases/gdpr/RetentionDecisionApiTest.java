package gr.kentra.cases.gdpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The coordinator's retention review: decisions per person or in bulk, recorded, audited and listable. */
class RetentionDecisionApiTest extends CaseServiceIntegrationTest {

    private static final AtomicInteger CENTRES = new AtomicInteger();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Athens"));
    private static final String KEEP_REASON = "Εκκρεμεί δικαστική υπόθεση επιμέλειας των τέκνων";
    private static final String ERASE_REASON = "Ανενεργός φάκελος πέραν της πενταετίας, χωρίς εκκρεμότητα";
    private static final String DECISIONS = "/api/beneficiaries/retention-decisions";

    private String tenant;
    private String schema;

    @BeforeEach
    void centre() throws Exception {
        tenant = "gdpr-decision-" + CENTRES.incrementAndGet();
        schema = "t_" + tenant.replace('-', '_');
        provision(tenant);
    }

    @Test
    void keepsARecordUntilItsReviewDateRecordingWhoWhenAndWhy() throws Exception {
        String kept = person("Κρατημένη", TODAY.minusYears(7));
        String other = person("Άλλη", TODAY.minusYears(6));
        LocalDate review = TODAY.plusYears(1);

        String body = mvc.perform(in(tenant, "coordinator", post(DECISIONS), """
                        {"decision":"KEEP","beneficiaryIds":["%s"],"reason":"%s","reviewOn":"%s"}"""
                        .formatted(kept, KEEP_REASON, review)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.decisions[0].beneficiaryId").value(kept))
                .andExpect(jsonPath("$.decisions[0].decision").value("KEEP"))
                .andExpect(jsonPath("$.decisions[0].reviewOn").value(review.toString()))
                .andExpect(jsonPath("$.decisions[0].lastActivity").value(TODAY.minusYears(7).toString()))
                .andExpect(jsonPath("$.decisions[0].decidedBy").value("maria"))
                .andReturn().getResponse().getContentAsString();
        String decision = JsonPath.read(body, "$.decisions[0].id");

        mvc.perform(in(tenant, "coordinator", get("/api/beneficiaries/retention-due"), null))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(other));
        mvc.perform(in(tenant, "coordinator", get(DECISIONS), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(decision))
                .andExpect(jsonPath("$.items[0].firstName").value("Κρατημένη"))
                .andExpect(jsonPath("$.items[0].reason").value(KEEP_REASON))
                .andExpect(jsonPath("$.items[0].decidedAt").isNotEmpty());
        assertThat(jdbc.queryForObject("select reason from " + schema + ".audit_event where action = 'RETENTION_KEEP'"
                + " and beneficiary_id = ?::uuid and record_id = ?", String.class, kept, decision))
                .isEqualTo(KEEP_REASON);
        assertThat(jdbc.queryForObject("select status from " + schema + ".beneficiary where id = ?::uuid",
                String.class, kept)).isNotEqualTo("ERASED");
    }

    @Test
    void erasesInBulkWithOneRecordedAndAuditedDecisionPerPerson() throws Exception {
        String first = person("Πρώτη", TODAY.minusYears(8));
        String second = person("Δεύτερη", TODAY.minusYears(6));
        String recent = person("Πρόσφατη", TODAY.minusYears(1));

        mvc.perform(in(tenant, "coordinator", post(DECISIONS), """
                        {"decision":"ERASE","beneficiaryIds":["%s","%s","%s"],"reason":"%s"}"""
                        .formatted(first, second, first, ERASE_REASON)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.decisions.length()").value(2))
                .andExpect(jsonPath("$.decisions[*].decision").value(org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is("ERASE"))))
                .andExpect(jsonPath("$.decisions[0].keptByLaw").isArray());

        for (String erased : List.of(first, second)) {
            assertThat(jdbc.queryForMap("select status, first_name from " + schema + ".beneficiary where id = ?::uuid",
                    erased)).containsEntry("status", "ERASED").containsEntry("first_name", null);
            assertThat(jdbc.queryForObject("select reason from " + schema + ".audit_event where action = 'ERASURE'"
                    + " and beneficiary_id = ?::uuid", String.class, erased)).isEqualTo(ERASE_REASON);
        }
        mvc.perform(in(tenant, "coordinator", get("/api/beneficiaries/retention-due"), null))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(in(tenant, "coordinator", get(DECISIONS).param("decision", "ERASE"), null))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].firstName").doesNotExist())
                .andExpect(jsonPath("$.items[*].reason").value(org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is(ERASE_REASON))));
        mvc.perform(in(tenant, "coordinator", get(DECISIONS).param("beneficiary", recent), null))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void oneRecordNotDueRefusesTheWholeDecisionAndNamesIt() throws Exception {
        String due = person("Οφειλόμενη", TODAY.minusYears(7));
        String recent = person("Πρόσφατη", TODAY.minusYears(1));
        mvc.perform(in(tenant, "coordinator", post(DECISIONS), """
                        {"decision":"ERASE","beneficiaryIds":["%s","%s"],"reason":"%s"}"""
                        .formatted(due, recent, ERASE_REASON)).header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Not due for a retention decision"))
                .andExpect(jsonPath("$.notDue[0]").value(recent))
                .andExpect(jsonPath("$.notDue.length()").value(1));
        assertThat(jdbc.queryForObject("select status from " + schema + ".beneficiary where id = ?::uuid",
                String.class, due)).isNotEqualTo("ERASED");
        assertThat(jdbc.queryForObject("select count(*) from " + schema + ".retention_decision", Integer.class))
                .isZero();
    }

    @Test
    void aKeptRecordIsDueAgainOnItsReviewDateAndItsEarlierReasonGoesWithAnErasure() throws Exception {
        String person = person("Επανεξέταση", TODAY.minusYears(7));
        decide("KEEP", person, KEEP_REASON, TODAY.plusMonths(6));
        jdbc.update("update " + schema + ".retention_decision set review_on = ?::date", TODAY.toString());
        mvc.perform(in(tenant, "coordinator", get("/api/beneficiaries/retention-due"), null))
                .andExpect(jsonPath("$.items[0].id").value(person));

        decide("ERASE", person, ERASE_REASON, null);

        assertThat(jdbc.queryForList("select decision || ':' || reason from " + schema + ".retention_decision"
                + " order by decided_at", String.class)).containsExactly("KEEP:", "ERASE:" + ERASE_REASON);
        assertThat(jdbc.queryForList("select reason from " + schema + ".audit_event where action = 'RETENTION_KEEP'",
                String.class)).containsOnlyNulls();
    }

    @Test
    void theExportShowsThePersonsRetentionDecisions() throws Exception {
        String person = person("Εξαγωγή", TODAY.minusYears(7));
        decide("KEEP", person, KEEP_REASON, TODAY.plusMonths(3));
        mvc.perform(in(tenant, "coordinator", get("/api/beneficiaries/{b}/export", person), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.retentionDecisions[0].decision").value("KEEP"))
                .andExpect(jsonPath("$.retentionDecisions[0].reason").value(KEEP_REASON))
                .andExpect(jsonPath("$.retentionDecisions[0].decidedBy").value("maria"));
    }

    @Test
    void refusesAMissingReasonAndAReviewDateThatDoesNotFitTheDecision() throws Exception {
        String person = person("Λάθη", TODAY.minusYears(7));
        String[][] wrong = {
            {"{\"decision\":\"ERASE\",\"beneficiaryIds\":[\"%s\"],\"reason\":\"σύντομη\"}", "reason"},
            {"{\"decision\":\"KEEP\",\"beneficiaryIds\":[\"%s\"],\"reason\":\"" + KEEP_REASON + "\"}", "reviewOn"},
            {"{\"decision\":\"KEEP\",\"beneficiaryIds\":[\"%s\"],\"reason\":\"" + KEEP_REASON + "\",\"reviewOn\":\""
                    + TODAY + "\"}", "reviewOn"},
            {"{\"decision\":\"KEEP\",\"beneficiaryIds\":[\"%s\"],\"reason\":\"" + KEEP_REASON + "\",\"reviewOn\":\""
                    + TODAY.plusYears(6) + "\"}", "reviewOn"},
            {"{\"decision\":\"ERASE\",\"beneficiaryIds\":[\"%s\"],\"reason\":\"" + ERASE_REASON + "\",\"reviewOn\":\""
                    + TODAY.plusYears(1) + "\"}", "reviewOn"},
            {"{\"decision\":\"ERASE\",\"beneficiaryIds\":[],\"reason\":\"" + ERASE_REASON + "\"}%s", "beneficiaryIds"}};
        for (String[] request : wrong) {
            mvc.perform(in(tenant, "coordinator", post(DECISIONS), request[0].formatted(request[1].equals(
                            "beneficiaryIds") ? "" : person)).header("Accept-Language", "en"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(request[1]));
        }
        mvc.perform(in(tenant, "coordinator", post(DECISIONS), """
                        {"decision":"ERASE","beneficiaryIds":["%s"],"reason":"σύντομη"}""".formatted(person)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("αιτιολογία")));
        assertThat(jdbc.queryForObject("select count(*) from " + schema + ".retention_decision", Integer.class))
                .isZero();
    }

    @Test
    void onlyACoordinatorDecidesAndReadsTheDecisions() throws Exception {
        String person = person("Ρόλοι", TODAY.minusYears(7));
        for (String role : new String[] {"social-worker", "psychologist", "admin-staff"}) {
            mvc.perform(in(tenant, role, post(DECISIONS), """
                            {"decision":"ERASE","beneficiaryIds":["%s"],"reason":"%s"}""".formatted(person,
                            ERASE_REASON))).andExpect(status().isForbidden());
            mvc.perform(in(tenant, role, get(DECISIONS), null)).andExpect(status().isForbidden());
        }
    }

    @Test
    void anotherCentresIdsTokensAndEncodedPathsReachNothing() throws Exception {
        String ours = person("Δική μας", TODAY.minusYears(7));
        decide("KEEP", ours, KEEP_REASON, TODAY.plusMonths(3));
        String other = "gdpr-decision-other-" + CENTRES.incrementAndGet();
        provision(other);
        String theirs = registerPerson(other, "Ξένη", "Δοκιμαστική", "1960-01-01");
        jdbc.update("update t_" + other.replace('-', '_') + ".beneficiary set registered_at = now() - interval '8 years'"
                + " where id = ?::uuid", theirs);

        // Their id in our centre is unknown here; our coordinator cannot erase their person.
        mvc.perform(in(tenant, "coordinator", post(DECISIONS), """
                        {"decision":"ERASE","beneficiaryIds":["%s"],"reason":"%s"}""".formatted(theirs, ERASE_REASON)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select status from t_" + other.replace('-', '_') + ".beneficiary"
                + " where id = ?::uuid", String.class, theirs)).isNotEqualTo("ERASED");
        // Their coordinator, in their own centre, sees none of our decisions nor our id.
        mvc.perform(in(other, "coordinator", get(DECISIONS), null))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        mvc.perform(in(other, "coordinator", post(DECISIONS), """
                        {"decision":"ERASE","beneficiaryIds":["%s"],"reason":"%s"}""".formatted(ours, ERASE_REASON)))
                .andExpect(status().isNotFound());
        // Their coordinator's token with our centre's header, on plain and encoded paths.
        for (String path : List.of(DECISIONS, "/%61pi/beneficiaries/retention-decisions",
                "/api/%62eneficiaries/retention-decisions", "/api/beneficiaries/retention%2Ddecisions")) {
            var answer = mvc.perform(get(URI.create(path)).header("X-Kentra-Tenant", tenant)
                    .with(staff(other, "coordinator"))).andReturn().getResponse();
            assertThat(answer.getStatus()).as(path).isIn(400, 403, 404);
            assertThat(answer.getContentAsString()).as(path).doesNotContain(KEEP_REASON, ours);
            var decided = mvc.perform(post(URI.create(path)).header("X-Kentra-Tenant", tenant)
                    .with(staff(other, "coordinator")).contentType("application/json").content("""
                            {"decision":"ERASE","beneficiaryIds":["%s"],"reason":"%s"}""".formatted(ours,
                            ERASE_REASON))).andReturn().getResponse();
            assertThat(decided.getStatus()).as(path).isIn(400, 403, 404);
        }
        assertThat(jdbc.queryForObject("select status from " + schema + ".beneficiary where id = ?::uuid",
                String.class, ours)).isNotEqualTo("ERASED");
    }

    private void decide(String decision, String person, String reason, LocalDate reviewOn) throws Exception {
        mvc.perform(in(tenant, "coordinator", post(DECISIONS), """
                        {"decision":"%s","beneficiaryIds":["%s"],"reason":"%s"%s}""".formatted(decision, person, reason,
                        reviewOn == null ? "" : ",\"reviewOn\":\"" + reviewOn + "\"")))
                .andExpect(status().isCreated());
    }

    /** Registers a person and moves the registration to {@code registeredOn}. */
    private String person(String firstName, LocalDate registeredOn) throws Exception {
        String id = registerPerson(tenant, firstName, "Δοκιμαστική", "1960-01-01");
        jdbc.update("update " + schema + ".beneficiary set registered_at = (?::date + time '10:00')"
                + " at time zone 'Europe/Athens' where id = ?::uuid", registeredOn.toString(), id);
        return id;
    }
}
