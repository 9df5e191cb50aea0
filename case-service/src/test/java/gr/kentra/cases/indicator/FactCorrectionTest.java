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

/**
 * A session, a distribution or an event edited after its facts were written: what they counted is taken back
 * (the same facts again with sign -1) and the new values counted, but only when a counted value changed.
 */
class FactCorrectionTest extends CaseServiceIntegrationTest {

    private static final java.util.concurrent.atomic.AtomicInteger CENTRES =
            new java.util.concurrent.atomic.AtomicInteger();
    private static final String EVENT = """
            {"title":"%s","date":"2026-02-10","kind":"INFORMATION_DAY","audience":"%s","participants":37,
             "partners":null,"notes":null,"version":%s}""";
    private String centre;

    @BeforeEach
    void centre() throws Exception {
        centre = "corrections-" + CENTRES.incrementAndGet();
        provision(centre);
    }

    @Test
    void anEventsNewAudienceTakesTheOldCountBackAndATitleChangeCountsNothingAgain() throws Exception {
        String id = created(in(centre, "coordinator", post("/api/events"), EVENT.formatted("Ενημέρωση", "GENERAL",
                "null")));

        edit(put("/api/events/{id}", id), EVENT.formatted("Ενημέρωση για το ΕΕΕ", "GENERAL", "0"));
        assertThat(facts()).containsExactly("EVENT_HELD/GENERAL/37/1@2026-02");

        edit(put("/api/events/{id}", id), EVENT.formatted("Ενημέρωση για το ΕΕΕ", "ELDERLY", "1"));
        assertThat(facts()).containsExactlyInAnyOrder("EVENT_HELD/GENERAL/37/1@2026-02",
                "EVENT_HELD/GENERAL/37/-1@2026-02", "EVENT_HELD/ELDERLY/37/1@2026-02");
        assertThat(keptFor(id)).containsExactly("EVENT_HELD/ELDERLY/37/1@2026-02");
    }

    @Test
    void aSessionsNewMonthAndADistributionsNewQuantityAreCorrected() throws Exception {
        String person = created(in(centre, "social-worker", post("/api/beneficiaries"), """
                {"firstName":"Ευανθία","lastName":"Διορθώτη","dateOfBirth":"1990-01-01","gender":"FEMALE"}"""));
        String session = created(in(centre, "psychologist", post("/api/sessions"), """
                {"type":"INDIVIDUAL","date":"2026-03-02","durationMinutes":50,"participants":["%s"],
                 "topic":"ANXIETY_DEPRESSION"}""".formatted(person)));
        String distribution = created(in(centre, "admin-staff", post("/api/distributions"), """
                {"beneficiaryId":"%s","date":"2026-02-03","programme":"TEBA_FEAD","lines":
                [{"kind":"FOOD","description":"Όσπρια","quantity":5,"unit":"KG"}],"version":null}"""
                .formatted(person)));

        mvc.perform(in(centre, "psychologist", put("/api/sessions/{id}", session), """
                {"type":"INDIVIDUAL","date":"2026-04-06","durationMinutes":50,"participants":["%s"],
                 "topic":"ANXIETY_DEPRESSION","version":0}""".formatted(person))).andExpect(status().isOk());
        mvc.perform(in(centre, "admin-staff", put("/api/distributions/{id}", distribution), """
                {"beneficiaryId":"%s","date":"2026-02-03","programme":"TEBA_FEAD","lines":
                [{"kind":"FOOD","description":"Όσπρια","quantity":3,"unit":"KG"}],"version":0}"""
                .formatted(person))).andExpect(status().isOk());

        assertThat(facts()).contains("SESSION_HELD/INDIVIDUAL/1/1@2026-03", "SESSION_HELD/INDIVIDUAL/1/-1@2026-03",
                "SESSION_HELD/INDIVIDUAL/1/1@2026-04", "GOODS_DISTRIBUTED/FOOD/5/1@2026-02",
                "GOODS_DISTRIBUTED/FOOD/5/-1@2026-02", "GOODS_DISTRIBUTED/FOOD/3/1@2026-02");
        List<Map<String, Object>> takenBack = raw().stream().filter(f -> Integer.valueOf(-1).equals(f.get("sign")))
                .toList();
        assertThat(takenBack).hasSize(2).allSatisfy(fact -> assertThat((String) fact.get("pseudonym"))
                .matches("[0-9a-f]{64}"));
        String outbox = String.join("\n", jdbc.queryForList("select fact::text from " + schema()
                + ".indicator_outbox", String.class));
        assertThat(outbox).as("no record id leaves with a fact").doesNotContain(session, distribution, person);
    }

    /** Kept facts carry the pseudonym beside the record ids: an erasure takes those of the person's records. */
    @Test
    void anErasureForgetsTheKeptFactsOfThePersonsRecordsOnly() throws Exception {
        String erased = created(in(centre, "social-worker", post("/api/beneficiaries"), """
                {"firstName":"Ευανθία","lastName":"Σβησμένη","dateOfBirth":"1990-01-01","gender":"FEMALE",
                 "amka":"01019012345"}""".replace("01019012345", validAmka())));
        String staying = created(in(centre, "social-worker", post("/api/beneficiaries"), """
                {"firstName":"Νίκος","lastName":"Μένων","dateOfBirth":"1980-01-01","gender":"MALE"}"""));
        String erasedGoods = distribution(erased);
        String stayingGoods = distribution(staying);
        assertThat(keptFor(erasedGoods)).hasSize(1);

        mvc.perform(in(centre, "coordinator", org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .delete("/api/beneficiaries/{b}", erased),
                        "{\"reason\":\"Αίτημα διαγραφής του υποκειμένου, άρθρο 17 ΓΚΠΔ\"}"))
                .andExpect(status().is2xxSuccessful());

        assertThat(keptFor(erasedGoods)).isEmpty();
        assertThat(keptFor(stayingGoods)).hasSize(1);
    }

    private String distribution(String person) throws Exception {
        return created(in(centre, "admin-staff", post("/api/distributions"), """
                {"beneficiaryId":"%s","date":"2026-02-03","programme":"TEBA_FEAD","lines":
                [{"kind":"FOOD","description":"Όσπρια","quantity":5,"unit":"KG"}],"version":null}""".formatted(person)));
    }

    /** 01019012345 with its check digit made right (Luhn over the first ten digits). */
    private static String validAmka() {
        String first = "0101901234";
        for (int check = 0; check <= 9; check++) {
            String candidate = first + check;
            int sum = 0;
            for (int i = 0; i < candidate.length(); i++) {
                int digit = candidate.charAt(candidate.length() - 1 - i) - '0';
                if (i % 2 == 1) {
                    digit *= 2;
                    if (digit > 9) {
                        digit -= 9;
                    }
                }
                sum += digit;
            }
            if (sum % 10 == 0) {
                return candidate;
            }
        }
        throw new IllegalStateException();
    }

    private void edit(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body)
            throws Exception {
        mvc.perform(in(centre, "coordinator", request, body)).andExpect(status().isOk());
    }

    private String created(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        String body = mvc.perform(request).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private List<String> facts() {
        return raw().stream().filter(f -> !"BENEFICIARY_REGISTERED".equals(f.get("type")))
                .map(FactCorrectionTest::summary).toList();
    }

    private List<String> keptFor(String source) {
        return jdbc.queryForList("select fact::text from " + schema() + ".indicator_fact_source where source_id = ?::uuid",
                String.class, source).stream().map(json -> summary(JsonPath.read(json, "$"))).toList();
    }

    private List<Map<String, Object>> raw() {
        return jdbc.queryForList("select fact::text from " + schema() + ".indicator_outbox", String.class).stream()
                .map(json -> JsonPath.<Map<String, Object>>read(json, "$")).toList();
    }

    private static String summary(Map<String, Object> fact) {
        return fact.get("type") + "/" + fact.get("category") + "/" + fact.get("quantity") + "/" + fact.get("sign")
                + "@" + fact.get("month");
    }

    private String schema() {
        return TenantId.of(centre).quotedSchemaName();
    }
}
