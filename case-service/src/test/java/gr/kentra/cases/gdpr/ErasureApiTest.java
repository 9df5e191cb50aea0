package gr.kentra.cases.gdpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class ErasureApiTest extends CaseServiceIntegrationTest {

    private static final String OTHER = "gdpr-erasure-there";
    private static final String REASON = "{\"reason\":\"Αίτημα διαγραφής του υποκειμένου, άρθρο 17 ΓΚΠΔ\"}";
    /** A centre per test, so that every text column of its schema can be scanned for the one person. */
    private static final AtomicInteger CENTRES = new AtomicInteger();
    /** Everything that identifies the person or was written about them. */
    private static final List<String> IDENTIFYING = List.of(FullRecord.FIRST_NAME, FullRecord.LAST_NAME,
            FullRecord.LATIN_LAST_NAME, FullRecord.AMKA, FullRecord.AFM, FullRecord.PHONE, FullRecord.PHONE_DIGITS,
            FullRecord.EMAIL, FullRecord.ADDRESS, FullRecord.ID_DOCUMENT, "1984-06-21", FullRecord.HISTORY_1,
            FullRecord.HISTORY_2, FullRecord.ASSESSMENT_NOTES, FullRecord.REQUEST_TEXT, FullRecord.REQUEST_OUTCOME,
            FullRecord.REFERRAL_REASON, FullRecord.SESSION_NOTES, FullRecord.APPOINTMENT_PURPOSE,
            FullRecord.FINDINGS, FullRecord.CONCLUSION, FullRecord.WHEREABOUTS, FullRecord.DISTRIBUTION_NOTES,
            FullRecord.LINE_DESCRIPTION, FullRecord.ACCESS_REASON);

    @Autowired
    private ApplicationEvents events;

    private String tenant;
    private String schema;
    private FullRecord record;

    @BeforeEach
    void person() throws Exception {
        tenant = "gdpr-erasure-" + CENTRES.incrementAndGet();
        schema = "t_" + tenant.replace('-', '_');
        provision(tenant);
        provision(OTHER);
        record = FullRecord.in(mvc, tenant);
    }

    @Test
    void erasureLeavesNoIdentifyingValueInAnyTextColumnOfTheCentre() throws Exception {
        assertThat(occurrences()).as("the fixture itself").isNotEmpty();
        mvc.perform(in(tenant, "coordinator", delete("/api/beneficiaries/{b}", record.person), REASON))
                .andExpect(status().isOk());
        assertThat(occurrences()).isEmpty();
        assertThat(auditOccurrences()).isEmpty();
    }

    @Test
    void erasureKeepsTheRowsTheirIdsAndCodedDataAndTheBirthYear() throws Exception {
        Map<String, Object> before = counts();
        mvc.perform(in(tenant, "coordinator", delete("/api/beneficiaries/{b}", record.person), REASON))
                .andExpect(status().isOk());
        assertThat(counts()).isEqualTo(before);
        Map<String, Object> row = jdbc.queryForMap("select * from " + schema + ".beneficiary where id = ?::uuid",
                record.person);
        assertThat(row).containsEntry("status", "ERASED").containsEntry("gender", "FEMALE")
                .containsEntry("citizenship", "GR").containsEntry("consent_legal_basis", "CONSENT");
        assertThat(((Number) row.get("birth_year")).intValue()).isEqualTo(1984);
        assertThat(row.get("date_of_birth")).isNull();
        assertThat(jdbc.queryForMap("select type_code, status from " + schema + ".service_request where id = ?::uuid",
                record.request)).containsEntry("type_code", "HOUSING_ALLOWANCE").containsEntry("status", "COMPLETED");
        assertThat(jdbc.queryForObject("select topic from " + schema + ".counselling_session where id = ?::uuid",
                String.class, record.individualSession)).isEqualTo("ANXIETY_DEPRESSION");
    }

    @Test
    void aCompletedInvestigationIsKeptByLawAndTheAnswerSaysWhichAndWhy() throws Exception {
        mvc.perform(in(tenant, "coordinator", delete("/api/beneficiaries/{b}", record.person), REASON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.keptByLaw.length()").value(1))
                .andExpect(jsonPath("$.keptByLaw[0].record").value("social_investigation"))
                .andExpect(jsonPath("$.keptByLaw[0].id").value(record.courtInvestigation))
                .andExpect(jsonPath("$.keptByLaw[0].fields").value(org.hamcrest.Matchers.hasItem("findings")))
                .andExpect(jsonPath("$.keptByLaw[0].legalBasis").value(org.hamcrest.Matchers.containsString("17(3)")));
        assertThat(jdbc.queryForMap("select findings, conclusion from " + schema + ".social_investigation"
                + " where id = ?::uuid", record.courtInvestigation))
                .containsEntry("findings", FullRecord.COURT_FINDINGS)
                .containsEntry("conclusion", FullRecord.COURT_CONCLUSION);
        assertThat(jdbc.queryForMap("select findings, conclusion from " + schema + ".social_investigation"
                + " where id = ?::uuid", record.openInvestigation))
                .containsEntry("findings", null).containsEntry("conclusion", null);
    }

    @Test
    void anErasureWithNothingKeptByLawAnswersNoContent() throws Exception {
        String plain = registerPerson(tenant, "Χρυσάνθη", "Μελετίου", "1961-01-01");
        mvc.perform(in(tenant, "coordinator", delete("/api/beneficiaries/{b}", plain), REASON))
                .andExpect(status().isNoContent());
    }

    @Test
    void aGroupSessionKeepsItsNotesAndTheOtherPersonKeepsEverything() throws Exception {
        mvc.perform(in(tenant, "coordinator", delete("/api/beneficiaries/{b}", record.person), REASON))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select notes from " + schema + ".counselling_session where id = ?::uuid",
                String.class, record.groupSession)).isEqualTo(FullRecord.GROUP_NOTES);
        mvc.perform(in(tenant, "coordinator", get("/api/beneficiaries/{b}", record.other), null))
                .andExpect(jsonPath("$.lastName").value("Σταθοπούλου"));
    }

    @Test
    void theErasedRecordReadsAsAStubAndNoSearchFindsIt() throws Exception {
        mvc.perform(in(tenant, "coordinator", delete("/api/beneficiaries/{b}", record.person), REASON))
                .andExpect(status().isOk());
        mvc.perform(in(tenant, "social-worker", get("/api/beneficiaries/{b}", record.person), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(record.person))
                .andExpect(jsonPath("$.status").value("ERASED"))
                .andExpect(jsonPath("$.firstName").doesNotExist())
                .andExpect(jsonPath("$.amka").doesNotExist())
                .andExpect(jsonPath("$.dateOfBirth").doesNotExist());
        for (String query : List.of(FullRecord.LAST_NAME, FullRecord.LATIN_LAST_NAME, "Ευανθια", FullRecord.AMKA,
                FullRecord.AFM, FullRecord.PHONE_DIGITS)) {
            mvc.perform(in(tenant, "social-worker", get("/api/beneficiaries").param("q", query), null))
                    .andExpect(jsonPath("$.total").value(0));
        }
        mvc.perform(in(tenant, "social-worker", get("/api/beneficiaries"), null))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(record.other));
    }

    @Test
    void theErasedRecordTakesNoNewWorkAndNoEdit() throws Exception {
        mvc.perform(in(tenant, "coordinator", delete("/api/beneficiaries/{b}", record.person), REASON))
                .andExpect(status().isOk());
        mvc.perform(in(tenant, "social-worker", post("/api/requests"), """
                        {"beneficiaryId":"%s","type":"GOODS","channel":"WALK_IN","receivedOn":"2026-02-01",
                         "description":"Τρόφιμα."}""".formatted(record.person)))
                .andExpect(status().isConflict());
        mvc.perform(in(tenant, "social-worker", put("/api/beneficiaries/{b}/social-history", record.person),
                        "{\"text\":\"Νέο κείμενο για το πρόσωπο.\",\"version\":2}"))
                .andExpect(status().isConflict());
        mvc.perform(in(tenant, "social-worker", post("/api/beneficiaries/{b}/household", record.person), """
                        {"relation":"PARENT","yearOfBirth":1950,"employmentStatus":"INACTIVE","disability":false}"""))
                .andExpect(status().isConflict());
        mvc.perform(in(tenant, "social-worker", post("/api/beneficiaries/{b}/assessments", record.person), """
                        {"needs":["FOOD"],"priority":"LOW","date":"2026-02-01"}"""))
                .andExpect(status().isConflict());
        mvc.perform(in(tenant, "social-worker", put("/api/beneficiaries/{b}/profile", record.person), """
                        {"employmentStatus":"EMPLOYED","housingSituation":"OWNED_OR_RENTED","version":0}"""))
                .andExpect(status().isConflict());
        mvc.perform(in(tenant, "social-worker", put("/api/beneficiaries/{b}", record.person), """
                        {"firstName":"Νέα","lastName":"Ταυτότητα","dateOfBirth":"1984-06-21","gender":"FEMALE",
                         "status":"ACTIVE","version":1}""").header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.beneficiaryStatus").value("ERASED"))
                .andExpect(jsonPath("$.detail").value(
                        "This person's identity has been erased: the record takes no edits."));
    }

    @Test
    void erasingTwiceIsAConflict() throws Exception {
        mvc.perform(in(tenant, "coordinator", delete("/api/beneficiaries/{b}", record.person), REASON))
                .andExpect(status().isOk());
        mvc.perform(in(tenant, "coordinator", delete("/api/beneficiaries/{b}", record.person), REASON)
                        .header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Already erased"))
                .andExpect(jsonPath("$.detail").value("This person's identity has already been erased."));
        assertThat(jdbc.queryForObject("select count(*) from " + schema + ".audit_event where action = 'ERASURE'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void theErasureIsAuditedWithItsReasonAndPublished() throws Exception {
        mvc.perform(in(tenant, "coordinator", delete("/api/beneficiaries/{b}", record.person)
                        .param("reason", "Αίτημα του υποκειμένου της 20/2"), null))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForMap("select actor, record_type, reason from " + schema + ".audit_event"
                + " where action = 'ERASURE' and beneficiary_id = ?::uuid", record.person))
                .containsEntry("actor", "maria").containsEntry("record_type", "BENEFICIARY")
                .containsEntry("reason", "Αίτημα του υποκειμένου της 20/2");
        assertThat(events.stream(BeneficiaryErased.class)).containsExactly(new BeneficiaryErased(
                UUID.fromString(record.person), LocalDate.now(ZoneId.of("Europe/Athens"))));
    }

    @Test
    void aMissingOrShortReasonIsRefusedInGreekAndEnglish() throws Exception {
        mvc.perform(in(tenant, "coordinator", delete("/api/beneficiaries/{b}", record.person), null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("δώστε τον λόγο της διαγραφής, 10 έως 500 χαρακτήρες, χωρίς το όνομα του προσώπου"));
        mvc.perform(in(tenant, "coordinator", delete("/api/beneficiaries/{b}", record.person), "{\"reason\":\"γιατί\"}")
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("give the reason for the erasure, 10 to 500 characters, without the person's name"));
        mvc.perform(in(tenant, "coordinator", get("/api/beneficiaries/{b}", record.person), null))
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        assertThat(events.stream(BeneficiaryErased.class)).isEmpty();
    }

    @Test
    void onlyACoordinatorErases() throws Exception {
        for (String role : new String[] {"social-worker", "psychologist", "admin-staff"}) {
            mvc.perform(in(tenant, role, delete("/api/beneficiaries/{b}", record.person), REASON))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(in(tenant, "coordinator", get("/api/beneficiaries/{b}", record.person), null))
                .andExpect(jsonPath("$.lastName").value(FullRecord.LAST_NAME));
    }

    @Test
    void anotherCentresPersonIsNotFoundAndStaysWhole() throws Exception {
        String foreigner = registerPerson(OTHER, "Ξένη", "Άλλου", "1970-10-10");
        mvc.perform(in(tenant, "coordinator", delete("/api/beneficiaries/{b}", foreigner), REASON))
                .andExpect(status().isNotFound());
        mvc.perform(in(OTHER, "coordinator", get("/api/beneficiaries/{b}", foreigner), null))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.lastName").value("Άλλου"));
    }

    /** "table.column: value" for every identifying value found in any text column outside the audit trail. */
    private List<String> occurrences() {
        return scan(column -> !column.get("table_name").equals("audit_event"));
    }

    private List<String> auditOccurrences() {
        return scan(column -> column.get("table_name").equals("audit_event"));
    }

    private List<String> scan(java.util.function.Predicate<Map<String, Object>> which) {
        List<Map<String, Object>> columns = jdbc.queryForList("select table_name, column_name from"
                + " information_schema.columns where table_schema = ? and data_type in"
                + " ('text', 'character varying', 'character') and table_name not like 'databasechangelog%'", schema);
        assertThat(columns).as("text columns of " + schema).hasSizeGreaterThan(20);
        List<String> found = new ArrayList<>();
        for (Map<String, Object> column : columns.stream().filter(which).toList()) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            for (String value : IDENTIFYING) {
                List<String> hits = jdbc.queryForList("select \"%s\" from %s.\"%s\" where strpos(\"%s\", ?) > 0"
                        .formatted(name, schema, table, name), String.class, value);
                hits.forEach(hit -> found.add(table + "." + name + ": " + value));
            }
        }
        return found;
    }

    private Map<String, Object> counts() {
        return jdbc.queryForMap(("select (select count(*) from %1$s.beneficiary) as beneficiaries,"
                + " (select count(*) from %1$s.household_member) as household,"
                + " (select count(*) from %1$s.social_history_version) as history,"
                + " (select count(*) from %1$s.socio_economic_profile) as profiles,"
                + " (select count(*) from %1$s.needs_assessment) as assessments,"
                + " (select count(*) from %1$s.service_request) as requests,"
                + " (select count(*) from %1$s.referral) as referrals,"
                + " (select count(*) from %1$s.counselling_session_participant) as participants,"
                + " (select count(*) from %1$s.appointment) as appointments").formatted(schema));
    }
}
