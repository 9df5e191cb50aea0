package gr.kentra.cases.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import gr.kentra.commons.tenant.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Casework writes anonymised facts into the tenant's outbox in the same transaction, and nothing else. */
class IndicatorFactsTest extends CaseServiceIntegrationTest {

    /** Fresh centres per test: the same AMKA is registered in several tests. */
    private static final java.util.concurrent.atomic.AtomicInteger CENTRES = new java.util.concurrent.atomic.AtomicInteger();
    private String centre;
    private String other;
    private static final String AMKA = "01013099997";
    private static final String PERSON = """
            {"firstName":"Ευανθία","lastName":"Σπυροπούλου","dateOfBirth":"1990-01-01","gender":"FEMALE",
             "amka":"%s","afm":"090000045","citizenship":"AL","phone":"+30 697 111 2233","address":"Οδός Πειραιώς 100"}""";
    private static final String PROFILE = """
            {"employmentStatus":"LONG_TERM_UNEMPLOYED","unemploymentMonths":18,"iscedLevel":2,
             "housingSituation":"HOUSING_EXCLUSION","disability":true,"migrant":true,"foreignBackground":false,
             "roma":false,"ruralArea":true,"singleParent":true,"otherDisadvantage":false,"version":null}""";

    @BeforeEach
    void centres() throws Exception {
        int n = CENTRES.incrementAndGet();
        centre = "facts-a" + n;
        other = "facts-b" + n;
        provision(centre);
        provision(other);
    }

    @Test
    void registrationWritesOneCodedFactWithoutAnyIdentifier() throws Exception {
        String id = register(centre, AMKA);

        List<Map<String, Object>> facts = facts(centre);
        assertThat(facts).hasSize(1);
        Map<String, Object> fact = facts.getFirst();
        assertThat(fact).containsEntry("type", "BENEFICIARY_REGISTERED").containsEntry("gender", "FEMALE")
                .containsEntry("quantity", 1);
        assertThat((String) fact.get("month")).matches("\\d{4}-\\d{2}");
        assertThat((String) fact.get("pseudonym")).matches("[0-9a-f]{64}");
        assertThat((String) fact.get("ageBand")).isIn("30-54", "25-29");
        String raw = rawFacts(centre);
        // The phone whole and as bare digits: a short piece such as "697" turns up in a random pseudonym or id
        // (about one run in forty), which is chance, not a leak.
        assertThat(raw).doesNotContain(AMKA, "090000045", "Ευανθία", "Σπυροπούλου", "Spyropoulou", "1990-01-01",
                "697 111 2233", "6971112233", "1112233", "Πειραιώς", id);
    }

    @Test
    void erasureSendsThePseudonymAloneForReportingToForget() throws Exception {
        String id = register(centre, AMKA);
        String pseudonym = (String) facts(centre).getFirst().get("pseudonym");
        mvc.perform(in(centre, "coordinator", org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .delete("/api/beneficiaries/{b}", id), "{\"reason\":\"Αίτημα διαγραφής, άρθρο 17\"}"))
                .andExpect(status().is2xxSuccessful());

        Map<String, Object> erasure = facts(centre).getLast();
        assertThat(erasure).containsEntry("type", "PERSON_ERASED").containsEntry("pseudonym", pseudonym)
                .containsEntry("gender", null).containsEntry("ageBand", null).containsEntry("flags", List.of());
        assertThat((String) erasure.get("month")).matches("\\d{4}-\\d{2}");
    }

    @Test
    void thePseudonymIsTheSameInEveryCentreForOneAmkaAndDiffersWithoutIt() throws Exception {
        register(centre, AMKA);
        register(other, AMKA);
        registerPerson(other, "Χωρίς", "Αμκα", "1970-05-05");

        String here = (String) facts(centre).getFirst().get("pseudonym");
        List<Object> there = facts(other).stream().map(f -> f.get("pseudonym")).toList();
        assertThat(there).hasSize(2).contains(here).doesNotHaveDuplicates();
    }

    @Test
    void aRefusedRegistrationLeavesNoFact() throws Exception {
        register(centre, AMKA);
        mvc.perform(in(centre, "social-worker", post("/api/beneficiaries"), PERSON.formatted(AMKA)))
                .andExpect(status().isConflict());

        assertThat(facts(centre)).hasSize(1);
    }

    @Test
    void theFirstProfileMakesAParticipantWithTheEsfAttributesOnlyOnce() throws Exception {
        String id = register(centre, AMKA);
        mvc.perform(in(centre, "social-worker", post("/api/beneficiaries/{b}/household", id), """
                {"relation":"CHILD","age":7,"employmentStatus":null,"disability":false}"""))
                .andExpect(status().isCreated());
        mvc.perform(in(centre, "social-worker", put("/api/beneficiaries/{b}/profile", id), PROFILE))
                .andExpect(status().isOk());
        mvc.perform(in(centre, "social-worker", put("/api/beneficiaries/{b}/profile", id),
                        PROFILE.replace("\"version\":null", "\"version\":0").replace("\"iscedLevel\":2", "\"iscedLevel\":3")))
                .andExpect(status().isOk());

        List<Map<String, Object>> entries = facts(centre).stream()
                .filter(f -> "PARTICIPANT_ENTERED".equals(f.get("type"))).toList();
        assertThat(entries).hasSize(1);
        Map<String, Object> entry = entries.getFirst();
        assertThat(entry).containsEntry("employmentStatus", "LONG_TERM_UNEMPLOYED").containsEntry("iscedLevel", 2);
        @SuppressWarnings("unchecked")
        List<String> flags = (List<String>) entry.get("flags");
        assertThat(flags).containsExactlyInAnyOrder("DISABILITY", "MIGRANT", "RURAL", "SINGLE_PARENT", "HOMELESS",
                "JOBLESS_HOUSEHOLD", "DEPENDENT_CHILDREN", "THIRD_COUNTRY_NATIONAL");
    }

    @Test
    void requestsAndTheirClosingBecomeFactsWithTypeAndOutcomeOnly() throws Exception {
        String id = register(centre, AMKA);
        String request = JsonPath.read(mvc.perform(in(centre, "social-worker", post("/api/requests"), """
                        {"beneficiaryId":"%s","type":"HOUSING_ALLOWANCE","channel":"WALK_IN","receivedOn":"2026-01-15",
                         "description":"Ζητά βοήθεια για το επίδομα στέγασης της Σπυροπούλου"}""".formatted(id)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        List<String> steps = List.of("IN_PROGRESS", "COMPLETED");
        for (int version = 0; version < steps.size(); version++) {
            String to = steps.get(version);
            mvc.perform(in(centre, "social-worker", post("/api/requests/{r}/transitions", request), """
                            {"to":"%s","outcome":"Εγκρίθηκε","version":%d}""".formatted(to, version)))
                    .andExpect(status().isOk());
        }

        assertThat(facts(centre)).extracting(f -> f.get("type") + "/" + f.get("category") + "/" + f.get("outcome"))
                .contains("REQUEST_OPENED/HOUSING_ALLOWANCE/null", "REQUEST_CLOSED/HOUSING_ALLOWANCE/COMPLETED");
        assertThat(rawFacts(centre)).doesNotContain("επίδομα", "Εγκρίθηκε", request);
    }

    @Test
    void goodsCountByKindAndEventsByAudienceWithoutAnyText() throws Exception {
        String id = register(centre, AMKA);
        mvc.perform(in(centre, "admin-staff", post("/api/distributions"), """
                {"beneficiaryId":"%s","date":"2026-02-03","programme":"TEBA_FEAD","lines":
                [{"kind":"FOOD","description":"Όσπρια","quantity":5,"unit":"KG"},
                 {"kind":"FOOD","description":"Γάλα","quantity":6,"unit":"PIECES"},
                 {"kind":"HYGIENE","description":"Σαπούνι","quantity":2,"unit":"PIECES"}],"version":null}"""
                .formatted(id))).andExpect(status().isCreated());
        mvc.perform(in(centre, "coordinator", post("/api/events"), """
                {"title":"Ημέρα ενημέρωσης για το ΕΕΕ","date":"2026-02-10","kind":"INFORMATION_DAY",
                 "audience":"UNEMPLOYED","participants":37,"partners":"ΔΥΠΑ","notes":null,"version":null}"""))
                .andExpect(status().isCreated());

        assertThat(facts(centre)).extracting(f -> f.get("type") + "/" + f.get("category") + "/" + f.get("quantity")
                        + "/" + (f.get("pseudonym") != null))
                .contains("GOODS_DISTRIBUTED/FOOD/11/true", "GOODS_DISTRIBUTED/HYGIENE/2/true",
                        "EVENT_HELD/UNEMPLOYED/37/false");
        assertThat(rawFacts(centre)).doesNotContain("Όσπρια", "Σαπούνι", "Ημέρα", "ΔΥΠΑ", "2026-02-03");
    }

    private String register(String tenant, String amka) throws Exception {
        String body = mvc.perform(in(tenant, "social-worker", post("/api/beneficiaries"), PERSON.formatted(amka)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private List<Map<String, Object>> facts(String tenant) {
        return jdbc.queryForList("select fact::text from " + TenantId.of(tenant).quotedSchemaName()
                + ".indicator_outbox order by created_at", String.class).stream()
                .map(json -> JsonPath.<Map<String, Object>>read(json, "$")).toList();
    }

    private String rawFacts(String tenant) {
        return String.join("\n", jdbc.queryForList("select fact::text from " + TenantId.of(tenant).quotedSchemaName()
                + ".indicator_outbox", String.class));
    }
}
