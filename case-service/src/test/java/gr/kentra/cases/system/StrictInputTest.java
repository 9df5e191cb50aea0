package gr.kentra.cases.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import gr.kentra.commons.tenant.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Input is taken as sent or refused with a 400 problem naming the field; never stored changed, never a 500
 * (issue 11, items 1-4).
 */
class StrictInputTest extends CaseServiceIntegrationTest {

    private static final String CENTRE = "strict-input";
    private static String person;

    @BeforeEach
    void centre() throws Exception {
        provision(CENTRE);
        if (person == null) {
            person = registerPerson(CENTRE, "Ζωή", "Αλεξίου", "1980-01-01");
        }
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(in(CENTRE, "coordinator", request, json).header("Accept-Language", "en"));
    }

    private static ResultActions refused(ResultActions answer, String field) throws Exception {
        return answer.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem(field)));
    }

    private static String beneficiary(String dateOfBirth) {
        return """
                {"firstName":"Ελένη","lastName":"Κωνσταντίνου","dateOfBirth":"%s","gender":"FEMALE"}"""
                .formatted(dateOfBirth);
    }

    private static String event(String date) {
        return """
                {"title":"Ενημέρωση","date":"%s","kind":"INFORMATION_DAY","audience":"UNEMPLOYED","participants":3}"""
                .formatted(date);
    }

    private long rows(String table) {
        return jdbc.queryForObject("select count(*) from " + TenantId.of(CENTRE).quotedSchemaName() + "." + table,
                Long.class);
    }

    @Test
    void refusesANumberForAnInstantAndTakesItsTextWithAnOffset() throws Exception {
        String operation = """
                {"operations":[{"opId":"%s","kind":"EDIT_PERSON","entityId":"%s","baseVersion":%d,
                "fields":{"phone":"+30 6900 000%03d"},"madeAt":%s}]}""";
        String someone = registerPerson(CENTRE, "Θεόδωρος", "Ωρολόγου", "1975-05-05");
        // Jackson's own reader would take 1764579600 as epoch seconds: a time nobody wrote.
        refused(send(post("/api/field/sync"), operation.formatted(java.util.UUID.randomUUID(), someone, 0, 1,
                "1764579600")), "operations[0].madeAt");
        refused(send(post("/api/field/sync"), operation.formatted(java.util.UUID.randomUUID(), someone, 0, 2,
                "\"2026-12-01T09:00:00\"")), "operations[0].madeAt");
        send(post("/api/field/sync"), operation.formatted(java.util.UUID.randomUUID(), someone, 0, 3,
                "\"2026-12-01T11:00:00+02:00\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].outcome").value("APPLIED"));
    }

    @Test
    void refusesImplausibleDatesNamingTheField() throws Exception {
        refused(send(post("/api/beneficiaries"), beneficiary("1899-12-31")), "dateOfBirth")
                .andExpect(jsonPath("$.errors[0].message").value("must be a date from 1900-01-01 and not in the future"));
        refused(send(post("/api/beneficiaries"), beneficiary("0001-01-01")), "dateOfBirth");
        refused(send(post("/api/events"), event("2013-12-31")), "date")
                .andExpect(jsonPath("$.errors[0].message").value(
                        "must not be before the programme periods nor in the future"));
        refused(send(post("/api/events"), event(LocalDate.now().plusDays(2).toString())), "date");
        String visit = """
                {"beneficiaryId":"%s","kind":"HOUSEHOLD_COMPOSITION","requestedBy":"Ειρηνοδικείο","homeVisitOn":"%s"}""";
        refused(send(post("/api/investigations"), visit.formatted(person, "9999-12-31")), "homeVisitOn");
        refused(send(post("/api/investigations"), visit.formatted(person, LocalDate.now().plusYears(6))),
                "homeVisitOn");
        send(post("/api/investigations"), visit.formatted(person, LocalDate.now().plusMonths(2)))
                .andExpect(status().isCreated());
        send(post("/api/events"), event("2014-01-01")).andExpect(status().isCreated());
        // Greek too.
        mvc.perform(in(CENTRE, "coordinator", post("/api/beneficiaries"), beneficiary("1899-12-31")))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "πρέπει να είναι ημερομηνία από 1900-01-01 και όχι στο μέλλον"));
    }

    @Test
    void refusesExtremeDatesInBodiesAndParametersInsteadOfFailing() throws Exception {
        refused(send(post("/api/events"), event("+999999999-12-31")), "date");
        refused(send(post("/api/events"), event("-999999999-01-01")), "date");
        refused(send(post("/api/events"), event("2026-02-30")), "date");
        refused(send(get("/api/events").param("from", "+999999999-12-31"), null), "from");
        refused(send(get("/api/sessions").param("date", "-999999999-01-01"), null), "date");
        send(get("/api/events").param("from", "2026-01-01"), null).andExpect(status().isOk());
    }

    @Test
    void refusesNulAndLoneSurrogatesInTextAndParameters() throws Exception {
        long before = rows("beneficiary");
        refused(send(post("/api/beneficiaries"), """
                {"firstName":"Ελένη\\u0000","lastName":"Κωνσταντίνου","dateOfBirth":"1980-01-01","gender":"FEMALE"}"""),
                "firstName").andExpect(jsonPath("$.errors[0].message")
                .value("must not contain the NUL character or a lone surrogate"));
        refused(send(post("/api/beneficiaries"), """
                {"firstName":"Ελένη\\ud800","lastName":"Κωνσταντίνου","dateOfBirth":"1980-01-01","gender":"FEMALE"}"""),
                "firstName");
        refused(send(get("/api/beneficiaries").param("q", "Ελ\u0000"), null), "q");
        assertThat(rows("beneficiary")).isEqualTo(before);
    }

    @Test
    void refusesInvalidUtf8InsteadOfDecodingItToSomethingElse() throws Exception {
        long before = rows("beneficiary");
        for (byte[] bad : new byte[][] {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xC0, (byte) 0x80},
                {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF}}) {
            byte[] start = "{\"firstName\":\"Ελένη".getBytes(StandardCharsets.UTF_8);
            byte[] end = "\",\"lastName\":\"Κ\",\"dateOfBirth\":\"1980-01-01\",\"gender\":\"FEMALE\"}"
                    .getBytes(StandardCharsets.UTF_8);
            byte[] body = new byte[start.length + bad.length + end.length];
            System.arraycopy(start, 0, body, 0, start.length);
            System.arraycopy(bad, 0, body, start.length, bad.length);
            System.arraycopy(end, 0, body, start.length + bad.length, end.length);
            mvc.perform(in(CENTRE, "coordinator", post("/api/beneficiaries"), null)
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        assertThat(rows("beneficiary")).isEqualTo(before);
    }

    @Test
    void refusesCoercedTypesDuplicateKeysAndUnknownProperties() throws Exception {
        refused(send(post("/api/beneficiaries"), """
                {"firstName":123,"lastName":"Κ","dateOfBirth":"1980-01-01","gender":"FEMALE"}"""), "firstName");
        refused(send(post("/api/beneficiaries"), """
                {"firstName":"Α","lastName":"Κ","dateOfBirth":"1980-01-01","gender":0}"""), "gender");
        refused(send(post("/api/beneficiaries"), """
                {"firstName":"Α","lastName":"Κ","dateOfBirth":20260302,"gender":"FEMALE"}"""), "dateOfBirth");
        refused(send(post("/api/events"), """
                {"title":"Τ","date":"2026-01-05","kind":"INFORMATION_DAY","audience":"UNEMPLOYED","participants":12.5}"""),
                "participants");
        refused(send(post("/api/beneficiaries"), """
                {"firstName":"Α","firstName":"Β","lastName":"Κ","dateOfBirth":"1980-01-01","gender":"FEMALE"}"""),
                "firstName");
        refused(send(post("/api/beneficiaries"), """
                {"firstName":"Α","lastNmae":"Κ","dateOfBirth":"1980-01-01","gender":"FEMALE"}"""), "lastNmae");
    }

    @Test
    void refusesLenientIdsInPathsParametersAndBodies() throws Exception {
        refused(send(get("/api/beneficiaries/{id}", "1-1-1-1-1"), null), "id");
        refused(send(get("/api/investigations").param("beneficiary", "1-1-1-1-1"), null), "beneficiary");
        refused(send(post("/api/investigations"), """
                {"beneficiaryId":"1-1-1-1-1","kind":"HOUSEHOLD_COMPOSITION","requestedBy":"Ειρηνοδικείο"}"""),
                "beneficiaryId");
        send(get("/api/beneficiaries/{id}", person), null).andExpect(status().isOk());
    }

    @Test
    void refusesUnsupportedContentTypesWith415Problem() throws Exception {
        for (String type : new String[] {"application/*", "text/plain", "application/xml"}) {
            mvc.perform(in(CENTRE, "coordinator", post("/api/events"), null).header("Content-Type", type)
                            .content(event("2026-01-05")))
                    .andExpect(status().isUnsupportedMediaType())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    void keepsValidGreekExactlyAsSent() throws Exception {
        String[] names = {"Ευτυχίας", "Ἀλέξανδρος", "Ζωή\u0301", "Μαρία 😀", "ΣΊΣΥΦΟΣ ς"};
        for (String name : names) {
            String body = mvc.perform(in(CENTRE, "coordinator", post("/api/beneficiaries"), null)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(beneficiary("1981-02-02").replace("Ελένη", name)
                                    .getBytes(StandardCharsets.UTF_8)))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(
                            StandardCharsets.UTF_8);
            String id = JsonPath.read(body, "$.id");
            String stored = jdbc.queryForObject("select first_name from " + TenantId.of(CENTRE).quotedSchemaName()
                    + ".beneficiary where id = ?::uuid", String.class, id);
            assertThat(stored.getBytes(StandardCharsets.UTF_8)).isEqualTo(name.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void countsTheItemsOfAHugeBodyBeforeValidatingThem() throws Exception {
        StringBuilder days = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            days.append(i == 0 ? "" : ",").append("{\"opens\":\"16:00\"}");
        }
        // 10 000 slots, each without its day and closing time: one error, the count, not 20 000.
        send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/opening-hours"),
                "{\"days\":[" + days + "],\"version\":0}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("days"));
    }

    @Test
    void capsTheErrorListAtFiftyAndCountsTheRest() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            lines.append(i == 0 ? "" : ",").append("{\"description\":\"x\"}");
        }
        // 50 lines, each without kind, quantity and unit: 150 errors.
        send(post("/api/distributions"), """
                {"beneficiaryId":"%s","date":"2026-03-02","programme":"TEBA_FEAD","lines":[%s]}"""
                .formatted(person, lines))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(50))
                .andExpect(jsonPath("$.moreErrors").value(100));
    }
}
