package gr.kentra.cases.gdpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class ExportApiTest extends CaseServiceIntegrationTest {

    private static final String OTHER = "gdpr-export-there";
    /** A centre per test: the full record's AMKA and appointment slot are unique within a centre. */
    private static final AtomicInteger CENTRES = new AtomicInteger();

    private static final String BREAK_GLASS = """
            {"reason":"Αίτημα πρόσβασης του υποκειμένου και στις σημειώσεις των συνεδριών του"}""";

    private String tenant;
    private String schema;
    private FullRecord record;

    @BeforeEach
    void person() throws Exception {
        tenant = "gdpr-export-" + CENTRES.incrementAndGet();
        schema = "t_" + tenant.replace('-', '_');
        provision(tenant);
        provision(OTHER);
        record = FullRecord.in(mvc, tenant);
    }

    @Test
    void aBreakGlassExportHoldsEverySectionIncludingTheNotesOfTheIndividualSession() throws Exception {
        mvc.perform(in(tenant, "coordinator", post("/api/beneficiaries/{b}/export/break-glass", record.person),
                        BREAK_GLASS))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.identity.firstName").value(FullRecord.FIRST_NAME))
                .andExpect(jsonPath("$.identity.latinLastName").value(FullRecord.LATIN_LAST_NAME))
                .andExpect(jsonPath("$.identity.amka").value(FullRecord.AMKA))
                .andExpect(jsonPath("$.identity.afm").value(FullRecord.AFM))
                .andExpect(jsonPath("$.identity.phone").value(FullRecord.PHONE))
                .andExpect(jsonPath("$.identity.email").value(FullRecord.EMAIL))
                .andExpect(jsonPath("$.identity.address").value(FullRecord.ADDRESS))
                .andExpect(jsonPath("$.identity.dateOfBirth").value("1984-06-21"))
                .andExpect(jsonPath("$.identity.consent.given").value(true))
                .andExpect(jsonPath("$.identity.consent.legalBasis").value("CONSENT"))
                .andExpect(jsonPath("$.household[0].relation").value("CHILD"))
                .andExpect(jsonPath("$.household[0].yearOfBirth").value(2012))
                .andExpect(jsonPath("$.socialHistory.length()").value(2))
                .andExpect(jsonPath("$.socialHistory[0].text").value(FullRecord.HISTORY_1))
                .andExpect(jsonPath("$.socialHistory[1].text").value(FullRecord.HISTORY_2))
                .andExpect(jsonPath("$.profile.employmentStatus").value("LONG_TERM_UNEMPLOYED"))
                .andExpect(jsonPath("$.profile.singleParent").value(true))
                .andExpect(jsonPath("$.assessments[0].needs[1]").value("HOUSING"))
                .andExpect(jsonPath("$.assessments[0].notes").value(FullRecord.ASSESSMENT_NOTES))
                .andExpect(jsonPath("$.requests[0].type").value("HOUSING_ALLOWANCE"))
                .andExpect(jsonPath("$.requests[0].typeLabel").value("Επίδομα στέγασης"))
                .andExpect(jsonPath("$.requests[0].description").value(FullRecord.REQUEST_TEXT))
                .andExpect(jsonPath("$.requests[0].outcome").value(FullRecord.REQUEST_OUTCOME))
                .andExpect(jsonPath("$.referrals[0].partnerName").value(record.partnerName))
                .andExpect(jsonPath("$.referrals[0].reason").value(FullRecord.REFERRAL_REASON))
                .andExpect(jsonPath("$.sessions.length()").value(2))
                .andExpect(jsonPath("$.sessionNotesIncluded").value(true))
                .andExpect(jsonPath("$.sessions[0].notes").value(FullRecord.SESSION_NOTES))
                .andExpect(jsonPath("$.sessions[0].author").value("eleni"))
                .andExpect(jsonPath("$.sessions[1].participants").value(2))
                .andExpect(jsonPath("$.appointments[0].purpose").value(FullRecord.APPOINTMENT_PURPOSE))
                .andExpect(jsonPath("$.appointments[0].staff").value("eleni"))
                .andExpect(jsonPath("$.auditTrail[*].action").value(hasItem("CREATE")))
                .andExpect(jsonPath("$.auditTrail[*].action").value(hasItem("EXPORT")))
                .andExpect(jsonPath("$.auditTrail[*].actor").value(hasItem("eleni")))
                .andExpect(jsonPath("$.exportedBy").value("maria"));
    }

    @Test
    void theExportHoldsInvestigationsTheHomelessRegisterAndDistributionsAndWhatTheLawKeeps() throws Exception {
        mvc.perform(in(tenant, "social-worker", get("/api/beneficiaries/{b}/export", record.person), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.investigations.length()").value(2))
                .andExpect(jsonPath("$.investigations[*].findings").value(hasItem(FullRecord.FINDINGS)))
                .andExpect(jsonPath("$.investigations[*].conclusion").value(hasItem(FullRecord.COURT_CONCLUSION)))
                .andExpect(jsonPath("$.homelessRegister[0].whereabouts").value(FullRecord.WHEREABOUTS))
                .andExpect(jsonPath("$.homelessRegister[0].situation").value("ROOFLESS"))
                .andExpect(jsonPath("$.distributions[0].notes").value(FullRecord.DISTRIBUTION_NOTES))
                .andExpect(jsonPath("$.distributionLines[0].description").value(FullRecord.LINE_DESCRIPTION))
                .andExpect(jsonPath("$.distributionLines[0].quantity").value(6))
                .andExpect(jsonPath("$.keptByLaw[0].id").value(record.courtInvestigation))
                .andExpect(jsonPath("$.keptByLaw[0].legalBasis").value(org.hamcrest.Matchers.containsString("court")))
                .andExpect(jsonPath("$.auditTrail[*].reason").value(hasItem(FullRecord.ACCESS_REASON)));
        String html = mvc.perform(in(tenant, "social-worker", get("/api/beneficiaries/{b}/export", record.person), null)
                        .accept(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Μητρώο αστέγων", FullRecord.WHEREABOUTS, FullRecord.LINE_DESCRIPTION,
                "Εγγραφές που τηρούνται βάσει νόμου");
    }

    @Test
    void theExportIsAuditedOnTheRecord() throws Exception {
        mvc.perform(in(tenant, "coordinator", get("/api/beneficiaries/{b}/export", record.person), null))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForList("select record_type || ':' || record_id from " + schema + ".audit_event"
                + " where action = 'EXPORT' and beneficiary_id = ?::uuid", String.class, record.person))
                .containsExactly("BENEFICIARY:" + record.person);
    }

    @Test
    void aSocialWorkersExportLeavesTheSessionNotesOut() throws Exception {
        mvc.perform(in(tenant, "social-worker", get("/api/beneficiaries/{b}/export", record.person), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sessionNotesIncluded").value(false))
                .andExpect(jsonPath("$.sessions[0].topic").value("ANXIETY_DEPRESSION"))
                .andExpect(jsonPath("$.sessions[0].notes").doesNotExist());
        assertThat(jdbc.queryForObject("select count(*) from " + schema + ".audit_event where action = 'EXPORT'"
                + " and record_type = 'COUNSELLING_SESSION'", Integer.class)).isZero();
    }

    @Test
    void theExportReflectsARectification() throws Exception {
        mvc.perform(in(tenant, "social-worker", put("/api/beneficiaries/{b}", record.person), """
                        {"firstName":"%s","lastName":"%s","dateOfBirth":"1984-06-21","gender":"FEMALE",
                         "amka":"%s","phone":"210 000 1111","status":"ACTIVE","version":0}"""
                        .formatted(FullRecord.FIRST_NAME, FullRecord.LAST_NAME, FullRecord.AMKA)))
                .andExpect(status().isOk());
        mvc.perform(in(tenant, "coordinator", get("/api/beneficiaries/{b}/export", record.person), null))
                .andExpect(jsonPath("$.identity.phone").value("210 000 1111"))
                .andExpect(jsonPath("$.identity.afm").doesNotExist())
                .andExpect(jsonPath("$.identity.version").value(1));
    }

    @Test
    void htmlIsAPrintableGreekPageWithEveryTextEscaped() throws Exception {
        mvc.perform(in(tenant, "social-worker", put("/api/beneficiaries/{b}/social-history", record.person),
                        "{\"text\":\"<script>alert('x')</script> & \\\"quotes\\\"\",\"version\":2}"))
                .andExpect(status().isOk());
        String html = mvc.perform(in(tenant, "coordinator", post("/api/beneficiaries/{b}/export/break-glass",
                        record.person), BREAK_GLASS).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"el\">")
                .contains("Προσωπικά δεδομένα που τηρεί το Κέντρο Κοινότητας")
                .contains("Κοινωνικό ιστορικό (όλες οι εκδοχές)", FullRecord.LAST_NAME, FullRecord.SESSION_NOTES,
                        FullRecord.REFERRAL_REASON, "Επίδομα στέγασης", "Τέκνο")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;")
                .doesNotContain("<script", "<link", "src=", "http://", "https://");
    }

    @Test
    void htmlFollowsAcceptLanguage() throws Exception {
        String html = mvc.perform(in(tenant, "coordinator", get("/api/beneficiaries/{b}/export", record.person), null)
                        .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("<html lang=\"en\">", "Personal data held by the Community Centre",
                "Who accessed your record", "Exported for the person", "Housing allowance", "Child");
    }

    @Test
    void onlyCoordinatorsAndSocialWorkersExport() throws Exception {
        for (String role : new String[] {"psychologist", "admin-staff", "regional-manager"}) {
            mvc.perform(in(tenant, role, get("/api/beneficiaries/{b}/export", record.person), null))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void anotherCentresPersonIsNotFoundAndNothingIsShown() throws Exception {
        String foreigner = registerPerson(OTHER, "Ξένη", "Άλλου", "1970-10-10");
        String body = mvc.perform(in(tenant, "coordinator", get("/api/beneficiaries/{b}/export", foreigner), null))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("Ξένη", "Άλλου");
        assertThat(jdbc.queryForObject("select count(*) from " + schema + ".audit_event where action = 'EXPORT'",
                Integer.class)).isZero();
    }
}
