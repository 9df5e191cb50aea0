package gr.kentra.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The lists a centre works from, through the pages: filters, Greek order, files, roles and other centres. */
class ListPagesTest extends CaseServiceIntegrationTest {

    private static final String CENTRE = "nea-smyrni-lists";
    private static final String OTHER = "mouzaki-lists";
    private static final List<String> LISTS = List.of("requests", "referrals", "appointments", "investigations",
            "homeless-register", "distributions", "events");

    @BeforeEach
    void centres() throws Exception {
        provision(CENTRE);
        provision(OTHER);
    }

    private MockHttpServletResponse page(String role, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(in(CENTRE, role, request, null)).andReturn().getResponse();
    }

    private String id(String tenant, String role, String path, String json) throws Exception {
        String body = mvc.perform(in(tenant, role, post(path), json)).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private void request(String tenant, String person, String type, String day) throws Exception {
        id(tenant, "social-worker", "/api/requests", """
                {"beneficiaryId":"%s","type":"%s","channel":"PHONE","receivedOn":"%s","description":"Λίστες"}"""
                .formatted(person, type, day));
    }

    @Test
    void requestsAreFilteredByStatusAndWordsWithoutAccentsAndSortedTheGreekWay() throws Exception {
        String zoi = registerPerson(CENTRE, "Ζωή", "Ωραιοπούλου", "1970-01-01");
        String anna = registerPerson(CENTRE, "Άννα", "Αγγελάκη", "1971-01-01");
        String eleni = registerPerson(CENTRE, "Ελένη", "Έξαρχου", "1972-01-01");
        request(CENTRE, zoi, "HOUSING_ALLOWANCE", "2026-11-02");
        request(CENTRE, anna, "GOODS", "2026-11-03");
        request(CENTRE, eleni, "GOODS", "2026-11-04");

        String sorted = page("social-worker", get("/t/" + CENTRE + "/requests").param("sort", "person"))
                .getContentAsString();
        assertThat(sorted.indexOf("Αγγελάκη Άννα")).isPositive().isLessThan(sorted.indexOf("Έξαρχου Ελένη"));
        assertThat(sorted.indexOf("Έξαρχου Ελένη")).isLessThan(sorted.indexOf("Ωραιοπούλου Ζωή"));
        assertThat(sorted).contains("aria-sort=\"ascending\"", "02/11/2026", "Παραλήφθηκε");

        String found = page("social-worker", get("/t/" + CENTRE + "/requests").param("q", "ΕΞΑΡΧΟΥ"))
                .getContentAsString();
        assertThat(found).contains("Έξαρχου Ελένη").doesNotContain("Αγγελάκη Άννα", "Ωραιοπούλου Ζωή");

        String goods = page("social-worker", get("/t/" + CENTRE + "/requests").param("type", "GOODS")
                .param("status", "RECEIVED")).getContentAsString();
        assertThat(goods).contains("Αγγελάκη Άννα", "Έξαρχου Ελένη").doesNotContain("Ωραιοπούλου Ζωή");

        String english = page("social-worker", get("/t/" + CENTRE + "/requests").header("Accept-Language", "en")
                .cookie(new jakarta.servlet.http.Cookie("lang", "en"))).getContentAsString();
        assertThat(english).contains("Requests", "02/11/2026");
    }

    @Test
    void aListIsDownloadedAsGreekExcelCsvAndAsXlsxNamedForWhatAndWhen() throws Exception {
        String person = registerPerson(CENTRE, "Σταυρούλα", "Κοντού", "1980-01-01");
        request(CENTRE, person, "GOODS", "2026-10-01");
        String today = LocalDate.now(ZoneId.of("Europe/Athens")).toString();

        MockHttpServletResponse csv = page("social-worker", get("/t/" + CENTRE + "/requests/export")
                .param("format", "csv").param("q", "κοντου"));
        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getHeader("Content-Disposition")).contains("aitimata-" + today + ".csv");
        byte[] bytes = csv.getContentAsByteArray();
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text.lines().toList()).hasSize(2);
        assertThat(text).startsWith("Ημερομηνία παραλαβής;").contains("01/10/2026;Κοντού Σταυρούλα;");

        MockHttpServletResponse xlsx = page("social-worker", get("/t/" + CENTRE + "/requests/export")
                .param("format", "xlsx"));
        assertThat(xlsx.getContentType()).isEqualTo(ListExport.XLSX);
        assertThat(xlsx.getHeader("Content-Disposition")).contains("aitimata-" + today + ".xlsx");
        assertThat(xlsx.getContentAsByteArray()).startsWith((byte) 'P', (byte) 'K');

        assertThat(page("social-worker", get("/t/" + CENTRE + "/requests/export").param("format", "pdf"))
                .getStatus()).isEqualTo(400);
        Integer audited = jdbc.queryForObject("select count(*) from t_nea_smyrni_lists.audit_event where "
                + "beneficiary_id = ?::uuid and action = 'SEARCH' and record_type = 'REQUEST'", Integer.class, person);
        assertThat(audited).isPositive();
    }

    @Test
    void referralsAwaitingAnAnswerAreTheDefaultAndOverdueOnesAreMarked() throws Exception {
        String person = registerPerson(CENTRE, "Ιφιγένεια", "Δρόσου", "1960-01-01");
        String partner = id(CENTRE, "social-worker", "/api/partners", "{\"name\":\"ΚΕΠ Υγείας\",\"kind\":\"NGO\"}");
        id(CENTRE, "social-worker", "/api/referrals", """
                {"beneficiaryId":"%s","partnerId":"%s","reason":"Εξετάσεις.","sentOn":"2026-10-01",
                 "followUpOn":"2026-10-15"}""".formatted(person, partner));
        String awaiting = page("admin-staff", get("/t/" + CENTRE + "/referrals")).getContentAsString();
        assertThat(awaiting).contains("Δρόσου Ιφιγένεια", "ΚΕΠ Υγείας", "15/10/2026 · εκπρόθεσμη",
                "value=\"AWAITING\" selected=\"selected\"");
        assertThat(page("admin-staff", get("/t/" + CENTRE + "/referrals").param("status", "COMPLETED"))
                .getContentAsString()).doesNotContain("Δρόσου Ιφιγένεια");
    }

    @Test
    void distributionsShowTheTebaFeadSummaryOfThePeriod() throws Exception {
        String person = registerPerson(CENTRE, "Παναγιώτα", "Λύρα", "1955-01-01");
        id(CENTRE, "admin-staff", "/api/distributions", """
                {"beneficiaryId":"%s","date":"2026-09-03","programme":"TEBA_FEAD","lines":[
                 {"kind":"FOOD","description":"Όσπρια","quantity":1500,"unit":"KG"}],"version":null}"""
                .formatted(person));
        String page = page("admin-staff", get("/t/" + CENTRE + "/distributions").param("from", "01/09/2026")
                .param("to", "30/09/2026")).getContentAsString();
        assertThat(page).contains("ΤΕΒΑ / FEAD, 01/09/2026 έως 30/09/2026", "1.500 Κιλά", "Λύρα Παναγιώτα",
                "Τρόφιμα (Όσπρια): 1.500 Κιλά");
    }

    @Test
    void theWeekShowsTheCentresOpeningHoursAndItsAppointments() throws Exception {
        String person = registerPerson(CENTRE, "Χαράλαμπος", "Νικολάου", "1950-01-01");
        mvc.perform(in(CENTRE, "admin-staff", post("/api/appointments"), """
                {"staff":"eleni","beneficiary":"%s","start":"2031-05-06T14:00","end":"2031-05-06T14:30",
                 "purpose":"Συνεδρία"}""".formatted(person))).andExpect(status().isCreated());
        String week = page("admin-staff", get("/t/" + CENTRE + "/appointments").param("week", "08/05/2031"))
                .getContentAsString();
        assertThat(week).contains("Εβδομάδα 05/05/2031 έως 11/05/2031", "Τρίτη", "06/05", "14:00–14:30",
                "Νικολάου Χαράλαμπος", "eleni");
        MockHttpServletResponse csv = page("admin-staff", get("/t/" + CENTRE + "/appointments/export")
                .param("week", "2031-05-05").param("format", "csv"));
        assertThat(csv.getHeader("Content-Disposition")).contains("rantevou-");
        assertThat(csv.getContentAsString(StandardCharsets.UTF_8)).contains("06/05/2031;14:00;14:30;eleni;");
    }

    @Test
    void everyListAndItsFileAnswersTheRolesThatMayReadIt() throws Exception {
        for (String list : LISTS) {
            assertThat(page("coordinator", get("/t/" + CENTRE + "/" + list)).getStatus()).as(list).isEqualTo(200);
            assertThat(page("coordinator", get("/t/" + CENTRE + "/" + list + "/export").param("format", "xlsx"))
                    .getStatus()).as(list).isEqualTo(200);
        }
        String index = page("admin-staff", get("/t/" + CENTRE + "/lists")).getContentAsString();
        assertThat(index).contains("/t/" + CENTRE + "/requests", "/t/" + CENTRE + "/distributions")
                .doesNotContain("/t/" + CENTRE + "/investigations", "/t/" + CENTRE + "/homeless-register");
        for (String list : List.of("investigations", "homeless-register")) {
            MockHttpServletResponse refused = page("admin-staff", get("/t/" + CENTRE + "/" + list));
            assertThat(refused.getStatus()).as(list).isEqualTo(403);
            assertThat(refused.getContentAsString()).contains("Δεν επιτρέπεται");
            assertThat(page("admin-staff", get("/t/" + CENTRE + "/" + list + "/export").param("format", "csv"))
                    .getStatus()).as(list).isEqualTo(403);
        }
    }

    @Test
    void anotherCentresRecordsNeverAppearAndItsListsAreRefusedEvenThroughEncodedPaths() throws Exception {
        String theirs = registerPerson(OTHER, "Ευανθία", "Μουζακίτη", "1965-01-01");
        request(OTHER, theirs, "GOODS", "2026-11-05");
        assertThat(page("coordinator", get("/t/" + CENTRE + "/requests")).getContentAsString())
                .doesNotContain("Μουζακίτη");
        assertThat(page("coordinator", get("/t/" + CENTRE + "/requests/export").param("format", "csv"))
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Μουζακίτη");
        for (String list : LISTS) {
            for (String path : List.of("/t/" + OTHER + "/" + list, "/t/" + OTHER + "/" + list + "/export",
                    "/%74/" + OTHER + "/" + list, "/t/" + CENTRE + "/%2e%2e/" + OTHER + "/" + list)) {
                MockHttpServletResponse refused = mvc.perform(in(CENTRE, "coordinator", get(path)
                        .param("format", "csv"), null)).andReturn().getResponse();
                assertThat(refused.getStatus()).as(path).isIn(400, 403, 404);
                assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).as(path).doesNotContain("Μουζακίτη");
            }
        }
    }
}
