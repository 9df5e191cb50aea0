package gr.kentra.cases.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The person's documents page and the card's link to it. */
class DocumentPagesTest extends DocumentTestSupport {

    private static final String TENANT = "documents-pages";
    private static final String OTHER = "documents-pages-other";

    private String person;
    private String base;

    @BeforeEach
    void person() throws Exception {
        centre(TENANT, "Κέντρο Κοινότητας Δήμου Μουζακίου", null);
        provision(OTHER);
        person = registerPerson(TENANT, "Αθανάσιος", "Οικονόμου", "1958-09-09");
        base = "/t/" + TENANT + "/people/" + person;
    }

    @Test
    void theCardLinksToTheDocumentsPageWhichOffersOnlyWhatTheReaderMayIssue() throws Exception {
        mvc.perform(in(TENANT, "admin-staff", get(base), null))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + base + "/documents\"")));
        mvc.perform(in(TENANT, "admin-staff", get(base + "/documents"), null))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Δεν έχει εκδοθεί κανένα έγγραφο.")))
                .andExpect(content().string(containsString("value=\"REGISTRATION_ATTESTATION\"")))
                .andExpect(content().string(not(containsString("value=\"SOCIAL_INVESTIGATION_REPORT\""))));
        mvc.perform(in(TENANT, "psychologist", get(base + "/documents"), null))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"type\""))));
    }

    @Test
    void issuingFromThePageLeadsBackToItWithTheNewDocumentToOpen() throws Exception {
        String location = mvc.perform(in(TENANT, "social-worker", post(base + "/documents")
                        .param("type", "REGISTRATION_ATTESTATION").param("language", "el")
                        .header("HX-Request", "true"), null))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Redirect", startsWith(base + "/documents?issued=")))
                .andReturn().getResponse().getHeader("HX-Redirect");
        String id = location.substring(location.indexOf('=') + 1);
        mvc.perform(in(TENANT, "social-worker", get(location), null))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Βεβαίωση εγγραφής")))
                .andExpect(content().string(containsString(base + "/documents/" + id)));
        var pdf = mvc.perform(in(TENANT, "social-worker", get(base + "/documents/" + id), null))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void aMissingChoiceIsShownBesideTheFieldAndNothingIsIssued() throws Exception {
        Integer before = jdbc.queryForObject("select count(*) from t_documents_pages.issued_document", Integer.class);
        mvc.perform(in(TENANT, "social-worker", post(base + "/documents").param("type", "REFERRAL_LETTER"), null))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("χρειάζεται για αυτό το έγγραφο")));
        mvc.perform(in(TENANT, "social-worker", post(base + "/documents"), null))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("διαλέξτε ποιο έγγραφο θα εκδοθεί")));
        assertThat(jdbc.queryForObject("select count(*) from t_documents_pages.issued_document", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void anotherCentresStaffCannotReachThePageThroughTheirOwnCentre() throws Exception {
        mvc.perform(in(OTHER, "coordinator", get("/t/" + OTHER + "/people/" + person + "/documents"), null))
                .andExpect(status().isNotFound());
        mvc.perform(get(base + "/documents").header("X-Kentra-Tenant", TENANT).with(staff(OTHER, "coordinator")))
                .andExpect(status().isForbidden());
    }
}
