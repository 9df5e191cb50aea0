package gr.kentra.cases.appointment;

import static gr.kentra.cases.NamedStaff.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Booking from the card: the opening hours shown, the API's refusals at their fields, then the card's list. */
class AppointmentPagesTest extends CaseServiceIntegrationTest {

    private static final String CENTRE = "nea-smyrni-booking-pages";
    private static final String OTHER = "mouzaki-booking-pages";

    @BeforeEach
    void centres() throws Exception {
        provision(CENTRE);
        provision(OTHER);
    }

    private MockHttpServletResponse page(String username, String role, MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(as(CENTRE, username, role, request, null)).andReturn().getResponse();
    }

    @Test
    void theFormShowsTheOpeningHoursAndRefusesOutsideThemAtTheField() throws Exception {
        String person = registerPerson(CENTRE, "Θεοδώρα", "Λάμπρου", "1966-06-06");
        String form = page("anna", "admin-staff", get("/t/" + CENTRE + "/people/" + person + "/appointments/new"))
                .getContentAsString();
        assertThat(form).contains("Λάμπρου Θεοδώρα", "08:00–16:00", "09:00–13:00", "value=\"anna\"");

        MockHttpServletResponse early = page("anna", "admin-staff", booking(person, "03/03/2031", "07:30", "08:15"));
        assertThat(early.getStatus()).isEqualTo(422);
        assertThat(early.getContentAsString()).contains("href=\"#start\"", "id=\"start-error\"",
                "είναι εκτός ωραρίου λειτουργίας του κέντρου", "value=\"03/03/2031\"", "value=\"07:30\"");
        MockHttpServletResponse walkIn = page("anna", "admin-staff", booking(person, "03/03/2031", "10:00", "10:30"));
        assertThat(walkIn.getContentAsString()).contains("id=\"start-error\"", "ελεύθερης προσέλευσης");
        MockHttpServletResponse badDate = page("anna", "admin-staff", booking(person, "31/02/2031", "13:30", "14:00"));
        assertThat(badDate.getContentAsString()).contains("id=\"date-error\"", "ηη/μμ/εεεε");
    }

    @Test
    void aSecondBookingOfTheSameSlotIsRefusedAtTheStartNamingTheClashInGreekDates() throws Exception {
        String person = registerPerson(CENTRE, "Ιφιγένεια", "Σταύρου", "1972-02-02");
        String other = registerPerson(CENTRE, "Δέσποινα", "Καλλή", "1983-08-08");
        MockHttpServletResponse saved = page("anna", "admin-staff",
                booking(person, "10/03/2031", "13:30", "14:15").header("HX-Request", "true"));
        assertThat(saved.getHeader("HX-Redirect")).isEqualTo("/t/" + CENTRE + "/people/" + person);
        assertThat(page("anna", "admin-staff", get("/t/" + CENTRE + "/people/" + person + "/appointments"))
                .getContentAsString()).contains("10/03/2031 13:30", "anna");

        MockHttpServletResponse clash = page("anna", "admin-staff", booking(other, "10/03/2031", "14:00", "14:30"));
        assertThat(clash.getStatus()).isEqualTo(422);
        assertThat(clash.getContentAsString()).contains("href=\"#start\"", "id=\"start-error\"",
                "anna έχει ήδη ραντεβού από 10/03/2031 13:30 έως 10/03/2031 14:15", "Καλλή Δέσποινα");
        assertThat(jdbc.queryForObject("select count(*) from t_nea_smyrni_booking_pages.appointment "
                + "where beneficiary_id = ?::uuid", Integer.class, other)).isZero();
    }

    @Test
    void everyDiaryKeeperIsOfferedBookingAndAnotherCentresPersonIsNotFound() throws Exception {
        String person = registerPerson(CENTRE, "Μυρτώ", "Γιαννάκη", "1990-09-09");
        assertThat(page("eleni", "psychologist", get("/t/" + CENTRE + "/people/" + person)).getContentAsString())
                .contains("/appointments/new");
        String elsewhere = registerPerson(OTHER, "Άλκηστις", "Ξένη", "1981-01-01");
        MockHttpServletResponse foreign = page("anna", "admin-staff", booking(elsewhere, "17/03/2031", "13:30", "14:00"));
        assertThat(foreign.getStatus()).isEqualTo(404);
        assertThat(foreign.getContentAsString()).doesNotContain("Ξένη");
        assertThat(page("anna", "admin-staff", get("/t/" + CENTRE + "/people/" + elsewhere + "/appointments/new"))
                .getStatus()).isEqualTo(404);
    }

    private static MockHttpServletRequestBuilder booking(String person, String date, String start, String end) {
        return post("/t/" + CENTRE + "/people/" + person + "/appointments")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("date", date).param("start", start).param("end", end).param("staff", "anna")
                .param("purpose", "Ενημέρωση");
    }
}
