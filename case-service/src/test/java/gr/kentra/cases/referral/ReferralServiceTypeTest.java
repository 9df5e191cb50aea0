package gr.kentra.cases.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import gr.kentra.commons.tenant.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * A referral keeps the service type it was sent under: its sent and closed facts count it under the same type even
 * when a coordinator changes the regional entry's type in between (issue 17, GEN05/GEN06/GEN13).
 */
class ReferralServiceTypeTest extends CaseServiceIntegrationTest {

    // A region of its own, so that other tests' entries never show here.
    private static final String CENTRE = "reftype-attica-one";
    private static final String NEIGHBOUR = "reftype-attica-two";

    @Test
    void theSentAndClosedFactsCarryTheTypeOfTheDayItWasSentWhateverTheDirectorySaysAtClosing() throws Exception {
        place(CENTRE);
        place(NEIGHBOUR);
        String regional = add(NEIGHBOUR, "coordinator", "REGIONAL", "Νοσοκομείο Δοκιμής Τύπου", "HOSPITAL");
        String partner = add(CENTRE, "social-worker", "PRIVATE", "Φορέας Παρακολούθησης Τύπου", "NGO");
        String person = registerPerson(CENTRE, "Ελένη", "Τυπάκη", "1980-03-03");
        String referral = JsonPath.read(mvc.perform(in(CENTRE, "social-worker", post("/api/referrals"), """
                        {"beneficiaryId":"%s","partnerId":"%s","directoryServiceId":"%s","reason":"Εξετάσεις"}"""
                        .formatted(person, partner, regional))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");

        // Between sending and closing, a coordinator of the region makes the entry a KEPA.
        mvc.perform(in(NEIGHBOUR, "coordinator", put("/api/directory/services/" + regional), """
                        {"name":"Νοσοκομείο Δοκιμής Τύπου","kind":"KEPA","version":0}"""))
                .andExpect(status().isOk());
        for (var step : List.of("{\"to\":\"ACCEPTED\",\"version\":0}",
                "{\"to\":\"COMPLETED\",\"outcome\":\"Έγιναν\",\"version\":1}")) {
            mvc.perform(in(CENTRE, "social-worker", post("/api/referrals/{id}/transitions", referral), step))
                    .andExpect(status().isOk());
        }

        String schema = TenantId.of(CENTRE).quotedSchemaName();
        List<String> facts = jdbc.queryForList("select fact::text from " + schema
                + ".indicator_outbox where fact->>'type' like 'REFERRAL%' order by created_at", String.class);
        assertThat(facts).extracting(f -> JsonPath.read(f, "$.type") + "/" + JsonPath.read(f, "$.category"))
                .containsExactly("REFERRAL_SENT/HOSPITAL", "REFERRAL_CLOSED/HOSPITAL");
        assertThat(jdbc.queryForObject("select service_type from " + schema + ".referral where id = ?::uuid",
                String.class, referral)).isEqualTo("HOSPITAL");
    }

    private void place(String centre) throws Exception {
        mvc.perform(put("/internal/tenants/{tenant}", centre).with(tenantService())
                .contentType(MediaType.APPLICATION_JSON).content("{\"region\":\"reftype-attica\"}"))
                .andExpect(status().isOk());
    }

    private String add(String centre, String role, String scope, String name, String kind) throws Exception {
        String body = mvc.perform(in(centre, role, post("/api/directory/services"), """
                        {"scope":"%s","name":"%s","kind":"%s"}""".formatted(scope, name, kind)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }
}
