package gr.kentra.cases.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import gr.kentra.cases.directory.PartnerKind;
import gr.kentra.cases.request.RequestClosed;
import gr.kentra.cases.request.RequestStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;

@RecordApplicationEvents
class ReferralApiTest extends CaseServiceIntegrationTest {

    private static final String TENANT = "referrals-here";
    private static final String OTHER = "referrals-there";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Athens"));

    @Autowired
    ApplicationEvents events;

    private String tenant = TENANT;
    private String person;
    private String grocery;

    @BeforeEach
    void personAndPartner() throws Exception {
        provision(TENANT);
        provision(OTHER);
        person = registerPerson(TENANT, "Δήμητρα", "Κωστοπούλου", "1972-09-09");
        grocery = partnerOfKind("MUNICIPAL_SOCIAL_GROCERY");
    }

    @Test
    void aReferralFromARequestClosesItAsReferredAndPublishesBothEvents() throws Exception {
        String request = request(person);
        String id = send(referral(person, request, grocery, null, null));
        mvc.perform(in(TENANT, "social-worker", get("/api/requests/{id}", request), null))
                .andExpect(jsonPath("$.status").value("REFERRED"))
                .andExpect(jsonPath("$.outcome").value("Κοινωνικό Παντοπωλείο του Δήμου"))
                .andExpect(jsonPath("$.closedOn").value(TODAY.toString()));
        mvc.perform(in(TENANT, "admin-staff", get("/api/referrals/{id}", id), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requestId").value(request))
                .andExpect(jsonPath("$.status").value("SENT"))
                .andExpect(jsonPath("$.sentOn").value(TODAY.toString()))
                .andExpect(jsonPath("$.createdBy").value("maria"));
        assertThat(events.stream(ReferralSent.class)).singleElement().satisfies(sent -> {
            assertThat(sent.referralId()).isEqualTo(UUID.fromString(id));
            assertThat(sent.requestId()).isEqualTo(UUID.fromString(request));
            assertThat(sent.partnerKind()).isEqualTo(PartnerKind.MUNICIPAL_SOCIAL_GROCERY);
        });
        assertThat(events.stream(RequestClosed.class)).singleElement()
                .satisfies(closed -> assertThat(closed.status()).isEqualTo(RequestStatus.REFERRED));
        assertThat(jdbc.queryForList("select action from t_referrals_here.audit_event where record_type = 'REFERRAL' "
                + "and record_id = ? order by occurred_at", String.class, id)).containsExactly("CREATE", "READ");
    }

    @Test
    void followsAReferralToItsOutcomeAndPublishesReferralClosed() throws Exception {
        String id = send(referral(person, null, grocery, null, null));
        transition(id, "ACCEPTED", null, 0).andExpect(status().isOk())
                .andExpect(jsonPath("$.next[0]").value("COMPLETED"));
        transition(id, "COMPLETED", " ", 1).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outcome"))
                .andExpect(jsonPath("$.errors[0].message").value("είναι υποχρεωτική για το κλείσιμο"));
        assertThat(events.stream(ReferralClosed.class)).isEmpty();
        transition(id, "COMPLETED", "Εντάχθηκε για έξι μήνες.", 1).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.outcome").value("Εντάχθηκε για έξι μήνες."))
                .andExpect(jsonPath("$.closedOn").value(TODAY.toString()));
        String silent = send(referral(person, null, grocery, null, null));
        transition(silent, "NO_RESPONSE", null, 0).andExpect(status().isOk());
        assertThat(events.stream(ReferralClosed.class)).extracting(ReferralClosed::status)
                .containsExactly(ReferralStatus.COMPLETED, ReferralStatus.NO_RESPONSE);
        assertThat(events.stream(ReferralClosed.class)).allSatisfy(
                closed -> assertThat(closed.partnerKind()).isEqualTo(PartnerKind.MUNICIPAL_SOCIAL_GROCERY));
    }

    @Test
    void refusesAnIllegalTransitionNamingTheAllowedStates() throws Exception {
        String id = send(referral(person, null, grocery, null, null));
        mvc.perform(in(TENANT, "social-worker", post("/api/referrals/{id}/transitions", id),
                        "{\"to\":\"COMPLETED\",\"outcome\":\"Έγινε.\",\"version\":0}").header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.allowed").value(org.hamcrest.Matchers.contains("ACCEPTED", "DECLINED",
                        "NO_RESPONSE")))
                .andExpect(jsonPath("$.detail").value(
                        "A record in status SENT cannot go to COMPLETED; it may go to: ACCEPTED, DECLINED, NO_RESPONSE."));
    }

    @Test
    void listsTheOpenReferralsWhoseFollowUpIsDueTodayOrEarlier() throws Exception {
        tenant = "referrals-follow-up";
        provision(tenant);
        person = registerPerson(tenant, "Δήμητρα", "Κωστοπούλου", "1972-09-09");
        grocery = partnerOfKind("MUNICIPAL_SOCIAL_GROCERY");
        String sent = TODAY.minusDays(20).toString();
        String dueEarlier = send(referral(person, null, grocery, sent, TODAY.minusDays(3).toString()));
        String dueToday = send(referral(person, null, grocery, sent, TODAY.toString()));
        send(referral(person, null, grocery, sent, TODAY.plusDays(1).toString()));
        send(referral(person, null, grocery, sent, null));
        String closed = send(referral(person, null, grocery, sent, TODAY.minusDays(1).toString()));
        transition(closed, "NO_RESPONSE", null, 0).andExpect(status().isOk());
        transition(dueToday, "ACCEPTED", null, 0).andExpect(status().isOk());
        mvc.perform(in(tenant, "psychologist", get("/api/referrals").param("followUpDue", "true"), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].id").value(dueEarlier))
                .andExpect(jsonPath("$.items[1].id").value(dueToday));
        mvc.perform(in(tenant, "social-worker", get("/api/referrals").param("status", "SENT"), null))
                .andExpect(jsonPath("$.total").value(3));
    }

    @Test
    void refusesBadInputInGreekAndEnglish() throws Exception {
        String reasonless = referral(person, null, grocery, null, null).replace("Τρόφιμα.", "");
        mvc.perform(in(TENANT, "social-worker", post("/api/referrals"), reasonless))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message").value("δεν μπορεί να είναι κενό"));
        String early = referral(person, null, grocery, "2026-01-10", "2026-01-09");
        mvc.perform(in(TENANT, "social-worker", post("/api/referrals"), early))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("followUpOn"))
                .andExpect(jsonPath("$.errors[0].message").value("δεν μπορεί να είναι πριν από την ημερομηνία αποστολής"));
        mvc.perform(in(TENANT, "social-worker", post("/api/referrals"), early).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be before the date sent"));
        String partner = addPartner();
        mvc.perform(in(TENANT, "social-worker", put("/api/partners/{id}", partner), """
                        {"name":"ΜΚΟ Αλληλεγγύη","kind":"NGO","active":false,"version":0}"""))
                .andExpect(status().isOk());
        mvc.perform(in(TENANT, "social-worker", post("/api/referrals"), referral(person, null, partner, null, null))
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("partnerId"))
                .andExpect(jsonPath("$.errors[0].message").value("is a deactivated partner"));
        assertThat(events.stream(ReferralSent.class)).isEmpty();
    }

    @Test
    void refusesAnotherPersonsOrAClosedRequestAndADeceasedPerson() throws Exception {
        String stranger = registerPerson(TENANT, "Άλλη", "Μία", "1980-01-01");
        String strangersRequest = request(stranger);
        mvc.perform(in(TENANT, "social-worker", post("/api/referrals"),
                        referral(person, strangersRequest, grocery, null, null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("requestId"))
                .andExpect(jsonPath("$.errors[0].message").value("είναι αίτημα άλλου προσώπου"));
        String request = request(person);
        send(referral(person, request, grocery, null, null));
        mvc.perform(in(TENANT, "social-worker", post("/api/referrals"), referral(person, request, grocery, null, null)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentStatus").value("REFERRED"));
        jdbc.update("update t_referrals_here.beneficiary set status = 'DECEASED' where id = ?::uuid", stranger);
        mvc.perform(in(TENANT, "social-worker", post("/api/referrals"), referral(stranger, null, grocery, null, null)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.beneficiaryStatus").value("DECEASED"));
        mvc.perform(in(TENANT, "social-worker", get("/api/requests/{id}", strangersRequest), null))
                .andExpect(jsonPath("$.status").value("RECEIVED"));
    }

    @Test
    void adminStaffAndPsychologistsReadButDoNotReferOrRecordOutcomes() throws Exception {
        String id = send(referral(person, null, grocery, null, null));
        for (String role : new String[] {"admin-staff", "psychologist"}) {
            mvc.perform(in(TENANT, role, get("/api/referrals").param("beneficiary", person), null))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(1));
            mvc.perform(in(TENANT, role, post("/api/referrals"), referral(person, null, grocery, null, null)))
                    .andExpect(status().isForbidden());
            mvc.perform(in(TENANT, role, put("/api/referrals/{id}", id), change(null, 0)))
                    .andExpect(status().isForbidden());
            transition(id, "ACCEPTED", null, 0, role).andExpect(status().isForbidden());
        }
    }

    @Test
    void anotherCentresReferralOrPartnerIsNotFound() throws Exception {
        String id = send(referral(person, null, grocery, null, null));
        mvc.perform(in(OTHER, "social-worker", get("/api/referrals/{id}", id), null))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Τρόφιμα"))));
        mvc.perform(in(OTHER, "social-worker", put("/api/referrals/{id}", id), change(null, 0)))
                .andExpect(status().isNotFound());
        mvc.perform(in(OTHER, "social-worker", post("/api/referrals/{id}/transitions", id),
                        "{\"to\":\"ACCEPTED\",\"version\":0}"))
                .andExpect(status().isNotFound());
        String there = registerPerson(OTHER, "Δήμητρα", "Εκεί", "1972-09-09");
        mvc.perform(in(OTHER, "social-worker", post("/api/referrals"), referral(there, null, grocery, null, null)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aStaleEditOrTransitionIsAConflict() throws Exception {
        String id = send(referral(person, null, grocery, null, null));
        mvc.perform(in(TENANT, "social-worker", put("/api/referrals/{id}", id), change(TODAY.plusDays(7), 0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.followUpOn").value(TODAY.plusDays(7).toString()))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(in(TENANT, "social-worker", put("/api/referrals/{id}", id), change(null, 0)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1));
        transition(id, "ACCEPTED", null, 0).andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1));
    }

    private static String referral(String person, String request, String partner, String sentOn, String followUpOn) {
        return """
                {"beneficiaryId":"%s","requestId":%s,"partnerId":"%s","reason":"Τρόφιμα.","sentOn":%s,"followUpOn":%s}"""
                .formatted(person, quoted(request), partner, quoted(sentOn), quoted(followUpOn));
    }

    private static String change(LocalDate followUpOn, long version) {
        return "{\"reason\":\"Τρόφιμα και είδη υγιεινής.\",\"followUpOn\":%s,\"version\":%d}"
                .formatted(quoted(followUpOn == null ? null : followUpOn.toString()), version);
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private String send(String json) throws Exception {
        String body = mvc.perform(in(tenant, "social-worker", post("/api/referrals"), json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private String request(String beneficiary) throws Exception {
        String body = mvc.perform(in(tenant, "admin-staff", post("/api/requests"), """
                        {"beneficiaryId":"%s","type":"GOODS","channel":"PHONE","receivedOn":"%s",
                         "description":"Χρειάζεται τρόφιμα."}""".formatted(beneficiary, TODAY)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private String partnerOfKind(String kind) throws Exception {
        String body = mvc.perform(in(tenant, "social-worker", get("/api/partners").param("kind", kind), null))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$[0].id");
    }

    private String addPartner() throws Exception {
        String body = mvc.perform(in(tenant, "social-worker", post("/api/partners"),
                        "{\"name\":\"ΜΚΟ Αλληλεγγύη\",\"kind\":\"NGO\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private ResultActions transition(String id, String to, String outcome, long version) throws Exception {
        return transition(id, to, outcome, version, "social-worker");
    }

    private ResultActions transition(String id, String to, String outcome, long version, String role)
            throws Exception {
        String json = outcome == null ? "{\"to\":\"%s\",\"version\":%d}".formatted(to, version)
                : "{\"to\":\"%s\",\"outcome\":\"%s\",\"version\":%d}".formatted(to, outcome, version);
        return mvc.perform(in(tenant, role, post("/api/referrals/{id}/transitions", id), json));
    }
}
