package gr.kentra.cases.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BeneficiaryRecordTest extends CaseServiceIntegrationTest {

    private static final String TENANT = "record-here";
    private static final String OTHER = "record-there";

    private static final String FULL = """
            {"firstName":"Σοφία","lastName":"Αλεξίου","dateOfBirth":"1971-04-09","gender":"FEMALE",
             "citizenship":"AL","idDocumentNumber":"ΑΔ 445566","phone":"+30 697 111 2233",
             "email":"sofia@example.gr","address":"Πειραιώς 10, Μοσχάτο",
             "consent":{"given":true,"date":"2026-01-15","legalBasis":"CONSENT"}}""";

    @BeforeEach
    void centres() throws Exception {
        provision(TENANT);
        provision(OTHER);
    }

    @Test
    void registersTheWholeRecordAndReadsItBack() throws Exception {
        String id = id(mvc.perform(in(TENANT, "admin-staff", post("/api/beneficiaries"), FULL))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.possibleDuplicates").isEmpty())
                .andReturn().getResponse().getContentAsString());
        mvc.perform(in(TENANT, "psychologist", get("/api/beneficiaries/{id}", id), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.citizenship").value("AL"))
                .andExpect(jsonPath("$.idDocumentNumber").value("ΑΔ 445566"))
                .andExpect(jsonPath("$.phone").value("+30 697 111 2233"))
                .andExpect(jsonPath("$.email").value("sofia@example.gr"))
                .andExpect(jsonPath("$.address").value("Πειραιώς 10, Μοσχάτο"))
                .andExpect(jsonPath("$.consent.given").value(true))
                .andExpect(jsonPath("$.consent.date").value("2026-01-15"))
                .andExpect(jsonPath("$.consent.legalBasis").value("CONSENT"))
                .andExpect(jsonPath("$.possibleDuplicates").doesNotExist());
    }

    @Test
    void findsAPersonByPhoneWithOrWithoutTheCountryCode() throws Exception {
        String body = FULL.replace("+30 697 111 2233", "6974445566").replace("Αλεξίου", "Φωτίου");
        String id = id(mvc.perform(in(TENANT, "social-worker", post("/api/beneficiaries"), body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        for (String q : List.of("6974445566", "+30 697 444 5566", "00306974445566")) {
            String found = mvc.perform(in(TENANT, "social-worker", get("/api/beneficiaries").param("q", q), null))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(JsonPath.<List<String>>read(found, "$.items[*].id")).as(q).containsExactly(id);
        }
    }

    @Test
    void offersASimilarNameWithTheSameBirthDateAsAPossibleDuplicate() throws Exception {
        String first = registerPerson(TENANT, "Αικατερίνη", "Μαυρίδου", "1955-12-24");
        registerPerson(TENANT, "Αικατερίνη", "Μαυρίδου", "1956-12-24");
        mvc.perform(in(TENANT, "social-worker", post("/api/beneficiaries"), """
                        {"firstName":"Αικατερινη","lastName":"Μαυριδου","dateOfBirth":"1955-12-24","gender":"FEMALE"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.possibleDuplicates.length()").value(1))
                .andExpect(jsonPath("$.possibleDuplicates[0].id").value(first))
                .andExpect(jsonPath("$.possibleDuplicates[0].href").value("/api/beneficiaries/" + first));
        mvc.perform(in(TENANT, "social-worker", post("/api/beneficiaries"), """
                        {"firstName":"Γεώργιος","lastName":"Μαυρίδης","dateOfBirth":"1955-12-24","gender":"MALE"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.possibleDuplicates").isEmpty());
    }

    @Test
    void editsTheRecordAndMovesItsVersionOn() throws Exception {
        String id = registerPerson(TENANT, "Ιωάννα", "Πέτρου", "1990-02-02");
        mvc.perform(in(TENANT, "admin-staff", put("/api/beneficiaries/{id}", id), """
                        {"firstName":"Ιωάννα","lastName":"Πέτρου-Νίκα","dateOfBirth":"1990-02-02","gender":"FEMALE",
                         "status":"INACTIVE","phone":"2104830000","version":0}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lastName").value("Πέτρου-Νίκα"))
                .andExpect(jsonPath("$.latinLastName").value("Petrou-Nika"))
                .andExpect(jsonPath("$.status").value("INACTIVE"))
                .andExpect(jsonPath("$.version").value(1));
        String found = mvc.perform(in(TENANT, "social-worker", get("/api/beneficiaries").param("q", "petrou nika"), null))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(found, "$.items[*].id")).first().isEqualTo(id);
    }

    @Test
    void refusesAStaleVersionWithTheCurrentOneInsteadOfOverwriting() throws Exception {
        String id = registerPerson(TENANT, "Ιωάννα", "Σταύρου", "1991-02-02");
        String edit = """
                {"firstName":"Ιωάννα","lastName":"%s","dateOfBirth":"1991-02-02","gender":"FEMALE",
                 "status":"ACTIVE","version":0}""";
        mvc.perform(in(TENANT, "social-worker", put("/api/beneficiaries/{id}", id), edit.formatted("Σταύρου-Α")))
                .andExpect(status().isOk());
        mvc.perform(in(TENANT, "social-worker", put("/api/beneficiaries/{id}", id), edit.formatted("Σταύρου-Β")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.currentVersion").value(1));
        mvc.perform(in(TENANT, "social-worker", get("/api/beneficiaries/{id}", id), null))
                .andExpect(jsonPath("$.lastName").value("Σταύρου-Α"));
    }

    @Test
    void explainsBadContactDetailsInGreekAndEnglish() throws Exception {
        String bad = FULL.replace("\"AL\"", "\"XX\"").replace("sofia@example.gr", "not-an-email");
        mvc.perform(in(TENANT, "social-worker", post("/api/beneficiaries"), bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'citizenship')].message").value("δεν είναι κωδικός χώρας ISO 3166 (δύο κεφαλαία γράμματα, π.χ. GR)"))
                .andExpect(jsonPath("$.errors[?(@.field == 'email')].message").value("δεν είναι έγκυρη διεύθυνση email"));
        mvc.perform(in(TENANT, "social-worker", post("/api/beneficiaries"), bad).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'email')].message").value("is not a valid email address"));
    }

    @Test
    void requiresTheDateAndBasisOfARecordedConsent() throws Exception {
        mvc.perform(in(TENANT, "social-worker", post("/api/beneficiaries"),
                        FULL.replace(",\"date\":\"2026-01-15\"", "").replace("\"CONSENT\"", "\"WHIM\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("consent.legalBasis"));
        mvc.perform(in(TENANT, "social-worker", post("/api/beneficiaries"), FULL.replace(",\"date\":\"2026-01-15\"", ""))
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("consent.date"))
                .andExpect(jsonPath("$.errors[0].message").value("is required when consent is given"));
    }

    @Test
    void aRecordRegisteredWithoutConsentIsWrittenBackAsRead() throws Exception {
        String id = registerPerson(TENANT, "Ειρήνη", "Μαυρίδου", "1966-06-06");
        String read = mvc.perform(in(TENANT, "social-worker", get("/api/beneficiaries/{id}", id), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consent.given").value(false))
                .andExpect(jsonPath("$.processingBasis").value("PUBLIC_TASK_SOCIAL_CARE"))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(in(TENANT, "social-worker", put("/api/beneficiaries/{id}", id),
                        read.replace("\"Ειρήνη\"", "\"Ειρήνη-Μαρία\"")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.firstName").value("Ειρήνη-Μαρία"))
                .andExpect(jsonPath("$.consent.given").value(false))
                .andExpect(jsonPath("$.processingBasis").value("PUBLIC_TASK_SOCIAL_CARE"));
    }

    @Test
    void theLegalBasisOfProcessingIsItsOwnFieldAndDoesNotNeedConsent() throws Exception {
        String body = mvc.perform(in(TENANT, "social-worker", post("/api/beneficiaries"), """
                        {"firstName":"Ρένα","lastName":"Βλάχου","dateOfBirth":"1950-05-05","gender":"FEMALE",
                         "processingBasis":"PUBLIC_TASK_PUBLIC_INTEREST","consent":{"given":false}}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.processingBasis").value("PUBLIC_TASK_PUBLIC_INTEREST"))
                .andExpect(jsonPath("$.consent.given").value(false))
                .andReturn().getResponse().getContentAsString();
        assertThat(jdbc.queryForObject("select processing_basis from t_record_here.beneficiary where id = ?::uuid",
                String.class, id(body))).isEqualTo("PUBLIC_TASK_PUBLIC_INTEREST");
        mvc.perform(in(TENANT, "social-worker", post("/api/beneficiaries"), """
                        {"firstName":"Ρένα","lastName":"Βλάχου","dateOfBirth":"1950-05-05","gender":"FEMALE",
                         "processingBasis":"WHIM"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("processingBasis"));
    }

    @Test
    void refusesAnEditWithoutAVersionOrThatErasesInGreekAndEnglish() throws Exception {
        String id = registerPerson(TENANT, "Άννα", "Ραφαήλ", "1992-02-02");
        String noVersion = """
                {"firstName":"Άννα","lastName":"Ραφαήλ","dateOfBirth":"1992-02-02","gender":"FEMALE","status":"ACTIVE"}""";
        mvc.perform(in(TENANT, "social-worker", put("/api/beneficiaries/{id}", id), noVersion))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"))
                .andExpect(jsonPath("$.errors[0].message").value("είναι υποχρεωτικό"));
        String erase = noVersion.replace("\"ACTIVE\"", "\"ERASED\",\"version\":0");
        mvc.perform(in(TENANT, "social-worker", put("/api/beneficiaries/{id}", id), erase).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].message").value("erasure is done by an erasure request, not by an edit"));
    }

    @Test
    void refusesToGiveAnotherPersonsAmkaByEdit() throws Exception {
        String amka = "01013099997";
        String holder = id(mvc.perform(in(TENANT, "social-worker", post("/api/beneficiaries"), """
                        {"firstName":"Κώστας","lastName":"Λάμπρου","dateOfBirth":"1930-01-01","gender":"MALE",
                         "amka":"%s"}""".formatted(amka))).andReturn().getResponse().getContentAsString());
        String other = registerPerson(TENANT, "Κώστας", "Λαμπράκης", "1930-01-01");
        mvc.perform(in(TENANT, "social-worker", put("/api/beneficiaries/{id}", other), """
                        {"firstName":"Κώστας","lastName":"Λαμπράκης","dateOfBirth":"1930-01-01","gender":"MALE",
                         "amka":"%s","status":"ACTIVE","version":0}""".formatted(amka)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.existingId").value(holder));
    }

    @Test
    void cannotEditOrReadAnotherCentresRecord() throws Exception {
        String id = registerPerson(OTHER, "Ελπίδα", "Ξένου", "1980-01-01");
        mvc.perform(in(TENANT, "coordinator", put("/api/beneficiaries/{id}", id), """
                        {"firstName":"Ελπίδα","lastName":"Ξένου","dateOfBirth":"1980-01-01","gender":"FEMALE",
                         "status":"ACTIVE","version":0}"""))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(in(TENANT, "coordinator", get("/api/beneficiaries/{id}", id), null))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPsychologistCannotEditIdentity() throws Exception {
        String id = registerPerson(TENANT, "Ελπίδα", "Δούκα", "1980-01-01");
        mvc.perform(in(TENANT, "psychologist", put("/api/beneficiaries/{id}", id), """
                        {"firstName":"Ελπίδα","lastName":"Δούκα","dateOfBirth":"1980-01-01","gender":"FEMALE",
                         "status":"ACTIVE","version":0}"""))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void answersAnAbsurdPageWithAnEmptyPageNotAnError() throws Exception {
        mvc.perform(in(TENANT, "social-worker", get("/api/beneficiaries").param("q", "a")
                        .param("page", String.valueOf(Integer.MAX_VALUE)).param("size", "100"), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty());
    }

    private static String id(String body) {
        return JsonPath.read(body, "$.id");
    }
}
