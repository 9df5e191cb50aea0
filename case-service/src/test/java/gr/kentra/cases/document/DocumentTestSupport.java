package gr.kentra.cases.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Locale;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import gr.kentra.cases.RegistryStandIn;
import gr.kentra.cases.tenancy.CentreNames;
import org.awaitility.Awaitility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

/** Centres with names, people, a completed investigation and a referral to issue documents from. */
abstract class DocumentTestSupport extends CaseServiceIntegrationTest {

    static final String FINDINGS = "Η οικογένεια ζει σε διαμέρισμα 55 τ.μ. με ενοίκιο < 300 € & οφειλές ρεύματος.";
    static final String CONCLUSION = "Η δηλωθείσα σύνθεση του νοικοκυριού επιβεβαιώνεται.";
    static final String REASON = "Χρειάζεται ψυχοκοινωνική στήριξη και συμβουλευτική απασχόλησης.";

    @Autowired
    CentreNames names;

    /** Provisions the centre and gives it its names in the registry; waits until case-service has read them. */
    void centre(String tenant, String el, String en) throws Exception {
        provision(tenant);
        RegistryStandIn.name(tenant, el, en);
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> el.equals(names.of(tenant, Locale.forLanguageTag("el"))));
    }

    ResultActions issue(String tenant, String role, String person, String json) throws Exception {
        return mvc.perform(in(tenant, role, post("/api/beneficiaries/{id}/documents", person), json));
    }

    /** Issues as a social worker; returns the answer's JSON. */
    String issued(String tenant, String person, String json) throws Exception {
        return issue(tenant, "social-worker", person, json).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
    }

    byte[] pdf(String tenant, String role, String pdfPath) throws Exception {
        var response = mvc.perform(in(tenant, role, get(pdfPath), null)).andExpect(status().isOk()).andReturn()
                .getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        return response.getContentAsByteArray();
    }

    String completedInvestigation(String tenant, String person) throws Exception {
        String body = mvc.perform(in(tenant, "social-worker", post("/api/investigations"), """
                        {"beneficiaryId":"%s","kind":"HOUSEHOLD_COMPOSITION","requestedBy":"Ειρηνοδικείο Αθηνών",
                         "findings":"%s","conclusion":"%s"}""".formatted(person, FINDINGS, CONCLUSION)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        mvc.perform(in(tenant, "social-worker", post("/api/investigations/{id}/transitions", id),
                "{\"to\":\"COMPLETED\",\"version\":0}")).andExpect(status().isOk());
        return id;
    }

    String openInvestigation(String tenant, String person) throws Exception {
        String body = mvc.perform(in(tenant, "social-worker", post("/api/investigations"), """
                        {"beneficiaryId":"%s","kind":"HOUSEHOLD_COMPOSITION","requestedBy":"Ειρηνοδικείο Αθηνών"}"""
                        .formatted(person)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    String referral(String tenant, String person) throws Exception {
        String partner = JsonPath.read(mvc.perform(in(tenant, "social-worker", post("/api/partners"),
                        "{\"name\":\"Κέντρο Ψυχικής Υγείας Καλλιθέας\",\"kind\":\"NGO\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String body = mvc.perform(in(tenant, "social-worker", post("/api/referrals"), """
                        {"beneficiaryId":"%s","partnerId":"%s","reason":"%s"}""".formatted(person, partner, REASON)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }
}
