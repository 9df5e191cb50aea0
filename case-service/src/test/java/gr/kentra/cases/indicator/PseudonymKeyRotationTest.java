package gr.kentra.cases.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import gr.kentra.commons.tenant.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The pseudonym key rotated as the README says: the secret of key {@code local-1} (the local default) retired under
 * {@code previous-pseudonym-secrets}, key {@code 2027-a} current. New facts carry the new key id and a new
 * pseudonym; an erasure reaches the person's facts under both keys (one PERSON_ERASED per key, each with its id).
 */
@TestPropertySource(properties = {
    "kentra.indicators.pseudonym-key-id=2027-a",
    "kentra.indicators.pseudonym-secret=" + PseudonymKeyRotationTest.NEW_SECRET,
    "kentra.indicators.previous-pseudonym-secrets.local-1=" + PseudonymKeyRotationTest.OLD_SECRET})
class PseudonymKeyRotationTest extends CaseServiceIntegrationTest {

    static final String OLD_SECRET = "local-only-pseudonym-secret-not-for-production";
    static final String NEW_SECRET = "rotated-national-pseudonym-secret-of-2027-for-tests";
    private static final String AMKA = "01013099997";

    @Test
    void newFactsCarryTheNewKeyIdAndAnErasureReachesThePseudonymUnderEveryKey() throws Exception {
        String centre = "rotation-" + Long.toHexString(System.nanoTime() & 0xffffff);
        provision(centre);
        String body = mvc.perform(in(centre, "social-worker", post("/api/beneficiaries"), """
                        {"firstName":"Ευανθία","lastName":"Σπυροπούλου","dateOfBirth":"1990-01-01","gender":"FEMALE",
                         "amka":"%s"}""".formatted(AMKA)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        String before = new Pseudonyms("local-1", OLD_SECRET, Map.of()).of(AMKA, TenantId.of(centre), null);
        String after = new Pseudonyms("2027-a", NEW_SECRET, Map.of()).of(AMKA, TenantId.of(centre), null);

        Map<String, Object> registered = facts(centre).getFirst();
        assertThat(registered).containsEntry("pseudonymKey", "2027-a").containsEntry("pseudonym", after);
        assertThat(after).isNotEqualTo(before);

        mvc.perform(in(centre, "coordinator", delete("/api/beneficiaries/{b}", id),
                "{\"reason\":\"Αίτημα διαγραφής, άρθρο 17\"}")).andExpect(status().is2xxSuccessful());

        List<Map<String, Object>> erasures = facts(centre).stream()
                .filter(fact -> "PERSON_ERASED".equals(fact.get("type"))).toList();
        assertThat(erasures).extracting(fact -> fact.get("pseudonymKey") + ":" + fact.get("pseudonym"))
                .containsExactlyInAnyOrder("2027-a:" + after, "local-1:" + before);
    }

    @Test
    void refusesAKeyIdThatIsNotASlugOrARetiredKeyUnderTheCurrentId() {
        assertThatThrownBy(() -> new Pseudonyms("Key 1", NEW_SECRET, Map.of()))
                .hasMessageContaining("pseudonym-key-id");
        assertThatThrownBy(() -> new Pseudonyms("2027-a", NEW_SECRET, Map.of("2027-a", OLD_SECRET)))
                .hasMessageContaining("previous-pseudonym-secrets");
        assertThatThrownBy(() -> new Pseudonyms("2027-a", NEW_SECRET, Map.of("local-1", "short")))
                .hasMessageContaining("at least 32");
        assertThat(new Pseudonyms("2027-a", NEW_SECRET, Map.of("local-1", OLD_SECRET))
                .underEveryKey(null, TenantId.of("elefsina"), UUID.randomUUID())).containsOnlyKeys("2027-a", "local-1");
    }

    private List<Map<String, Object>> facts(String tenant) {
        return jdbc.queryForList("select fact::text from " + TenantId.of(tenant).quotedSchemaName()
                + ".indicator_outbox order by created_at", String.class).stream()
                .map(json -> JsonPath.<Map<String, Object>>read(json, "$")).toList();
    }
}
