package gr.kentra.cases.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The mobile unit's server side: visit lists of a route and nothing else, a size cap, and the synchronisation of
 * the field kit's operation log (replays harmless, field-by-field merge, conflicts kept and decided, refusals per
 * operation, audit as the author at the time made), all inside one centre.
 */
class FieldWorkApiTest extends CaseServiceIntegrationTest {

    private static final String CENTRE = "field-here";
    private static final String OTHER = "field-there";
    private static final String SCHEMA = "t_field_here";
    /** A village name unique to each test: people of earlier tests stay in the centre. */
    private String village;

    @BeforeEach
    void centres() throws Exception {
        provision(CENTRE);
        provision(OTHER);
        // Letters only, so that the whole word is the village's own.
        village = "Πύργος" + UUID.randomUUID().toString().substring(0, 8).chars()
                .mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'g' + (c - '0') : c)))
                .collect(java.util.stream.Collectors.joining());
    }

    @Test
    void checksOutThePeopleAndOpenRequestsOfTheRouteOnlyAndAuditsThem() throws Exception {
        String inVillage = person(CENTRE, "Ελένη", "Ορεινή", "Κεντρική 3, " + village.toUpperCase());
        String elsewhere = person(CENTRE, "Σοφία", "Πεδινή", "Λεωφόρος 1, Τρίκαλα");
        String open = request(inVillage);
        request(elsewhere);

        String preview = mvc.perform(in(CENTRE, "admin-staff", get("/api/field/checkouts/preview")
                        .param("places", village.toLowerCase()), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.people").value(1))
                .andExpect(jsonPath("$.requests").value(1))
                .andExpect(jsonPath("$.allowed").value(true))
                .andReturn().getResponse().getContentAsString();
        assertThat(audited(inVillage, "READ")).as("a preview shows counts only").isZero();

        String list = mvc.perform(in(CENTRE, "admin-staff", post("/api/field/checkouts"),
                        "{\"places\":[\"" + village + "\"]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.people.length()").value(1))
                .andExpect(jsonPath("$.people[0].id").value(inVillage))
                .andExpect(jsonPath("$.people[0].version").value(0))
                .andExpect(jsonPath("$.people[0].fields.lastName").value("Ορεινή"))
                .andExpect(jsonPath("$.requests.length()").value(1))
                .andExpect(jsonPath("$.requests[0].id").value(open))
                .andReturn().getResponse().getContentAsString();
        long previewed = ((Number) JsonPath.read(preview, "$.bytes")).longValue();
        assertThat((long) list.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isBetween(previewed - 64, previewed + 64);
        assertThat(list).doesNotContain("Πεδινή").doesNotContain(elsewhere);
        assertThat(jdbc.queryForList("select reason from " + SCHEMA + ".audit_event where beneficiary_id = ?::uuid"
                + " and action = 'READ'", String.class, inVillage)).hasSize(2)
                .allMatch(reason -> reason.startsWith("field checkout "));
    }

    @Test
    void refusesAVisitListPastTheCapInGreekAndEnglish() throws Exception {
        // The tests' cap is 20 000 bytes (application.properties); 80 people of one village pass it.
        jdbc.update("insert into " + SCHEMA + ".beneficiary (id, first_name, last_name, latin_first_name,"
                + " latin_last_name, date_of_birth, gender, status, address, consent_given, processing_basis,"
                + " search_text, normalised_name, registered_at, registered_by, version)"
                + " select gen_random_uuid(), 'Όνομα', 'Επώνυμο' || n, 'Onoma', 'Eponymo', date '1950-01-01',"
                + " 'FEMALE', 'ACTIVE', 'Οδός ' || n || ', ' || ?, false, 'PUBLIC_TASK_SOCIAL_CARE', 'onoma',"
                + " 'onoma', now(), 'maria', 0 from generate_series(1, 80) n", village);
        mvc.perform(in(CENTRE, "social-worker", get("/api/field/checkouts/preview").param("places", village), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.people").value(80))
                .andExpect(jsonPath("$.allowed").value(false));
        mvc.perform(in(CENTRE, "social-worker", post("/api/field/checkouts"), "{\"places\":[\"" + village + "\"]}")
                        .header("Accept-Language", "el"))
                .andExpect(status().is(422))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("Πολύ μεγάλη λίστα επισκέψεων"))
                .andExpect(jsonPath("$.people").value(80))
                .andExpect(jsonPath("$.maxBytes").value(20000));
        mvc.perform(in(CENTRE, "social-worker", post("/api/field/checkouts"), "{\"places\":[\"" + village + "\"]}")
                        .header("Accept-Language", "en"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.title").value("Visit list too large"));
        assertThat(jdbc.queryForObject("select count(*) from " + SCHEMA + ".field_checkout where places = ?",
                Integer.class, village)).isZero();
        mvc.perform(in(CENTRE, "social-worker", post("/api/field/checkouts"), "{\"places\":[\" \"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("places"));
    }

    @Test
    void aReplayedOperationChangesNothing() throws Exception {
        String kitId = UUID.randomUUID().toString();
        String log = log(
                op("REGISTER_PERSON", kitId, null, "{\"firstName\":\"Μαρία\",\"lastName\":\"Βουνίσια\","
                        + "\"dateOfBirth\":\"1948-02-03\",\"gender\":\"FEMALE\",\"address\":\"" + village + "\"}"),
                op("EDIT_PERSON", kitId, 0L, "{\"phone\":\"+30 2441 000111\"}"),
                op("RECORD_REQUEST", UUID.randomUUID().toString(), null, "{\"beneficiaryId\":\"" + kitId
                        + "\",\"type\":\"INFORMATION\",\"channel\":\"MOBILE_UNIT\",\"receivedOn\":\"2026-12-01\","
                        + "\"description\":\"Ζήτησε ενημέρωση για το επίδομα.\"}"));
        String first = sync(CENTRE, log);
        assertThat(JsonPath.<List<String>>read(first, "$.results[*].outcome"))
                .containsExactly("APPLIED", "APPLIED", "APPLIED");
        String person = JsonPath.read(first, "$.results[0].id");
        assertThat(person).isNotEqualTo(kitId);
        assertThat(JsonPath.<String>read(first, "$.results[1].id")).isEqualTo(person);
        assertThat(((Number) JsonPath.read(first, "$.results[1].version")).longValue()).isEqualTo(1);

        String again = sync(CENTRE, log);
        assertThat(JsonPath.<List<Boolean>>read(again, "$.results[*].replayed")).containsExactly(true, true, true);
        assertThat(JsonPath.<List<String>>read(again, "$.results[*].id"))
                .isEqualTo(JsonPath.<List<String>>read(first, "$.results[*].id"));
        assertThat(jdbc.queryForObject("select count(*) from " + SCHEMA + ".beneficiary where address = ?",
                Integer.class, village)).isOne();
        assertThat(jdbc.queryForObject("select version from " + SCHEMA + ".beneficiary where id = ?::uuid",
                Long.class, person)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from " + SCHEMA + ".service_request where beneficiary_id"
                + " = ?::uuid", Integer.class, person)).isOne();
    }

    @Test
    void mergesAnOfflineEditWithAnEditOfAnotherFieldAtTheCentre() throws Exception {
        String person = person(CENTRE, "Ανθή", "Λόφου", village);
        centreEdit(person, "+30 6900 000001", village, 0);
        String answer = sync(CENTRE, log(op("EDIT_PERSON", person, 0L, "{\"address\":\"Πλατεία 2, " + village
                + "\"}")));
        assertThat(JsonPath.<String>read(answer, "$.results[0].outcome")).isEqualTo("MERGED");
        assertThat(JsonPath.<List<String>>read(answer, "$.results[0].mergedFields")).containsExactly("address");
        mvc.perform(in(CENTRE, "social-worker", get("/api/beneficiaries/{id}", person), null))
                .andExpect(jsonPath("$.phone").value("+30 6900 000001"))
                .andExpect(jsonPath("$.address").value("Πλατεία 2, " + village))
                .andExpect(jsonPath("$.version").value(2));
    }

    @Test
    void keepsAConflictWhenTheSameFieldChangedAtTheCentreAndAPersonDecidesIt() throws Exception {
        String person = person(CENTRE, "Ρόδω", "Ράχης", village);
        centreEdit(person, "+30 6900 000002", village, 0);
        String answer = sync(CENTRE, log(op("EDIT_PERSON", person, 0L,
                "{\"phone\":\"+30 6900 999999\",\"email\":\"rodo@example.gr\"}")));
        assertThat(JsonPath.<String>read(answer, "$.results[0].outcome")).isEqualTo("CONFLICT");
        assertThat(JsonPath.<List<String>>read(answer, "$.results[0].mergedFields")).containsExactly("email");
        String conflict = JsonPath.read(answer, "$.results[0].conflictId");
        mvc.perform(in(CENTRE, "social-worker", get("/api/beneficiaries/{id}", person), null))
                .andExpect(jsonPath("$.phone").value("+30 6900 000002"))
                .andExpect(jsonPath("$.email").value("rodo@example.gr"));

        String open = mvc.perform(in(CENTRE, "coordinator", get("/api/field/conflicts"), null))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(open, "$[?(@.id == '" + conflict + "')].fields.phone.mine"))
                .containsExactly("+30 6900 999999");
        assertThat(JsonPath.<List<String>>read(open, "$[?(@.id == '" + conflict + "')].fields.phone.theirs"))
                .containsExactly("+30 6900 000002");

        mvc.perform(in(CENTRE, "coordinator", post("/api/field/conflicts/{id}/resolve", conflict),
                        "{\"choices\":{}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("choices.phone"));
        mvc.perform(in(CENTRE, "coordinator", post("/api/field/conflicts/{id}/resolve", conflict),
                        "{\"choices\":{\"phone\":\"MINE\"}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RESOLVED"))
                .andExpect(jsonPath("$.choices.phone").value("MINE"));
        mvc.perform(in(CENTRE, "social-worker", get("/api/beneficiaries/{id}", person), null))
                .andExpect(jsonPath("$.phone").value("+30 6900 999999"));
        mvc.perform(in(CENTRE, "coordinator", post("/api/field/conflicts/{id}/resolve", conflict),
                        "{\"choices\":{\"phone\":\"THEIRS\"}}"))
                .andExpect(status().isConflict());
    }

    @Test
    void refusesInvalidOperationsOneByOneAndAppliesTheRest() throws Exception {
        String known = person(CENTRE, "Άννα", "Γνωστή", village);
        String answer = mvc.perform(in(CENTRE, "social-worker", post("/api/field/sync"), log(
                        op("REGISTER_PERSON", UUID.randomUUID().toString(), null, "{\"firstName\":\"Άννα\","
                                + "\"lastName\":\"Λάθους\",\"dateOfBirth\":\"1970-01-01\",\"gender\":\"FEMALE\","
                                + "\"amka\":\"12345678901\"}"),
                        op("REGISTER_PERSON", UUID.randomUUID().toString(), null, "{\"firstName\":\"Άννα\","
                                + "\"lastName\":\"Σωστή\",\"dateOfBirth\":\"1970-01-01\",\"gender\":\"FEMALE\"}"),
                        op("EDIT_PERSON", UUID.randomUUID().toString(), 0L, "{\"phone\":\"+30 6900 000003\"}"),
                        op("EDIT_PERSON", known, 0L, "{\"status\":\"DECEASED\"}"),
                        op("REGISTER_PERSON", UUID.randomUUID().toString(), null, "{\"gender\":\"SOMETIMES\"}")))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(answer, "$.results[*].outcome"))
                .containsExactly("REFUSED", "APPLIED", "REFUSED", "REFUSED", "REFUSED");
        assertThat(JsonPath.<String>read(answer, "$.results[0].problem.errors[0].field")).isEqualTo("amka");
        assertThat(JsonPath.<Integer>read(answer, "$.results[0].problem.status")).isEqualTo(400);
        assertThat(JsonPath.<Integer>read(answer, "$.results[2].problem.status")).isEqualTo(404);
        assertThat(JsonPath.<String>read(answer, "$.results[3].problem.errors[0].field")).isEqualTo("status");
        assertThat(JsonPath.<String>read(answer, "$.results[4].problem.errors[0].field")).isEqualTo("gender");
        assertThat(jdbc.queryForObject("select count(*) from " + SCHEMA + ".beneficiary where last_name = 'Λάθους'",
                Integer.class)).isZero();
        // A refused operation is not remembered: corrected, the same operation may come again.
        assertThat(jdbc.queryForObject("select count(*) from " + SCHEMA + ".field_operation where outcome ="
                + " 'REFUSED'", Integer.class)).isZero();
    }

    @Test
    void auditsASynchronisedChangeAsItsAuthorWithTheTimeItWasMadeOffline() throws Exception {
        String person = person(CENTRE, "Φωτεινή", "Κορυφής", village);
        Instant madeAt = Instant.parse("2026-12-01T08:15:00Z");
        String opId = UUID.randomUUID().toString();
        mvc.perform(as("eleni", post("/api/field/sync"), "{\"operations\":[{\"opId\":\"" + opId
                        + "\",\"kind\":\"EDIT_PERSON\",\"entityId\":\"" + person + "\",\"baseVersion\":0,"
                        + "\"fields\":{\"phone\":\"+30 6900 000004\"},\"madeAt\":\"" + madeAt
                        + "\",\"madeBy\":\"eleni\"}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].outcome").value("APPLIED"));
        List<java.util.Map<String, Object>> lines = jdbc.queryForList("select actor, action, fields, reason from "
                + SCHEMA + ".audit_event where beneficiary_id = ?::uuid and action = 'UPDATE' order by occurred_at",
                UUID.fromString(person));
        assertThat(lines).extracting(l -> l.get("actor")).containsOnly("eleni");
        assertThat(lines).extracting(l -> l.get("fields")).contains("phone");
        assertThat(lines).extracting(l -> (String) l.get("reason")).anyMatch(r -> r != null
                && r.contains(opId) && r.contains("2026-12-01T08:15:00Z"));
        // Nobody synchronises another person's work.
        mvc.perform(as("kostas", post("/api/field/sync"), "{\"operations\":[{\"opId\":\"" + UUID.randomUUID()
                        + "\",\"kind\":\"EDIT_PERSON\",\"entityId\":\"" + person + "\",\"baseVersion\":1,"
                        + "\"fields\":{\"phone\":\"+30 6900 000005\"},\"madeAt\":\"" + madeAt
                        + "\",\"madeBy\":\"eleni\"}]}"))
                .andExpect(jsonPath("$.results[0].outcome").value("REFUSED"))
                .andExpect(jsonPath("$.results[0].problem.errors[0].field").value("madeBy"));
    }

    @Test
    void anotherCentresTokensIdsAndEncodedPathsAreRefused() throws Exception {
        String theirs = person(OTHER, "Ξένη", "Άλλου", village);
        String mine = person(CENTRE, "Δική", "Μας", village);
        // Their token in our centre, on plain and encoded paths.
        for (String path : List.of("/api/field/conflicts", "/%61pi/field/conflicts", "/api/%66ield/conflicts")) {
            var answer = mvc.perform(get(URI.create(path)).header("X-Kentra-Tenant", CENTRE)
                    .with(socialWorkerOf(OTHER))).andReturn().getResponse();
            assertThat(answer.getStatus()).as(path).isIn(403, 404);
        }
        var encoded = mvc.perform(post(URI.create("/%61pi/field/sync")).header("X-Kentra-Tenant", CENTRE)
                        .with(socialWorkerOf(OTHER)).contentType(MediaType.APPLICATION_JSON)
                        .content(log(op("EDIT_PERSON", mine, 0L, "{\"phone\":\"+30 6900 000006\"}"))))
                .andReturn().getResponse();
        assertThat(encoded.getStatus()).isIn(403, 404);
        mvc.perform(post("/api/field/checkouts").header("X-Kentra-Tenant", CENTRE).with(socialWorkerOf(OTHER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"places\":[\"" + village + "\"]}"))
                .andExpect(status().isForbidden());
        // Their people are unknown here: not in our visit list, not editable through our sync.
        mvc.perform(in(CENTRE, "social-worker", post("/api/field/checkouts"), "{\"places\":[\"" + village + "\"]}"))
                .andExpect(jsonPath("$.people.length()").value(1))
                .andExpect(jsonPath("$.people[0].id").value(mine));
        String answer = sync(CENTRE, log(op("EDIT_PERSON", theirs, 0L, "{\"phone\":\"+30 6900 000007\"}"),
                op("RECORD_REQUEST", UUID.randomUUID().toString(), null, "{\"beneficiaryId\":\"" + theirs
                        + "\",\"type\":\"INFORMATION\",\"channel\":\"MOBILE_UNIT\",\"receivedOn\":\"2026-12-01\","
                        + "\"description\":\"Δοκιμή.\"}")));
        assertThat(JsonPath.<List<Integer>>read(answer, "$.results[*].problem.status")).containsExactly(404, 404);
        assertThat(jdbc.queryForObject("select phone from t_field_there.beneficiary where id = ?::uuid",
                String.class, theirs)).isNull();
        // Their conflict ids are unknown here.
        String conflict = theirConflict(theirs);
        mvc.perform(in(CENTRE, "social-worker", post("/api/field/conflicts/{id}/resolve", conflict),
                        "{\"choices\":{\"phone\":\"MINE\"}}"))
                .andExpect(status().isNotFound());
        // A psychologist does no field work.
        mvc.perform(in(CENTRE, "psychologist", post("/api/field/checkouts"), "{\"places\":[\"" + village + "\"]}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void recordsSessionsAndDistributionsOfflineAsTheirMakerAndAReplayChangesNothing() throws Exception {
        String known = person(CENTRE, "Σταυρούλα", "Πλαγιάς", village);
        String kitId = UUID.randomUUID().toString();
        String log = log(
                op("REGISTER_PERSON", kitId, null, "{\"firstName\":\"Θεανώ\",\"lastName\":\"Ρεματιάς\","
                        + "\"dateOfBirth\":\"1951-06-07\",\"gender\":\"FEMALE\",\"address\":\"" + village + "\"}"),
                op("RECORD_SESSION", UUID.randomUUID().toString(), null, "{\"type\":\"FAMILY\","
                        + "\"date\":\"2026-12-01\",\"durationMinutes\":45,\"participants\":[\"" + known + "\",\""
                        + kitId + "\"],\"topic\":\"SOCIAL_ISOLATION\",\"notes\":\"Επίσκεψη στο σπίτι.\"}"),
                op("RECORD_DISTRIBUTION", UUID.randomUUID().toString(), null, "{\"beneficiaryId\":\"" + kitId
                        + "\",\"date\":\"2026-12-01\",\"programme\":\"TEBA_FEAD\",\"lines\":[{\"kind\":\"FOOD\","
                        + "\"description\":\"Όσπρια\",\"quantity\":6,\"unit\":\"KG\"}]}"));
        String first = sync(CENTRE, log);
        assertThat(JsonPath.<List<String>>read(first, "$.results[*].outcome"))
                .containsExactly("APPLIED", "APPLIED", "APPLIED");
        String registered = JsonPath.read(first, "$.results[0].id");
        String session = JsonPath.read(first, "$.results[1].id");
        String distribution = JsonPath.read(first, "$.results[2].id");
        // The kit's id of the person registered offline became the centre's id in both.
        String held = mvc.perform(in(CENTRE, "social-worker", get("/api/sessions/{id}", session), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.author").value("maria"))
                .andExpect(jsonPath("$.notes").value("Επίσκεψη στο σπίτι."))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(held, "$.participants")).containsExactlyInAnyOrder(known, registered);
        mvc.perform(in(CENTRE, "social-worker", get("/api/distributions/{id}", distribution), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.beneficiaryId").value(registered))
                .andExpect(jsonPath("$.lines[0].quantity").value(6))
                .andExpect(jsonPath("$.recordedBy").value("maria"));
        // Audited as made by maria, offline, at the time made, on every person concerned.
        for (String person : List.of(known, registered)) {
            assertThat(jdbc.queryForList("select actor || ' ' || coalesce(reason, '') from " + SCHEMA
                    + ".audit_event where beneficiary_id = ?::uuid and record_type = 'COUNSELLING_SESSION'"
                    + " and action = 'CREATE'", String.class, UUID.fromString(person)))
                    .allMatch(line -> line.startsWith("maria"))
                    .anyMatch(line -> line.contains("RECORD_SESSION made offline at 2026-12-01T09:00:00Z"));
        }
        assertThat(jdbc.queryForList("select reason from " + SCHEMA + ".audit_event where record_id = ?"
                + " and record_type = 'GOODS_DISTRIBUTION'", String.class, distribution))
                .anyMatch(reason -> reason != null && reason.contains("RECORD_DISTRIBUTION made offline"));

        String again = sync(CENTRE, log);
        assertThat(JsonPath.<List<Boolean>>read(again, "$.results[*].replayed")).containsExactly(true, true, true);
        assertThat(JsonPath.<List<String>>read(again, "$.results[*].id"))
                .isEqualTo(JsonPath.<List<String>>read(first, "$.results[*].id"));
        assertThat(jdbc.queryForObject("select count(*) from " + SCHEMA + ".counselling_session_participant"
                + " where beneficiary_id = ?::uuid", Integer.class, known)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from " + SCHEMA + ".goods_distribution"
                + " where beneficiary_id = ?::uuid", Integer.class, registered)).isOne();
    }

    @Test
    void refusesSessionsAndDistributionsAsTheApiWouldAndWhatTheMakersRoleMayNotDo() throws Exception {
        String known = person(CENTRE, "Κατερίνα", "Ρέματος", village);
        String tooMany = java.util.stream.IntStream.range(0, 51).mapToObj(i -> "{\"kind\":\"FOOD\",\"quantity\":1,"
                + "\"unit\":\"KG\"}").collect(java.util.stream.Collectors.joining(",", "[", "]"));
        String answer = mvc.perform(in(CENTRE, "social-worker", post("/api/field/sync"), log(
                        op("RECORD_SESSION", UUID.randomUUID().toString(), null, "{\"type\":\"INDIVIDUAL\","
                                + "\"date\":\"2026-12-01\",\"durationMinutes\":2,\"participants\":[\"" + known
                                + "\"],\"topic\":\"GRIEF\"}"),
                        op("RECORD_SESSION", UUID.randomUUID().toString(), null, "{\"type\":\"INDIVIDUAL\","
                                + "\"date\":\"2026-12-01\",\"durationMinutes\":30,\"participants\":[\"" + known
                                + "\",\"" + UUID.randomUUID() + "\"],\"topic\":\"GRIEF\"}"),
                        op("RECORD_DISTRIBUTION", UUID.randomUUID().toString(), null, "{\"beneficiaryId\":\"" + known
                                + "\",\"date\":\"2026-12-01\",\"programme\":\"MUNICIPAL\",\"lines\":" + tooMany + "}"),
                        op("RECORD_DISTRIBUTION", UUID.randomUUID().toString(), null, "{\"beneficiaryId\":\"" + known
                                + "\",\"date\":\"2026-12-01\",\"programme\":\"SOMETIMES\",\"lines\":[]}")))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(answer, "$.results[*].outcome")).containsOnly("REFUSED");
        assertThat(JsonPath.<String>read(answer, "$.results[0].problem.errors[0].field")).isEqualTo("durationMinutes");
        assertThat(JsonPath.<String>read(answer, "$.results[1].problem.errors[0].field")).isEqualTo("participants");
        assertThat(JsonPath.<List<Object>>read(answer, "$.results[2].problem.errors")).hasSize(1);
        assertThat(JsonPath.<String>read(answer, "$.results[2].problem.errors[0].field")).isEqualTo("lines");
        assertThat(JsonPath.<String>read(answer, "$.results[3].problem.errors[0].field")).isEqualTo("programme");
        assertThat(jdbc.queryForObject("select count(*) from " + SCHEMA + ".counselling_session_participant"
                + " where beneficiary_id = ?::uuid", Integer.class, known)).isZero();

        // Administrative staff go out with the unit and hand out goods, but hold no counselling sessions.
        String staff = mvc.perform(in(CENTRE, "admin-staff", post("/api/field/sync"), log(
                        op("RECORD_SESSION", UUID.randomUUID().toString(), null, "{\"type\":\"INDIVIDUAL\","
                                + "\"date\":\"2026-12-01\",\"durationMinutes\":30,\"participants\":[\"" + known
                                + "\"],\"topic\":\"GRIEF\"}"),
                        op("RECORD_DISTRIBUTION", UUID.randomUUID().toString(), null, "{\"beneficiaryId\":\"" + known
                                + "\",\"date\":\"2026-12-01\",\"programme\":\"DONATION\",\"lines\":[{\"kind\":"
                                + "\"CLOTHING\",\"quantity\":2,\"unit\":\"PIECES\"}]}")))
                        .header("Accept-Language", "el"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(staff, "$.results[*].outcome")).containsExactly("REFUSED", "APPLIED");
        assertThat(JsonPath.<Integer>read(staff, "$.results[0].problem.status")).isEqualTo(403);
        assertThat(JsonPath.<String>read(staff, "$.results[0].problem.title")).isEqualTo("Δεν επιτρέπεται");
    }

    @Test
    void anotherCentresPeopleAndTokenAreRefusedForSessionsAndDistributions() throws Exception {
        String theirs = person(OTHER, "Ξανθή", "Αλλουνού", village);
        String mine = person(CENTRE, "Δήμητρα", "Εδώθε", village);
        String answer = sync(CENTRE, log(
                op("RECORD_SESSION", UUID.randomUUID().toString(), null, "{\"type\":\"INDIVIDUAL\","
                        + "\"date\":\"2026-12-01\",\"durationMinutes\":30,\"participants\":[\"" + theirs
                        + "\"],\"topic\":\"GRIEF\"}"),
                op("RECORD_DISTRIBUTION", UUID.randomUUID().toString(), null, "{\"beneficiaryId\":\"" + theirs
                        + "\",\"date\":\"2026-12-01\",\"programme\":\"DONATION\",\"lines\":[{\"kind\":"
                        + "\"CLOTHING\",\"quantity\":2,\"unit\":\"PIECES\"}]}")));
        assertThat(JsonPath.<List<String>>read(answer, "$.results[*].outcome")).containsOnly("REFUSED");
        assertThat(JsonPath.<String>read(answer, "$.results[0].problem.errors[0].field")).isEqualTo("participants[0]");
        assertThat(JsonPath.<Integer>read(answer, "$.results[1].problem.status")).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from t_field_there.goods_distribution where beneficiary_id"
                + " = ?::uuid", Integer.class, theirs)).isZero();
        // Their token, with our person, in our centre.
        var refused = mvc.perform(post("/api/field/sync").header("X-Kentra-Tenant", CENTRE).with(socialWorkerOf(OTHER))
                        .contentType(MediaType.APPLICATION_JSON).content(log(op("RECORD_DISTRIBUTION",
                                UUID.randomUUID().toString(), null, "{\"beneficiaryId\":\"" + mine + "\",\"date\":"
                                        + "\"2026-12-01\",\"programme\":\"DONATION\",\"lines\":[{\"kind\":\"OTHER\","
                                        + "\"quantity\":1,\"unit\":\"PIECES\"}]}"))))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isIn(403, 404);
        assertThat(jdbc.queryForObject("select count(*) from " + SCHEMA + ".goods_distribution where beneficiary_id"
                + " = ?::uuid", Integer.class, mine)).isZero();
    }

    /** A conflict in the other centre, on its person's phone. */
    private String theirConflict(String theirs) throws Exception {
        mvc.perform(in(OTHER, "social-worker", put("/api/beneficiaries/{id}", theirs), """
                {"firstName":"Ξένη","lastName":"Άλλου","dateOfBirth":"1960-01-01","gender":"FEMALE",
                 "status":"ACTIVE","phone":"+30 6900 000008","address":"%s","version":0}""".formatted(village)))
                .andExpect(status().isOk());
        String answer = sync(OTHER, log(op("EDIT_PERSON", theirs, 0L, "{\"phone\":\"+30 6900 000009\"}")));
        return JsonPath.read(answer, "$.results[0].conflictId");
    }

    private String person(String centre, String firstName, String lastName, String address) throws Exception {
        String body = mvc.perform(in(centre, "social-worker", post("/api/beneficiaries"), """
                        {"firstName":"%s","lastName":"%s","dateOfBirth":"1960-01-01","gender":"FEMALE",
                         "address":"%s"}""".formatted(firstName, lastName, address)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private String request(String person) throws Exception {
        String body = mvc.perform(in(CENTRE, "social-worker", post("/api/requests"), """
                        {"beneficiaryId":"%s","type":"INFORMATION","channel":"WALK_IN","receivedOn":"2026-11-02",
                         "description":"Ενημέρωση."}""".formatted(person)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    /** An edit of the phone at the centre, through the registry's API (audited, version + 1). */
    private void centreEdit(String person, String phone, String address, long version) throws Exception {
        String body = mvc.perform(in(CENTRE, "social-worker", get("/api/beneficiaries/{id}", person), null))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(in(CENTRE, "social-worker", put("/api/beneficiaries/{id}", person), """
                        {"firstName":"%s","lastName":"%s","dateOfBirth":"1960-01-01","gender":"FEMALE",
                         "status":"ACTIVE","phone":"%s","address":"%s","version":%d}""".formatted(
                        JsonPath.read(body, "$.firstName"), JsonPath.read(body, "$.lastName"), phone, address,
                        version)))
                .andExpect(status().isOk());
    }

    private String sync(String centre, String log) throws Exception {
        return mvc.perform(in(centre, "social-worker", post("/api/field/sync"), log))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String log(String... operations) {
        return "{\"operations\":[" + String.join(",", operations) + "]}";
    }

    private static String op(String kind, String entityId, Long baseVersion, String fields) {
        return "{\"opId\":\"" + UUID.randomUUID() + "\",\"kind\":\"" + kind + "\",\"entityId\":\"" + entityId + "\","
                + (baseVersion == null ? "" : "\"baseVersion\":" + baseVersion + ",")
                + "\"fields\":" + fields + ",\"madeAt\":\"2026-12-01T09:00:00Z\",\"madeBy\":\"maria\"}";
    }

    private int audited(String person, String action) {
        return jdbc.queryForObject("select count(*) from " + SCHEMA + ".audit_event where beneficiary_id = ?::uuid"
                + " and action = ?", Integer.class, person, action);
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder as(String username,
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String json) {
        return gr.kentra.cases.NamedStaff.as(CENTRE, username, "social-worker", request, json);
    }
}
