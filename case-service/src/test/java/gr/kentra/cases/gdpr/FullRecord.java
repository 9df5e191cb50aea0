package gr.kentra.cases.gdpr;

import static gr.kentra.cases.NamedStaff.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A person with something in every part of the record (identity and contact, consent, household, two social
 * history versions, profile, assessment, request, referral, an individual counselling session with notes, a
 * group session with another person, an appointment), written through the API as staff would.
 */
final class FullRecord {

    static final String FIRST_NAME = "Ευανθία";
    static final String LAST_NAME = "Καραγιαννοπούλου";
    static final String LATIN_LAST_NAME = "Karagiannopoulou";
    static final String AMKA = "01013099997";
    static final String AFM = "090000045";
    static final String PHONE = "+30 697 111 2233";
    static final String PHONE_DIGITS = "6971112233";
    static final String EMAIL = "evanthia.k@example.gr";
    static final String ADDRESS = "Οδός Πειραιώς 10, Μοσχάτο";
    static final String ID_DOCUMENT = "ΑΔ 445566";
    static final String HISTORY_1 = "Ζει μόνη με δύο παιδιά μετά το διαζύγιο.";
    static final String HISTORY_2 = "Νέα έξωση στο ιστορικό, το σπίτι πουλήθηκε.";
    static final String ASSESSMENT_NOTES = "Οφειλές ρεύματος 1.200 ευρώ.";
    static final String REQUEST_TEXT = "Ζητά βοήθεια για το ενοίκιο του Μαρτίου.";
    static final String REQUEST_OUTCOME = "Εγκρίθηκε έκτακτο επίδομα.";
    static final String REFERRAL_REASON = "Τρόφιμα για την οικογένεια της κυρίας.";
    static final String SESSION_NOTES = "Έντονο άγχος για την επιμέλεια των παιδιών.";
    static final String GROUP_NOTES = "Η ομάδα μίλησε για την αναζήτηση εργασίας.";
    static final String APPOINTMENT_PURPOSE = "Υπογραφή αίτησης ενοικίου";
    static final String FINDINGS = "Στην επίσκεψη βρέθηκε υγρασία στο υπνοδωμάτιο των παιδιών.";
    static final String CONCLUSION = "Χρειάζεται άμεση στεγαστική συνδρομή.";
    static final String COURT_FINDINGS = "Έκθεση προς το Ειρηνοδικείο για την επιμέλεια των τέκνων.";
    static final String COURT_CONCLUSION = "Η μητέρα φροντίζει επαρκώς τα τέκνα.";
    static final String WHEREABOUTS = "Κοιμάται στον σταθμό Λαρίσης, πλατφόρμα 3.";
    static final String DISTRIBUTION_NOTES = "Παρέλαβε η αδελφή της για λογαριασμό της.";
    static final String LINE_DESCRIPTION = "Γάλα για το βρέφος της οικογένειας";
    static final String ACCESS_REASON = "Τηλεφώνησε η κυρία Καραγιαννοπούλου για το ενοίκιο";

    final String person;
    final String other;
    final String individualSession;
    final String groupSession;
    final String request;
    final String referral;
    final String partnerName;
    /** An investigation in progress (its findings go with the identity) and one completed for a court (kept). */
    String openInvestigation;
    String courtInvestigation;

    private FullRecord(String person, String other, String individualSession, String groupSession, String request,
            String referral, String partnerName) {
        this.person = person;
        this.other = other;
        this.individualSession = individualSession;
        this.groupSession = groupSession;
        this.request = request;
        this.referral = referral;
        this.partnerName = partnerName;
    }

    static FullRecord in(MockMvc mvc, String tenant) throws Exception {
        String person = id(mvc.perform(as(tenant, "maria", "social-worker", post("/api/beneficiaries"), """
                {"firstName":"%s","lastName":"%s","dateOfBirth":"1984-06-21","gender":"FEMALE","amka":"%s",
                 "afm":"%s","citizenship":"GR","idDocumentNumber":"%s","phone":"%s","email":"%s","address":"%s",
                 "consent":{"given":true,"date":"2026-01-15","legalBasis":"CONSENT"}}"""
                .formatted(FIRST_NAME, LAST_NAME, AMKA, AFM, ID_DOCUMENT, PHONE, EMAIL, ADDRESS)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        String other = id(mvc.perform(as(tenant, "maria", "social-worker", post("/api/beneficiaries"), """
                {"firstName":"Αγγελική","lastName":"Σταθοπούλου","dateOfBirth":"1979-02-02","gender":"FEMALE"}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        mvc.perform(as(tenant, "maria", "social-worker", post("/api/beneficiaries/{b}/household", person), """
                {"relation":"CHILD","yearOfBirth":2012,"employmentStatus":"INACTIVE_IN_EDUCATION","disability":false}"""))
                .andExpect(status().isCreated());
        for (int version = 0; version < 2; version++) {
            mvc.perform(as(tenant, "maria", "social-worker", put("/api/beneficiaries/{b}/social-history", person),
                    "{\"text\":\"%s\",\"version\":%d}".formatted(version == 0 ? HISTORY_1 : HISTORY_2, version)))
                    .andExpect(status().isOk());
        }
        mvc.perform(as(tenant, "maria", "social-worker", put("/api/beneficiaries/{b}/profile", person), """
                {"employmentStatus":"LONG_TERM_UNEMPLOYED","unemploymentMonths":18,"iscedLevel":3,
                 "housingSituation":"HOUSING_EXCLUSION","singleParent":true,"roma":false,"version":null}"""))
                .andExpect(status().isOk());
        mvc.perform(as(tenant, "maria", "social-worker", post("/api/beneficiaries/{b}/assessments", person), """
                {"needs":["FOOD","HOUSING"],"priority":"HIGH","date":"2026-01-16","notes":"%s"}"""
                .formatted(ASSESSMENT_NOTES))).andExpect(status().isCreated());
        String request = id(mvc.perform(as(tenant, "maria", "social-worker", post("/api/requests"), """
                {"beneficiaryId":"%s","type":"HOUSING_ALLOWANCE","channel":"WALK_IN","receivedOn":"2026-01-16",
                 "description":"%s"}""".formatted(person, REQUEST_TEXT)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        mvc.perform(as(tenant, "maria", "social-worker", post("/api/requests/{r}/transitions", request), """
                {"to":"IN_PROGRESS","version":0}""")).andExpect(status().isOk());
        mvc.perform(as(tenant, "maria", "social-worker", post("/api/requests/{r}/transitions", request), """
                {"to":"COMPLETED","outcome":"%s","version":1}""".formatted(REQUEST_OUTCOME)))
                .andExpect(status().isOk());
        String partners = mvc.perform(as(tenant, "maria", "social-worker", get("/api/partners")
                        .param("kind", "MUNICIPAL_SOCIAL_GROCERY"), null))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String referral = id(mvc.perform(as(tenant, "maria", "social-worker", post("/api/referrals"), """
                {"beneficiaryId":"%s","partnerId":"%s","reason":"%s","sentOn":"2026-01-20"}"""
                .formatted(person, JsonPath.read(partners, "$[0].id"), REFERRAL_REASON)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        String individual = id(mvc.perform(as(tenant, "eleni", "psychologist", post("/api/sessions"), """
                {"type":"INDIVIDUAL","date":"2026-02-10","durationMinutes":50,"participants":["%s"],
                 "topic":"ANXIETY_DEPRESSION","notes":"%s"}""".formatted(person, SESSION_NOTES)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        String group = id(mvc.perform(as(tenant, "eleni", "psychologist", post("/api/sessions"), """
                {"type":"GROUP","date":"2026-02-12","durationMinutes":90,"participants":["%s","%s"],
                 "topic":"EMPLOYMENT_STRESS","notes":"%s"}""".formatted(person, other, GROUP_NOTES)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        mvc.perform(as(tenant, "anna", "admin-staff", post("/api/appointments"), """
                {"staff":"eleni","beneficiary":"%s","start":"2031-01-06T13:30","end":"2031-01-06T14:15",
                 "purpose":"%s"}""".formatted(person, APPOINTMENT_PURPOSE)))
                .andExpect(status().isCreated());
        FullRecord record = new FullRecord(person, other, individual, group, request, referral,
                JsonPath.read(partners, "$[0].name"));
        record.casework(mvc, tenant);
        return record;
    }

    /** Investigations, the homeless register, a distribution and a read audited with a typed reason. */
    private void casework(MockMvc mvc, String tenant) throws Exception {
        openInvestigation = investigation(mvc, tenant, FINDINGS, CONCLUSION);
        courtInvestigation = investigation(mvc, tenant, COURT_FINDINGS, COURT_CONCLUSION);
        mvc.perform(as(tenant, "maria", "social-worker", post("/api/investigations/{i}/transitions",
                courtInvestigation), "{\"to\":\"COMPLETED\",\"version\":1}")).andExpect(status().isOk());
        mvc.perform(as(tenant, "maria", "social-worker", post("/api/homeless-register"), """
                {"beneficiaryId":"%s","situation":"ROOFLESS","registeredOn":"2026-02-01","whereabouts":"%s"}"""
                .formatted(person, WHEREABOUTS))).andExpect(status().isCreated());
        mvc.perform(as(tenant, "anna", "admin-staff", post("/api/distributions"), """
                {"beneficiaryId":"%s","date":"2026-02-03","programme":"TEBA_FEAD","notes":"%s",
                 "lines":[{"kind":"FOOD","description":"%s","quantity":6,"unit":"PIECES"}]}"""
                .formatted(person, DISTRIBUTION_NOTES, LINE_DESCRIPTION))).andExpect(status().isCreated());
        mvc.perform(as(tenant, "maria", "coordinator", get("/api/beneficiaries/{b}", person), null)
                .header("X-Kentra-Reason", java.net.URLEncoder.encode(ACCESS_REASON,
                        java.nio.charset.StandardCharsets.UTF_8))).andExpect(status().isOk());
    }

    private String investigation(MockMvc mvc, String tenant, String findings, String conclusion) throws Exception {
        String id = id(mvc.perform(as(tenant, "maria", "social-worker", post("/api/investigations"), """
                {"beneficiaryId":"%s","kind":"HOUSEHOLD_COMPOSITION","requestedBy":"Ειρηνοδικείο Αθηνών",
                 "requestedOn":"2026-02-02","homeVisitOn":"2026-02-09"}""".formatted(person)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        mvc.perform(as(tenant, "maria", "social-worker", put("/api/investigations/{i}", id), """
                {"kind":"HOUSEHOLD_COMPOSITION","requestedBy":"Ειρηνοδικείο Αθηνών","requestedOn":"2026-02-02",
                 "homeVisitOn":"2026-02-09","findings":"%s","conclusion":"%s","version":0}"""
                .formatted(findings, conclusion))).andExpect(status().isOk());
        return id;
    }

    private static String id(String json) {
        return JsonPath.read(json, "$.id");
    }
}
