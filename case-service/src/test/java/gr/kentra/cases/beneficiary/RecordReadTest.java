package gr.kentra.cases.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;


import gr.kentra.cases.CaseServiceIntegrationTest;
import gr.kentra.cases.audit.AuditTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reading one person's record: the body exactly as it was (byte for byte, over people who differ in every field
 * the body shows), one audit line per read in the centre's own trail, written with the read or the read is not
 * served, and nothing of another centre.
 */
class RecordReadTest extends CaseServiceIntegrationTest {

    private static final String CENTRE = "record-read";
    private static final String OTHER = "record-read-other";

    /** People written straight into the table with fixed ids and instants, so their bodies can be compared whole. */
    private static final Map<String, String> PEOPLE = Map.of(
            "0b9e3c52-6a57-4c2e-9d41-2f6a1d7e0001", """
                    ('0b9e3c52-6a57-4c2e-9d41-2f6a1d7e0001', 'Ελένη', 'Γεωργίου', 'Eleni', 'Georgiou', '1980-05-01',
                     'FEMALE', '01058012345', '123456783', 'ACTIVE', 'GR', 'ΑΚ 123456', '+30 210 9400000',
                     '2109400000', 'eleni@example.gr', 'Πειραιώς 10, Μοσχάτο', true, '2026-03-02', 'CONSENT',
                     'CONSENT', '2026-03-02 09:14:00.123456+00', 'maria.k', 3, '-', '-')""",
            "0b9e3c52-6a57-4c2e-9d41-2f6a1d7e0002", """
                    ('0b9e3c52-6a57-4c2e-9d41-2f6a1d7e0002', 'Αχιλλέας', 'Ζαχαρίου', 'Achilleas', 'Zachariou',
                     '1999-12-31', 'UNKNOWN', null, null, 'INACTIVE', null, null, null, null, null, null, false,
                     null, null, 'PUBLIC_TASK_SOCIAL_CARE', '2025-12-31 22:00:00+00', 'kostas', 0, '-', '-')""",
            "0b9e3c52-6a57-4c2e-9d41-2f6a1d7e0003", """
                    ('0b9e3c52-6a57-4c2e-9d41-2f6a1d7e0003', null, null, null, null, null, 'FEMALE', null, null,
                     'ERASED', null, null, null, null, null, null, false, null, null, 'PUBLIC_TASK_SOCIAL_CARE',
                     '2024-02-29 23:59:59.9+00', 'eleni', 7, '-', '-')""",
            "0b9e3c52-6a57-4c2e-9d41-2f6a1d7e0004", """
                    ('0b9e3c52-6a57-4c2e-9d41-2f6a1d7e0004', 'Ζωή-Μαρία', 'Ντε Λα Κρουζ', 'Zoi-Maria', 'O''Brien "Jr"',
                     '1944-02-29', 'NON_BINARY', null, '000000000', 'DECEASED', 'UA', 'No\\1', '00380441234567',
                     '380441234567', 'z.o+tag@example.com', 'Οδός «Ελπίδας» 3\nΒόλος', true, '2015-06-30',
                     'LEGAL_OBLIGATION', 'PUBLIC_TASK_PUBLIC_INTEREST', '2016-01-01 00:00:00.001+00', 'γιάννης', 12, '-', '-')""",
            "0b9e3c52-6a57-4c2e-9d41-2f6a1d7e0005", """
                    ('0b9e3c52-6a57-4c2e-9d41-2f6a1d7e0005', 'Γιώργος', 'Παπαδόπουλος', 'Giorgos', 'Papadopoulos',
                     '2014-01-01', 'MALE', '01011400013', null, 'ACTIVE', null, null, '6970001122', '6970001122',
                     null, null, true, '2020-02-02', 'VITAL_INTEREST', 'PUBLIC_TASK_SOCIAL_CARE',
                     '2020-02-02 10:20:30.5+00', 'maria', 1, '-', '-')""");

    private static final String FULL = "0b9e3c52-6a57-4c2e-9d41-2f6a1d7e0001";
    private static final String SCHEMA = "t_record_read";

    @BeforeEach
    void centres() throws Exception {
        provision(CENTRE);
        provision(OTHER);
        String schema = SCHEMA;
        PEOPLE.values().forEach(values -> jdbc.update("""
                insert into %s.beneficiary (id, first_name, last_name, latin_first_name, latin_last_name,
                 date_of_birth, gender, amka, afm, status, citizenship, id_document_number, phone, phone_digits,
                 email, address, consent_given, consent_date, consent_legal_basis, processing_basis, registered_at,
                 registered_by, version, search_text, normalised_name)
                values %s on conflict (id) do nothing""".formatted(schema, values)));
    }

    /** The bodies as the read answered before its Hibernate work was cut (session 15): record-read-bodies.txt. */
    @Test
    void showsEachRecordByteForByteAsBefore() throws Exception {
        Map<String, String> expected = new TreeMap<>();
        try (var lines = getClass().getResourceAsStream("record-read-bodies.txt")) {
            new String(lines.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .forEach(line -> expected.put(line.substring(0, 36), line.substring(37)));
        }
        Map<String, String> bodies = new TreeMap<>();
        for (String id : PEOPLE.keySet()) {
            byte[] body = mvc.perform(in(CENTRE, "social-worker", get("/api/beneficiaries/{id}", id), null))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            bodies.put(id, new String(body, StandardCharsets.UTF_8));
        }
        assertThat(expected).hasSize(PEOPLE.size());
        assertThat(bodies).isEqualTo(expected);
    }

    /** Each column of the line written by the read, and the same line as the trail's mapping reads it back. */
    @Test
    void eachReadWritesOneLineInTheCentresOwnTrail() throws Exception {
        int here = lines(SCHEMA, FULL);
        int there = jdbc.queryForObject("select count(*) from t_record_read_other.audit_event", Integer.class);
        OffsetDateTime before = jdbc.queryForObject("select now()", OffsetDateTime.class);
        mvc.perform(in(CENTRE, "psychologist", get("/api/beneficiaries/{id}", FULL), null)
                .header(AuditTrail.REASON_HEADER, "%CE%B1%CE%AF%CF%84%CE%B7%CE%BC%CE%B1")).andExpect(status().isOk());

        assertThat(lines(SCHEMA, FULL)).isEqualTo(here + 1);
        assertThat(jdbc.queryForObject("select count(*) from t_record_read_other.audit_event", Integer.class))
                .isEqualTo(there);
        Map<String, Object> line = jdbc.queryForMap("""
                select id, occurred_at, actor, beneficiary_id::text, record_type, record_id, action, fields, reason
                from t_record_read.audit_event where record_id = ? order by occurred_at desc limit 1""", FULL);
        assertThat(line.get("id")).isInstanceOf(UUID.class);
        assertThat(((java.sql.Timestamp) line.get("occurred_at")).toInstant())
                .isBetween(before.toInstant(), Instant.now());
        assertThat(line).containsEntry("actor", "maria").containsEntry("beneficiary_id", FULL)
                .containsEntry("record_type", "BENEFICIARY").containsEntry("record_id", FULL)
                .containsEntry("action", "READ").containsEntry("fields", null).containsEntry("reason", "αίτημα");

        String trail = mvc.perform(in(CENTRE, "coordinator", get("/api/audit").param("beneficiary", FULL), null))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Map<String, Object> shown = JsonPath.read(trail, "$.items[0]");
        assertThat(shown).containsEntry("id", line.get("id").toString()).containsEntry("actor", "maria")
                .containsEntry("beneficiaryId", FULL).containsEntry("recordType", "BENEFICIARY")
                .containsEntry("recordId", FULL).containsEntry("action", "READ").containsEntry("reason", "αίτημα")
                .containsEntry("fields", List.of())
                .containsEntry("occurredAt", ((java.sql.Timestamp) line.get("occurred_at")).toInstant().toString());
    }

    /** The line is written in the read's transaction: when it cannot be written, the person is not shown. */
    @Test
    void aReadWhoseAuditLineCannotBeWrittenIsNotServed() throws Exception {
        String refused = "0b9e3c52-6a57-4c2e-9d41-2f6a1d7e0002";
        jdbc.execute("""
                create or replace function t_record_read.refuse_audit_line() returns trigger language plpgsql as
                $$ begin if new.record_id = '%s' then raise exception 'no audit line today'; end if; return new; end $$
                """.formatted(refused));
        jdbc.execute("""
                create trigger refuse_audit_line before insert on t_record_read.audit_event
                for each row execute function t_record_read.refuse_audit_line()""");
        try {
            int before = lines(SCHEMA, refused);
            String served;
            try {
                var answer = mvc.perform(in(CENTRE, "social-worker", get("/api/beneficiaries/{id}", refused), null))
                        .andReturn().getResponse();
                assertThat(answer.getStatus()).isGreaterThanOrEqualTo(500);
                served = answer.getContentAsString();
            } catch (jakarta.servlet.ServletException failed) {
                // MockMvc has no error page: the failure reaches the caller as the servlet container would see it.
                served = "";
            }
            assertThat(served).doesNotContain("Αχιλλέας", "Ζαχαρίου", "1999-12-31");
            assertThat(lines(SCHEMA, refused)).isEqualTo(before);
            // Another person's read is not affected.
            mvc.perform(in(CENTRE, "social-worker", get("/api/beneficiaries/{id}", FULL), null))
                    .andExpect(status().isOk());
        } finally {
            jdbc.execute("drop trigger refuse_audit_line on t_record_read.audit_event");
            jdbc.execute("drop function t_record_read.refuse_audit_line()");
        }
    }

    @Test
    void anotherCentresOrAMissingPersonIsNotFoundAndLeavesNoLine() throws Exception {
        String missing = UUID.randomUUID().toString();
        for (String tenant : List.of(OTHER, CENTRE)) {
            String id = tenant.equals(OTHER) ? FULL : missing;
            mvc.perform(in(tenant, "social-worker", get("/api/beneficiaries/{id}", id), null))
                    .andExpect(status().isNotFound());
        }
        assertThat(lines("t_record_read_other", FULL)).isZero();
        assertThat(lines(SCHEMA, missing)).isZero();
    }

    private int lines(String schema, String recordId) {
        return jdbc.queryForObject("select count(*) from %s.audit_event where record_id = ?".formatted(schema),
                Integer.class, recordId);
    }
}
