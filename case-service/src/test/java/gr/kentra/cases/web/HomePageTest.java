package gr.kentra.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import gr.kentra.cases.CaseServiceIntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The home page's follow-ups due and what is new since the last visit. */
class HomePageTest extends CaseServiceIntegrationTest {

    private static final String CENTRE = "home-follow-ups";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Athens"));

    @BeforeEach
    void centre() throws Exception {
        provision(CENTRE);
    }

    private MockHttpServletResponse page(String role, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(in(CENTRE, role, request, null)).andReturn().getResponse();
    }

    @Test
    void requestsOpenForMoreThanAMonthAndNeedsNotReviewedForSixMonthsAreFollowUpsDue() throws Exception {
        String late = registerPerson(CENTRE, "Καλλιόπη", "Αθανασίου", "1955-01-01");
        String recent = registerPerson(CENTRE, "Σοφία", "Νέου", "1995-01-01");
        request(late, TODAY.minusDays(40));
        request(recent, TODAY.minusDays(3));
        assessment(late, TODAY.minusMonths(8));
        assessment(recent, TODAY.minusMonths(1));

        String overdue = page("social-worker", get("/t/" + CENTRE + "/requests/overdue")).getContentAsString();
        assertThat(overdue).contains("Αθανασίου Καλλιόπη").doesNotContain("Νέου Σοφία");
        String reviews = page("social-worker", get("/t/" + CENTRE + "/assessments/reviews-due")).getContentAsString();
        assertThat(reviews).contains("Αθανασίου Καλλιόπη", PageForms.DAY.format(TODAY.minusMonths(8)))
                .doesNotContain("Νέου Σοφία");
        assertThat(page("admin-staff", get("/t/" + CENTRE + "/assessments/reviews-due")).getStatus()).isEqualTo(403);
        assertThat(page("admin-staff", get("/t/" + CENTRE + "/")).getContentAsString())
                .doesNotContain("/assessments/reviews-due").contains("/requests/overdue");
    }

    @Test
    void theHomePageRemembersTheVisitAndShowsRequestsRegisteredSince() throws Exception {
        Instant before = Instant.now().minusSeconds(5);
        String person = registerPerson(CENTRE, "Ηρώ", "Καινούργιου", "1988-08-08");
        request(person, TODAY);
        assertThat(page("social-worker", get("/t/" + CENTRE + "/requests/since")
                .param("since", String.valueOf(before.getEpochSecond()))).getContentAsString())
                .contains("Καινούργιου Ηρώ");
        assertThat(page("social-worker", get("/t/" + CENTRE + "/requests/since")
                .param("since", String.valueOf(Instant.now().plusSeconds(60).getEpochSecond()))).getContentAsString())
                .contains("Τίποτα νέο").doesNotContain("Καινούργιου Ηρώ");

        long mark = before.minusSeconds(3600).getEpochSecond();
        MockHttpServletResponse home = page("social-worker", get("/t/" + CENTRE + "/")
                .cookie(new Cookie(HomePage.VISIT_COOKIE, mark + "." + Instant.now().minusSeconds(60).getEpochSecond())));
        assertThat(home.getContentAsString()).contains("/t/" + CENTRE + "/requests/since?since=" + mark);
        assertThat(home.getHeader("Set-Cookie")).contains(HomePage.VISIT_COOKIE + "=" + mark + ".", "Path=/t/" + CENTRE,
                "HttpOnly");
    }

    @Test
    void aVisitEndsAfterAQuietHalfHour() {
        Instant now = Instant.parse("2026-12-06T10:00:00Z");
        long mark = now.minus(Duration.ofHours(3)).getEpochSecond();
        assertThat(HomePage.sinceLastVisit(mark + "." + now.minusSeconds(600).getEpochSecond(), now))
                .isEqualTo(Instant.ofEpochSecond(mark));
        assertThat(HomePage.sinceLastVisit(mark + "." + now.minus(Duration.ofHours(2)).getEpochSecond(), now))
                .isEqualTo(now.minus(Duration.ofHours(2)));
        assertThat(HomePage.sinceLastVisit("garbage", now)).isBefore(now);
    }

    private void request(String person, LocalDate receivedOn) throws Exception {
        mvc.perform(in(CENTRE, "admin-staff", post("/api/requests"), """
                {"beneficiaryId":"%s","type":"GOODS","channel":"PHONE","receivedOn":"%s","description":"Τρόφιμα."}"""
                .formatted(person, receivedOn))).andExpect(status().isCreated());
    }

    private void assessment(String person, LocalDate date) throws Exception {
        mvc.perform(in(CENTRE, "social-worker", post("/api/beneficiaries/{b}/assessments", person), """
                {"needs":["FOOD"],"priority":"HIGH","date":"%s"}""".formatted(date))).andExpect(status().isCreated());
    }
}
