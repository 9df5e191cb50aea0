package gr.kentra.cases.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Issuing through the API: the protocol register, the audit trail and timeline, permissions, isolation, problems. */
class DocumentApiTest extends DocumentTestSupport {

    private static final String TENANT = "documents-here";
    private static final String OTHER = "documents-there";
    private static final String ATTESTATION = "{\"type\":\"REGISTRATION_ATTESTATION\"}";

    private String person;

    @BeforeEach
    void person() throws Exception {
        centre(TENANT, "Κέντρο Κοινότητας Δήμου Ελευσίνας", null);
        provision(OTHER);
        person = registerPerson(TENANT, "Ευαγγελία", "Κωστοπούλου", "1972-06-30");
    }

    @Test
    void protocolNumbersRunOneByOneWithinTheYearWithNoGapUnderConcurrentIssues() throws Exception {
        String tenant = "documents-register";
        provision(tenant);
        String someone = registerPerson(tenant, "Νίκος", "Αλεξίου", "1990-01-01");
        // One refused issue before: a number is taken only by an issue that commits.
        issue(tenant, "social-worker", someone, "{\"type\":\"SOCIAL_INVESTIGATION_REPORT\"}")
                .andExpect(status().isBadRequest());
        int issues = 12;
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Integer>> numbers = new ArrayList<>();
        try {
            for (int i = 0; i < issues; i++) {
                Callable<Integer> one = () -> JsonPath.read(issued(tenant, someone, ATTESTATION), "$.protocolNumber");
                numbers.add(pool.submit(one));
            }
            List<Integer> got = new ArrayList<>();
            for (Future<Integer> number : numbers) {
                got.add(number.get());
            }
            assertThat(got).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, issues).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
        int year = LocalDate.now(ZoneId.of("Europe/Athens")).getYear();
        assertThat(jdbc.queryForObject("select last_number from t_documents_register.protocol_register where year = ?",
                Integer.class, year)).isEqualTo(issues);
    }

    @Test
    void issuingAnswersTheProtocolNumberAndTheCodeOnceAndTheListNeverShowsTheCode() throws Exception {
        int year = LocalDate.now(ZoneId.of("Europe/Athens")).getYear();
        String json = issued(TENANT, person, ATTESTATION);
        String code = JsonPath.read(json, "$.verificationCode");
        assertThat(code).matches("documents-here\\.[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){4}");
        assertThat(JsonPath.<String>read(json, "$.verifyUrl")).endsWith("/verify/" + code);
        assertThat(JsonPath.<Integer>read(json, "$.protocolYear")).isEqualTo(year);
        assertThat(JsonPath.<String>read(json, "$.issuedBy")).isEqualTo("maria");
        String id = JsonPath.read(json, "$.id");

        mvc.perform(in(TENANT, "admin-staff", get("/api/beneficiaries/{id}/documents", person), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].type").value("REGISTRATION_ATTESTATION"))
                .andExpect(jsonPath("$[0].pdf").value("/api/beneficiaries/" + person + "/documents/" + id))
                .andExpect(jsonPath("$[0].verificationCode").doesNotExist())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(code.substring(15)))));
        assertThat(jdbc.queryForObject("select count(*) from t_documents_here.issued_document where verification_hash"
                + " = ?", Integer.class, VerificationCode.parse(code).orElseThrow().hash())).isEqualTo(1);
    }

    @Test
    void eachIssueAndEachOpeningIsAuditedAndTheIssueIsOnThePersonsTimeline() throws Exception {
        String json = issued(TENANT, person, ATTESTATION);
        String id = JsonPath.read(json, "$.id");
        pdf(TENANT, "coordinator", JsonPath.read(json, "$.pdf"));

        assertThat(jdbc.queryForList("select action || ' ' || coalesce(fields, '') from t_documents_here.audit_event"
                + " where record_type = 'ISSUED_DOCUMENT' and record_id = ? order by occurred_at", String.class, id))
                .containsExactly("ISSUE REGISTRATION_ATTESTATION", "READ ");
        mvc.perform(in(TENANT, "admin-staff", get("/t/{c}/people/{id}/timeline", TENANT, person), null))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Έκδοση εγγράφου")))
                .andExpect(content().string(containsString("Βεβαίωση εγγραφής")));
    }

    @Test
    void eachTypeNeedsThePermissionThatReadsItsRecord() throws Exception {
        String investigation = completedInvestigation(TENANT, person);
        String report = "{\"type\":\"SOCIAL_INVESTIGATION_REPORT\",\"recordId\":\"" + investigation + "\"}";
        issue(TENANT, "psychologist", person, ATTESTATION).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        issue(TENANT, "admin-staff", person, ATTESTATION).andExpect(status().isCreated());
        issue(TENANT, "admin-staff", person, report).andExpect(status().isForbidden());
        String reportPdf = JsonPath.read(issued(TENANT, person, report), "$.pdf");

        mvc.perform(in(TENANT, "admin-staff", get(reportPdf), null)).andExpect(status().isForbidden());
        mvc.perform(in(TENANT, "admin-staff", get("/api/beneficiaries/{id}/documents", person), null))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].type").value("REGISTRATION_ATTESTATION"));
        mvc.perform(in(TENANT, "psychologist", get(reportPdf), null)).andExpect(status().isOk());
    }

    @Test
    void anotherCentresTokenCanNeitherIssueNorOpenNorListThisCentresDocuments() throws Exception {
        String json = issued(TENANT, person, ATTESTATION);
        String pdf = JsonPath.read(json, "$.pdf");
        // A member of the other centre naming this centre: refused before anything is read.
        mvc.perform(post("/api/beneficiaries/{id}/documents", person).header("X-Kentra-Tenant", TENANT)
                        .with(staff(OTHER, "coordinator")).contentType(MediaType.APPLICATION_JSON).content(ATTESTATION))
                .andExpect(status().isForbidden());
        mvc.perform(get(pdf).header("X-Kentra-Tenant", TENANT).with(staff(OTHER, "coordinator")))
                .andExpect(status().isForbidden());
        // In its own centre, this centre's ids are simply unknown.
        issue(OTHER, "coordinator", person, ATTESTATION).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(in(OTHER, "coordinator", get(pdf), null)).andExpect(status().isNotFound());
        mvc.perform(in(OTHER, "coordinator", get("/api/beneficiaries/{id}/documents", person), null))
                .andExpect(status().isNotFound());
        // Nor through an encoded path.
        mvc.perform(get(java.net.URI.create("/%61pi/beneficiaries/" + person + "/documents"))
                        .header("X-Kentra-Tenant", TENANT).with(staff(OTHER, "coordinator")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from t_documents_there.issued_document", Integer.class))
                .isZero();
    }

    @Test
    void badInputIsAProblemInGreekOrEnglishNeverAServerError() throws Exception {
        Integer before = jdbc.queryForObject("select count(*) from t_documents_here.issued_document", Integer.class);
        issue(TENANT, "social-worker", person, "{\"type\":\"REFERRAL_LETTER\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("recordId"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("χρειάζεται για αυτό το έγγραφο")));
        mvc.perform(in(TENANT, "social-worker", post("/api/beneficiaries/{id}/documents", person),
                        "{\"type\":\"SOCIAL_INVESTIGATION_REPORT\",\"recordId\":\"" + openInvestigation(TENANT, person)
                                + "\"}").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("recordId"))
                .andExpect(jsonPath("$.errors[0].message").value("is not a completed social investigation of this person"));
        for (String bad : List.of("{\"type\":\"PASSPORT\"}", "{\"type\":null}", "{}", "{\"type\":\"REGISTRATION_ATTESTATION\",\"language\":\"fr\"}",
                "{\"type\":\"REFERRAL_LETTER\",\"recordId\":\"not-a-uuid\"}", "{\"type\":", "[]")) {
            issue(TENANT, "social-worker", person, bad).andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        issue(TENANT, "social-worker", UUID.randomUUID().toString(), ATTESTATION).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Δεν υπάρχει ωφελούμενος με αυτό το αναγνωριστικό σε αυτό το κέντρο."));
        mvc.perform(in(TENANT, "social-worker", get("/api/beneficiaries/{id}/documents/{d}", person, UUID.randomUUID()),
                        null).header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No such document of this person in this centre."));
        mvc.perform(in(TENANT, "social-worker", get("/api/beneficiaries/{id}/documents/not-a-uuid", person), null))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select count(*) from t_documents_here.issued_document", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void erasureRemovesThePdfButKeepsTheRegisterLineAndTheVerification() throws Exception {
        String json = issued(TENANT, person, ATTESTATION);
        mvc.perform(in(TENANT, "coordinator", delete("/api/beneficiaries/{b}", person),
                "{\"reason\":\"Αίτημα διαγραφής του υποκειμένου, άρθρο 17 ΓΚΠΔ\"}")).andExpect(status().is2xxSuccessful());

        mvc.perform(in(TENANT, "coordinator", get((String) JsonPath.read(json, "$.pdf")), null))
                .andExpect(status().isGone())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(in(TENANT, "coordinator", get("/api/beneficiaries/{id}/documents", person), null))
                .andExpect(jsonPath("$[0].protocol").value((String) JsonPath.read(json, "$.protocol")))
                .andExpect(jsonPath("$[0].pdf").doesNotExist());
        issue(TENANT, "coordinator", person, ATTESTATION).andExpect(status().isConflict());
        mvc.perform(get("/verify/" + JsonPath.read(json, "$.verificationCode")).accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.genuine").value(true));
        assertThat(jdbc.queryForObject("select count(*) from t_documents_here.issued_document where pdf is not null"
                + " and beneficiary_id = ?::uuid", Integer.class, person)).isZero();
    }

    @Test
    void theIssueAnswerPointsAtThePdf() throws Exception {
        issue(TENANT, "social-worker", person, ATTESTATION).andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/beneficiaries/" + person + "/documents/")));
    }
}
