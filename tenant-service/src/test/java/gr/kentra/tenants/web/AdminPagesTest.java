package gr.kentra.tenants.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import gr.kentra.tenants.centre.RegistryTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The administrators' pages, rendered by the real application on the real registry database. */
class AdminPagesTest extends RegistryTest {

    @Test
    void listsTheCentresWithGreekLabelsByDefault() throws Exception {
        mvc.perform(get("/admin/").with(platformAdmin()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(allOf(containsString("<html lang=\"el\""),
                        containsString("<h1>Κέντρα Κοινότητας</h1>"), containsString("<caption>Κέντρα: 4 συνολικά"),
                        containsString("<label for=\"region\">Περιφέρεια</label>"),
                        containsString("Κέντρο Κοινότητας Δήμου Ελευσίνας"), containsString("Θεσσαλία"),
                        containsString("/admin/webjars/htmx.org/2.0.4/dist/htmx.min.js"))));
    }

    @Test
    void thePagesMayNotBeFramedSniffedOrRunInlineScript() throws Exception {
        mvc.perform(get("/admin/").with(platformAdmin()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", allOf(containsString("frame-ancestors 'none'"),
                        containsString("script-src 'self'"), not(containsString("unsafe-inline")))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                // htmx would otherwise add an inline style the policy refuses.
                .andExpect(content().string(containsString("\"includeIndicatorStyles\":false")))
                .andExpect(content().string(not(containsString("<script>"))))
                .andExpect(content().string(not(containsString(" style=\""))));
    }

    @Test
    void speaksEnglishWhenAskedByParameterOrHeader() throws Exception {
        mvc.perform(get("/admin/").param("lang", "en").with(platformAdmin()))
                .andExpect(content().string(allOf(containsString("<h1>Community Centres</h1>"),
                        containsString("Community Centre of the Municipality of Elefsina"))))
                .andExpect(header().string("Set-Cookie", containsString("kentra-lang=en")));
        mvc.perform(get("/admin/").header("Accept-Language", "en").with(platformAdmin()))
                .andExpect(content().string(containsString("<h1>Community Centres</h1>")));
    }

    @Test
    void liveSearchAnswersOnlyTheMatchingResults() throws Exception {
        mvc.perform(get("/admin/").param("q", "ΜΟΣΧΑΤΟΥ").header("HX-Request", "true").with(platformAdmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"results\""), containsString("moschato-tavros"),
                        not(containsString("elefsina")), not(containsString("<html")))));
        mvc.perform(get("/admin/").param("region", "thessaly").with(platformAdmin()))
                .andExpect(content().string(allOf(containsString("/admin/centres/mouzaki"),
                        not(containsString("/admin/centres/elefsina")))));
        mvc.perform(get("/admin/").param("q", "ατλαντίδα").with(platformAdmin()))
                .andExpect(content().string(containsString("Δεν βρέθηκε κανένα κέντρο")));
    }

    @Test
    void aCreateFormWithErrorsKeepsWhatWasTypedAndSaysWhatIsWrongInGreek() throws Exception {
        mvc.perform(onboard("Agia_Varvara").param("walkIn[0].from", "07:00").param("walkIn[0].to", "09:00")
                        .param("staff[PSYCHOLOGIST]", "-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"centre-form\""),
                        containsString("value=\"Agia_Varvara\""), containsString("value=\"Κέντρο Κοινότητας Αγίας Βαρβάρας\""),
                        containsString("value=\"210 5550000\""), containsString("value=\"6001234\""),
                        containsString("value=\"-1\""), containsString("value=\"07:00\""),
                        containsString("πρέπει να έχει 2-40 πεζά λατινικά γράμματα"),
                        containsString("οι ώρες υποδοχής χωρίς ραντεβού πρέπει να είναι μέσα στις ώρες λειτουργίας"),
                        containsString("δεν μπορεί να είναι αρνητικός αριθμός"),
                        containsString("Η φόρμα έχει λάθη"))));
        assertThat(jdbc.queryForObject("select count(*) from centre", Integer.class)).isEqualTo(4);
    }

    @Test
    void onboardingFromThePageShowsTheNewCentreAndItsCoordinatorOnce() throws Exception {
        mvc.perform(onboard("agia-varvara").param("walkIn[0].from", "09:00").param("walkIn[0].to", "13:00"))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Push-Url", "/admin/centres/agia-varvara"))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(allOf(containsString("Κέντρο Κοινότητας Αγίας Βαρβάρας"),
                        containsString("Προσωρινός κωδικός"), containsString("agia-varvara-coord"))));

        assertThat(jdbc.queryForObject("select mis_code from centre_operation where centre_id = 'agia-varvara'",
                String.class)).isEqualTo("6001234");
        assertThat(jdbc.queryForObject("select count(*) from centre_walk_in_hours where centre_id = 'agia-varvara'",
                Integer.class)).isEqualTo(1);
        mvc.perform(get("/admin/centres/agia-varvara").with(platformAdmin()))
                .andExpect(content().string(not(containsString("Προσωρινός κωδικός"))));
    }

    @Test
    void offersOnlyTheStatusesACentreMayMoveTo() throws Exception {
        mvc.perform(get("/admin/centres/elefsina").with(platformAdmin()))
                .andExpect(content().string(allOf(containsString("data-status=\"SUSPENDED\""),
                        containsString("data-status=\"ARCHIVED\""), not(containsString("data-status=\"ACTIVE\"")),
                        containsString("hx-confirm=\"Να ανασταλεί το κέντρο elefsina;"))));

        jdbc.update("update centre set status = 'ARCHIVED' where id = 'mouzaki'");
        mvc.perform(get("/admin/centres/mouzaki").with(platformAdmin()))
                .andExpect(content().string(allOf(not(containsString("data-status=")),
                        containsString("δεν αλλάζει πια κατάσταση"))));

        jdbc.update("update centre set status = 'SUSPENDED' where id = 'nea-smyrni'");
        mvc.perform(get("/admin/centres/nea-smyrni").with(platformAdmin()))
                .andExpect(content().string(allOf(containsString("data-status=\"ACTIVE\""),
                        containsString("data-status=\"ARCHIVED\""), not(containsString("data-status=\"SUSPENDED\"")))));
    }

    @Test
    void changesStatusFromThePageAndExplainsARefusal() throws Exception {
        mvc.perform(post("/admin/centres/elefsina/status").param("status", "SUSPENDED").with(platformAdmin()))
                .andExpect(status().isNoContent())
                .andExpect(header().string("HX-Redirect", "/admin/centres/elefsina"));
        assertThat(jdbc.queryForObject("select status from centre where id = 'elefsina'", String.class))
                .isEqualTo("SUSPENDED");

        jdbc.update("update centre set status = 'ARCHIVED' where id = 'mouzaki'");
        mvc.perform(post("/admin/centres/mouzaki/status").param("status", "ACTIVE").with(platformAdmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ένα κέντρο που είναι «Αρχειοθετημένο» δεν μπορεί να γίνει «Ενεργό».")));
        assertThat(jdbc.queryForObject("select status from centre where id = 'mouzaki'", String.class))
                .isEqualTo("ARCHIVED");
    }

    @Test
    void editsACentreAndRefusesAStaleForm() throws Exception {
        mvc.perform(get("/admin/centres/moschato-tavros/edit").with(platformAdmin()))
                .andExpect(content().string(allOf(containsString("value=\"5001910\""), containsString("value=\"09:00\""),
                        containsString("value=\"Μιαούλη 60, Μοσχάτο\""), containsString("value=\"2\""))));
        mvc.perform(onboard("agia-varvara")).andExpect(status().isOk());
        long version = jdbc.queryForObject("select version from centre where id = 'agia-varvara'", Long.class);

        mvc.perform(edit("agia-varvara", version).param("phone", "210 5542000"))
                .andExpect(status().isNoContent())
                .andExpect(header().string("HX-Redirect", "/admin/centres/agia-varvara"));
        assertThat(jdbc.queryForObject("select phone from centre where id = 'agia-varvara'", String.class))
                .isEqualTo("210 5542000");
        assertThat(jdbc.queryForObject("select opens_at::text from centre_opening_hours where centre_id = 'agia-varvara'",
                String.class)).isEqualTo("07:30:00");
        // What the form left empty is cleared: the branches and the ESF operation.
        assertThat(jdbc.queryForObject("select count(*) from centre_branch where centre_id = 'agia-varvara'",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from centre_operation where centre_id = 'agia-varvara'",
                Integer.class)).isZero();

        mvc.perform(edit("agia-varvara", version).param("phone", "210 0000000"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Κάποιος άλλος άλλαξε στο μεταξύ"),
                        containsString("value=\"210 0000000\""))));
    }

    @Test
    void showsOnlyTheCentresOwnAuditTrail() throws Exception {
        jdbc.update("insert into audit_event (centre_id, actor, action, detail, occurred_at)"
                + " values ('moschato-tavros', 'root', 'EDITED', 'moschato-only-line', now())");
        jdbc.update("insert into audit_event (centre_id, actor, action, detail, occurred_at)"
                + " values ('elefsina', 'root', 'EDITED', 'elefsina-only-line', now())");

        mvc.perform(get("/admin/centres/elefsina").with(platformAdmin()))
                .andExpect(content().string(allOf(containsString("elefsina-only-line"),
                        not(containsString("moschato-only-line")))));
    }

    @Test
    void refusesEveryoneButPlatformAdministratorsWithAPage() throws Exception {
        for (String path : List.of("/admin/", "/admin/centres/moschato-tavros", "/admin/centres/new")) {
            mvc.perform(get(path).with(socialWorker()))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                    .andExpect(content().string(allOf(containsString("Δεν έχετε πρόσβαση"),
                            not(containsString("moschato-tavros")))));
        }
        // A centre's own coordinator may not manage even that centre from here.
        mvc.perform(post("/admin/centres/moschato-tavros/status").param("status", "ARCHIVED")
                        .with(jwt().jwt(token -> token.claim("organization", List.of("moschato-tavros")))
                                .authorities(new SimpleGrantedAuthority("ROLE_COORDINATOR"))))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select status from centre where id = 'moschato-tavros'", String.class))
                .isEqualTo("ACTIVE");
        mvc.perform(get("/admin/").param("lang", "en").with(socialWorker()))
                .andExpect(content().string(containsString("You do not have access")));
    }

    @Test
    void answersAnUnknownCentreWithAPageAndServesHtmxLocally() throws Exception {
        mvc.perform(get("/admin/centres/atlantis").with(platformAdmin()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Δεν υπάρχει κέντρο με αυτόν τον κωδικό.")));
        mvc.perform(get("/admin/webjars/htmx.org/2.0.4/dist/htmx.min.js"))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/assets/chrome.js"))
                .andExpect(content().string(containsString("X-XSRF-TOKEN")));
    }

    @Test
    void aFailedStepShowsWhyWithARetryButtonAndNamesakesAreNamed() throws Exception {
        jdbc.update("update centre set keycloak_status = 'FAILED', keycloak_error = 'Keycloak organization: 403 Forbidden',"
                + " name_el = (select name_el from centre where id = 'elefsina') where id = 'mouzaki'");

        mvc.perform(get("/admin/centres/mouzaki").with(platformAdmin()))
                .andExpect(content().string(allOf(containsString("Keycloak organization: 403 Forbidden"),
                        containsString("/admin/centres/mouzaki/onboarding/retry"),
                        containsString("Άλλα κέντρα έχουν το ίδιο όνομα: elefsina"))));

        mvc.perform(post("/admin/centres/mouzaki/onboarding/retry").with(platformAdmin()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/admin/centres/mouzaki/onboarding/retry"))));
        assertThat(jdbc.queryForObject("select keycloak_status from centre where id = 'mouzaki'", String.class))
                .isEqualTo("READY");
    }

    @Test
    void aFormMissingNamesAndMunicipalityWithABadEmailListsEachAtTheTopAndSaysItBesideTheField() throws Exception {
        String page = mvc.perform(post("/admin/centres").with(platformAdmin()).header("HX-Request", "true")
                        .param("id", "agia-varvara").param("nameEl", "").param("nameEn", " ").param("municipality", "")
                        .param("region", "attica").param("email", "not-an-address"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("data-error-summary", "tabindex=\"-1\"", "Η φόρμα έχει λάθη");
        for (String field : List.of("nameEl", "nameEn", "municipality", "email")) {
            assertThat(page).as(field).contains("href=\"#" + field + "\"")
                    .containsPattern("id=\"" + field + "-error\"[^>]*>[^<]+</small>")
                    .containsPattern("id=\"" + field + "\"[^>]*aria-invalid=\"true\"");
        }
        assertThat(page).contains("value=\"not-an-address\"");
        // Listed in the order the fields come on the form.
        assertThat(page.indexOf("href=\"#nameEl\"")).isLessThan(page.indexOf("href=\"#nameEn\""));
        assertThat(jdbc.queryForObject("select count(*) from centre", Integer.class)).isEqualTo(4);
    }

    @Test
    void theStatusFilterLabelsEveryStatusAndDatesAndActionsReadInGreek() throws Exception {
        String list = mvc.perform(get("/admin/").with(platformAdmin())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).doesNotContain("??").contains(">Διαγραμμένο</option>");
        jdbc.update("insert into audit_event (centre_id, actor, action, detail, occurred_at)"
                + " values ('elefsina', 'root', 'EDITED', 'a-line', timestamptz '2026-03-02 08:00:00+00')");
        String detail = mvc.perform(get("/admin/centres/elefsina").with(platformAdmin())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(detail).contains("02/03/2026 10:00:00", "Αλλαγή στοιχείων")
                .doesNotContain("<code>EDITED</code>").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
    }

    @Test
    void theNewCoordinatorsPasswordTakesTheFocusAndPendingOnboardingUpdatesItself() throws Exception {
        String answer = mvc.perform(onboard("agia-varvara")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(answer).containsPattern("<section [^>]*tabindex=\"-1\"[^>]*data-focus[^>]*id=\"coordinator\"");
        jdbc.update("update centre set keycloak_status = 'PENDING' where id = 'mouzaki'");
        mvc.perform(get("/admin/centres/mouzaki").with(platformAdmin()))
                .andExpect(content().string(allOf(containsString("hx-get=\"/admin/centres/mouzaki\""),
                        containsString("hx-trigger=\"every 3s\""), containsString("hx-select=\"#onboarding\""))));
        jdbc.update("update centre set schema_status = 'READY', keycloak_status = 'READY' where id = 'elefsina'");
        mvc.perform(get("/admin/centres/elefsina").with(platformAdmin()))
                .andExpect(content().string(not(containsString("hx-trigger=\"every"))));
    }

    @Test
    void wearsThePlatformsOneLookWithThePersonLogoutFooterAndStatement() throws Exception {
        mvc.perform(get("/admin/").param("lang", "el").with(platformAdmin()))
                .andExpect(content().string(allOf(containsString("/admin/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css"),
                        containsString("/admin/assets/kentra.css"), containsString("class=\"govuk-skip-link\""),
                        containsString("Διαχειριστής/τρια πλατφόρμας"), containsString("action=\"/logout\""),
                        containsString("href=\"/admin/accessibility\""), containsString("hreflang=\"en\""))));
        mvc.perform(get("/admin/assets/kentra.css")).andExpect(status().isOk())
                .andExpect(content().string(containsString(".kentra-header")));
        mvc.perform(get("/admin/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css"))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/accessibility").with(platformAdmin()))
                .andExpect(content().string(containsString("WCAG 2.1")));
    }

    private static MockHttpServletRequestBuilder onboard(String id) {
        return post("/admin/centres").with(platformAdmin()).header("HX-Request", "true")
                .param("id", id).param("nameEl", "Κέντρο Κοινότητας Αγίας Βαρβάρας")
                .param("nameEn", "Community Centre of Agia Varvara").param("municipality", "Αγία Βαρβάρα")
                .param("region", "attica").param("phone", "210 5550000")
                .param("operations[0].programmePeriod", "2021-2027").param("operations[0].misCode", "6001234")
                .param("opening[0].day", "MONDAY").param("opening[0].from", "08:00").param("opening[0].to", "16:00")
                .param("walkIn[0].day", "MONDAY").param("branches", "ROMA").param("mobileUnit", "false");
    }

    private static MockHttpServletRequestBuilder edit(String id, long version) {
        return post("/admin/centres/" + id).with(platformAdmin()).header("HX-Request", "true")
                .param("version", String.valueOf(version)).param("nameEl", "Κέντρο Κοινότητας Αγίας Βαρβάρας")
                .param("nameEn", "Community Centre of Agia Varvara").param("municipality", "Αγία Βαρβάρα")
                .param("opening[0].day", "MONDAY").param("opening[0].from", "07:30").param("opening[0].to", "15:30");
    }
}
