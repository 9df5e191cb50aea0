package gr.kentra.cases.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import gr.kentra.cases.beneficiary.identifiers.GreekIdentifiers;
import gr.kentra.commons.tenant.TenantId;
import org.junit.jupiter.api.Test;

/**
 * The registration's fact is made from the values the registration wrote ({@code People.registered}), not from
 * the row read back: it must say of the person exactly what a fact made by reading the record
 * ({@code People.find}, as every later fact about the person is made) says of them in the same month. Checked
 * against a request opened for each person right after: the same pseudonym under the same key, gender, age band
 * and month, with and without an AMKA, for citizens of the EU and of third countries and for every gender.
 */
class RegisteredPersonFactTest extends CaseServiceIntegrationTest {

    private static final String[] CITIZENSHIPS = {null, "GR", "AL", "DE", "UA", "CY", "TR", "US"};
    private static final String[] GENDERS = {"FEMALE", "MALE", "NON_BINARY", "UNKNOWN", "FEMALE"};
    private static final String[] BORN = {"1960-02-29", "1980-12-31", "2000-01-01", "2008-06-15", "2026-01-01"};

    @Test
    void theRegistrationsFactSaysOfThePersonWhatAFactReadFromTheRecordSays() throws Exception {
        String centre = "registered-fact-" + Long.toHexString(System.nanoTime() & 0xffffff);
        provision(centre);
        for (int n = 0; n < 16; n++) {
            String amka = n % 2 == 0 ? null : amka(n);
            String citizenship = CITIZENSHIPS[n / 2 % CITIZENSHIPS.length];
            String id = register(centre, n, amka, citizenship);
            Map<String, Object> registered = facts(centre).getLast();
            assertThat(registered).containsEntry("type", "BENEFICIARY_REGISTERED");

            mvc.perform(in(centre, "social-worker", post("/api/requests"), """
                            {"beneficiaryId":"%s","type":"HOUSING_ALLOWANCE","channel":"WALK_IN","receivedOn":"%s",
                             "description":"Αίτημα"}""".formatted(id,
                            YearMonth.parse((String) registered.get("month")).atDay(1))))
                    .andExpect(status().isCreated());
            Map<String, Object> read = facts(centre).getLast();
            assertThat(read).containsEntry("type", "REQUEST_OPENED");

            assertThat(person(registered)).as("person %d (AMKA %s, citizenship %s)", n, amka, citizenship)
                    .isEqualTo(person(read));
        }
    }

    /** What a fact says of its person. */
    private static Map<String, Object> person(Map<String, Object> fact) {
        Map<String, Object> person = new LinkedHashMap<>();
        for (String key : List.of("month", "pseudonym", "pseudonymKey", "gender", "ageBand", "employmentStatus",
                "iscedLevel", "flags")) {
            person.put(key, fact.get(key));
        }
        return person;
    }

    private String register(String centre, int n, String amka, String citizenship) throws Exception {
        String body = mvc.perform(in(centre, "social-worker", post("/api/beneficiaries"), """
                        {"firstName":"Ευανθία","lastName":"Σπυροπούλου","dateOfBirth":"%s","gender":"%s"%s%s}"""
                        .formatted(BORN[n % BORN.length], GENDERS[n % GENDERS.length],
                                amka == null ? "" : ",\"amka\":\"" + amka + "\"",
                                citizenship == null ? "" : ",\"citizenship\":\"" + citizenship + "\"")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private static String amka(int n) {
        String payload = "0101" + "80" + "%04d".formatted(4_000 + n);
        return payload + GreekIdentifiers.luhnCheckDigit(payload);
    }

    private List<Map<String, Object>> facts(String tenant) {
        return jdbc.queryForList("select fact::text from " + TenantId.of(tenant).quotedSchemaName()
                + ".indicator_outbox order by created_at, id", String.class).stream()
                .map(json -> JsonPath.<Map<String, Object>>read(json, "$")).toList();
    }
}
