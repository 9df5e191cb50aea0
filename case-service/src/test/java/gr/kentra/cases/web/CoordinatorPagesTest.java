package gr.kentra.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The coordinator's pages: caseload, audit trail, catalogue and directory upkeep, opening hours; and who may. */
class CoordinatorPagesTest extends CaseServiceIntegrationTest {

    private static final String CENTRE = "elefsina-coordination";
    private static final String OTHER = "mouzaki-coordination";
    private static final List<String> COORDINATOR_ONLY = List.of("caseload", "audit", "request-types",
            "caseload/export?format=csv", "audit/export?format=xlsx");

    @BeforeEach
    void centres() throws Exception {
        provision(CENTRE);
        provision(OTHER);
    }

    private MockHttpServletResponse page(String role, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(in(CENTRE, role, request, null)).andReturn().getResponse();
    }

    private static MockHttpServletRequestBuilder form(String path) {
        return post("/t/" + CENTRE + path).contentType(MediaType.APPLICATION_FORM_URLENCODED);
    }

    @Test
    void theCaseloadCountsEachStaffMembersOpenWork() throws Exception {
        String person = registerPerson(CENTRE, "Δέσποινα", "Φορτωμένη", "1966-06-06");
        mvc.perform(in(CENTRE, "social-worker", post("/api/requests"), """
                {"beneficiaryId":"%s","type":"GOODS","channel":"PHONE","receivedOn":"2026-11-20",
                 "description":"Τρόφιμα","assignee":"kostas"}""".formatted(person))).andExpect(status().isCreated());
        String caseload = page("coordinator", get("/t/" + CENTRE + "/caseload")).getContentAsString();
        assertThat(caseload).contains("Φόρτος εργασίας", "kostas", "/t/" + CENTRE + "/requests?assignee=kostas")
                .doesNotContain("Φορτωμένη");
        assertThat(page("coordinator", get("/t/" + CENTRE + "/")).getContentAsString())
                .contains("/t/" + CENTRE + "/coordination");
    }

    @Test
    void theAuditTrailIsFilteredByWhoWhatWhenAndPerson() throws Exception {
        String person = registerPerson(CENTRE, "Αθηνά", "Ιχνηλάτη", "1977-07-07");
        mvc.perform(in(CENTRE, "social-worker", get("/api/beneficiaries/" + person), null))
                .andExpect(status().isOk());
        String trail = page("coordinator", get("/t/" + CENTRE + "/audit").param("person", person)
                .param("action", "READ")).getContentAsString();
        assertThat(trail).contains("Ιχνηλάτη Αθηνά", "Ανάγνωση", "maria").doesNotContain("Καταχώριση</td>");
        assertThat(page("coordinator", get("/t/" + CENTRE + "/audit").param("actor", "nobody-here"))
                .getContentAsString()).doesNotContain("Ιχνηλάτη");
        MockHttpServletResponse csv = page("coordinator", get("/t/" + CENTRE + "/audit/export")
                .param("person", person).param("format", "csv"));
        assertThat(csv.getHeader("Content-Disposition")).contains("ichni-elegchou-");
        assertThat(csv.getContentAsString(StandardCharsets.UTF_8)).contains("Ιχνηλάτη Αθηνά;Καρτέλα;");
    }

    @Test
    void aRequestTypeIsAddedCheckedLikeTheApiAndWithdrawn() throws Exception {
        MockHttpServletResponse bad = page("coordinator", form("/request-types").param("code", "school meals")
                .param("labelEl", "Σχολικά γεύματα").param("labelEn", ""));
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString()).contains("href=\"#code\"", "href=\"#labelEn\"",
                "value=\"Σχολικά γεύματα\"", "aria-invalid=\"true\"");
        assertThat(page("coordinator", form("/request-types").param("code", "SCHOOL_MEALS")
                .param("labelEl", "Σχολικά γεύματα").param("labelEn", "School meals")).getRedirectedUrl())
                .isEqualTo("/t/" + CENTRE + "/request-types");
        MockHttpServletResponse duplicate = page("coordinator", form("/request-types").param("code", "SCHOOL_MEALS")
                .param("labelEl", "Άλλο").param("labelEn", "Other"));
        assertThat(duplicate.getStatus()).isEqualTo(422);
        assertThat(duplicate.getContentAsString()).contains("Υπάρχει ήδη");
        page("coordinator", form("/request-types/SCHOOL_MEALS").param("active", "false").param("version", "0"));
        String types = page("coordinator", get("/t/" + CENTRE + "/request-types")).getContentAsString();
        assertThat(types).contains("SCHOOL_MEALS", "Εκτός χρήσης", "Επαναφορά σε χρήση");
    }

    @Test
    void aSwitchMadeOnAStaleVersionSaysWhatHoldsNowAndChangesNothing() throws Exception {
        page("coordinator", form("/request-types").param("code", "WINTER_AID").param("labelEl", "Χειμερινή ενίσχυση")
                .param("labelEn", "Winter aid"));
        // A colleague withdraws it first (version 0 → 1); the second click still carries version 0.
        page("coordinator", form("/request-types/WINTER_AID").param("active", "false").param("version", "0"));
        MockHttpServletResponse stale = page("coordinator", form("/request-types/WINTER_AID").param("active", "false")
                .param("version", "0"));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("role=\"alert\"", "Κάποιος άλλος το άλλαξε στο μεταξύ",
                "«Χειμερινή ενίσχυση»", "τώρα είναι: Εκτός χρήσης");
        MockHttpServletResponse reactivate = page("coordinator", form("/request-types/WINTER_AID")
                .param("active", "true").param("version", "0"));
        assertThat(reactivate.getStatus()).isEqualTo(409);
        assertThat(page("coordinator", get("/t/" + CENTRE + "/request-types")).getContentAsString())
                .containsPattern("(?s)WINTER_AID.*Εκτός χρήσης");

        page("coordinator", form("/partners").param("name", "Σύλλογος Γονέων").param("kind", "NGO")
                .param("contact", ""));
        String list = page("coordinator", get("/t/" + CENTRE + "/partners")).getContentAsString();
        String id = list.replaceAll("(?s).*Σύλλογος Γονέων.*?/partners/([0-9a-f-]{36})\".*", "$1");
        page("coordinator", form("/partners/" + id).param("active", "false").param("version", "0"));
        MockHttpServletResponse partner = page("coordinator", form("/partners/" + id).param("active", "false")
                .param("version", "0").param("lang", "en"));
        assertThat(partner.getStatus()).isEqualTo(409);
        assertThat(partner.getContentAsString()).contains("Someone else changed it meanwhile", "“Σύλλογος Γονέων”",
                "it is now Withdrawn");
    }

    @Test
    void aPartnerIsAddedAndSwitchedOff() throws Exception {
        MockHttpServletResponse bad = page("coordinator", form("/partners").param("name", "Κοινωνικό Φαρμακείο")
                .param("kind", "").param("contact", ""));
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString()).contains("href=\"#kind\"", "value=\"Κοινωνικό Φαρμακείο\"")
                .containsPattern("(?s)id=\"kind-error\">.*?</span> <span>[^<]+</span>");
        page("coordinator", form("/partners").param("name", "Κοινωνικό Φαρμακείο")
                .param("kind", "MUNICIPAL_SOCIAL_PHARMACY").param("contact", "210 0000000"));
        String partners = page("coordinator", get("/t/" + CENTRE + "/partners")).getContentAsString();
        assertThat(partners).contains("Κοινωνικό Φαρμακείο", "Δημοτικό κοινωνικό φαρμακείο", "Σε χρήση");
    }

    @Test
    void openingHoursAreReadByEveryoneAndChangedByTheCoordinatorWithTheApisRules() throws Exception {
        String readOnly = page("admin-staff", get("/t/" + CENTRE + "/opening-hours")).getContentAsString();
        assertThat(readOnly).contains("Δευτέρα").doesNotContain("name=\"MONDAY.opens\"");
        assertThat(page("admin-staff", form("/opening-hours").param("MONDAY.open", "true")).getStatus())
                .isEqualTo(403);

        String shown = page("coordinator", get("/t/" + CENTRE + "/opening-hours")).getContentAsString();
        assertThat(shown).contains("name=\"MONDAY.opens\"");
        String version = shown.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        MockHttpServletResponse wrong = page("coordinator", form("/opening-hours").param("version", version)
                .param("WEDNESDAY.open", "true").param("WEDNESDAY.opens", "15:00").param("WEDNESDAY.closes", "09:00")
                .param("FRIDAY.open", "true").param("FRIDAY.opens", "9 το πρωί").param("FRIDAY.closes", "14:00"));
        assertThat(wrong.getStatus()).isEqualTo(422);
        assertThat(wrong.getContentAsString()).contains("href=\"#FRIDAY.opens\"", "value=\"9 το πρωί\"");
        MockHttpServletResponse closing = page("coordinator", form("/opening-hours").param("version", version)
                .param("WEDNESDAY.open", "true").param("WEDNESDAY.opens", "15:00").param("WEDNESDAY.closes", "09:00"));
        assertThat(closing.getContentAsString()).contains("href=\"#WEDNESDAY.closes\"");
        MockHttpServletResponse saved = page("coordinator", form("/opening-hours").param("version", version)
                .param("TUESDAY.open", "true").param("TUESDAY.opens", "08:00").param("TUESDAY.closes", "15:00")
                .param("TUESDAY.walkInFrom", "09:00").param("TUESDAY.walkInTo", "11:00"));
        assertThat(saved.getRedirectedUrl()).isEqualTo("/t/" + CENTRE + "/opening-hours?saved");
        assertThat(page("admin-staff", get("/t/" + CENTRE + "/opening-hours")).getContentAsString())
                .contains("Τρίτη", "09:00–11:00").doesNotContain("Δευτέρα</th>");
    }

    @Test
    void whatOnlyACoordinatorMayDoIsNeitherOfferedNorAnsweredToOthers() throws Exception {
        assertThat(page("psychologist", get("/t/" + CENTRE + "/")).getContentAsString())
                .doesNotContain("/t/" + CENTRE + "/coordination");
        String coordination = page("social-worker", get("/t/" + CENTRE + "/coordination")).getContentAsString();
        assertThat(coordination).contains("/t/" + CENTRE + "/partners").doesNotContain("/t/" + CENTRE + "/audit",
                "/t/" + CENTRE + "/request-types");
        for (String path : COORDINATOR_ONLY) {
            assertThat(page("social-worker", get("/t/" + CENTRE + "/" + path)).getStatus()).as(path).isEqualTo(403);
            assertThat(page("coordinator", get("/t/" + CENTRE + "/" + path)).getStatus()).as(path).isEqualTo(200);
            for (String foreign : List.of("/t/" + OTHER + "/" + path, "/%74/" + OTHER + "/" + path)) {
                assertThat(mvc.perform(in(CENTRE, "coordinator", get(foreign), null)).andReturn().getResponse()
                        .getStatus()).as(foreign).isIn(400, 403, 404);
            }
        }
    }

    @Test
    void theAccessibilityStatementIsThereForEveryRoleInBothLanguages() throws Exception {
        for (String role : List.of("social-worker", "psychologist", "admin-staff", "coordinator")) {
            String statement = page(role, get("/t/" + CENTRE + "/accessibility")).getContentAsString();
            assertThat(statement).contains("Δήλωση προσβασιμότητας", "4727/2020", "2016/2102", "WCAG 2.1");
        }
        String english = page("social-worker", get("/t/" + CENTRE + "/accessibility")
                .cookie(new jakarta.servlet.http.Cookie("lang", "en"))).getContentAsString();
        assertThat(english).contains("Accessibility statement", "partially compliant");
        assertThat(page("social-worker", get("/t/" + CENTRE + "/")).getContentAsString())
                .contains("/t/" + CENTRE + "/accessibility");
    }
}
