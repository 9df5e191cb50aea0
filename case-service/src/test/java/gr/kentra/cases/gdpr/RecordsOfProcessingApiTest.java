package gr.kentra.cases.gdpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import gr.kentra.cases.gdpr.catalogue.PersonalDataCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The Art. 30 record is generated from the catalogue: nothing the catalogue holds on people is left out. */
class RecordsOfProcessingApiTest extends CaseServiceIntegrationTest {

    private static final String TENANT = "ropa-here";

    @BeforeEach
    void centre() throws Exception {
        provision(TENANT);
    }

    private static List<String> tablesWithPersonalData() {
        return PersonalDataCatalogue.tables().stream()
                .filter(t -> t.category() != null || t.link() != null || t.columns().stream()
                        .anyMatch(c -> c.decision() != PersonalDataCatalogue.Decision.NOT_PERSONAL))
                .map(PersonalDataCatalogue.Table::name).toList();
    }

    @Test
    void namesEveryCatalogueTableWithPersonalDataWithItsRecipientsRetentionAndBases() throws Exception {
        String body = mvc.perform(in(TENANT, "coordinator", get("/api/gdpr/records-of-processing"), null)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(JsonPath.<List<String>>read(body, "$.categories[*].tables[*].table"))
                .containsAll(tablesWithPersonalData()).doesNotContain("partner", "request_type");
        assertThat(JsonPath.<List<String>>read(body, "$.categories[?(@.category == 'identity')].tables[0].erasedOnRequest[*]"))
                .contains("amka", "afm", "first_name");
        assertThat(JsonPath.<List<String>>read(body, "$.categories[?(@.category == 'referrals')].recipients[*]"))
                .anySatisfy(r -> assertThat(r).contains("Partner services"));
        assertThat(JsonPath.<List<String>>read(body, "$.categories[?(@.category == 'indicatorFacts')].retention"))
                .singleElement().asString().contains("10 years");
        assertThat(JsonPath.<List<String>>read(body, "$.categories[?(@.category == 'identity')].retention"))
                .singleElement().asString().contains("5 years");
        assertThat(JsonPath.<List<String>>read(body, "$.categories[?(@.category == 'identity')].label"))
                .containsExactly("Identity and contact details");
        assertThat(JsonPath.<List<String>>read(body, "$.categories[*].tables[?(@.table == 'beneficiary')].label"))
                .containsExactly("Registry of people served");
        assertThat(JsonPath.<List<String>>read(body, "$.legalBases[*].basis"))
                .containsExactly("PUBLIC_TASK_SOCIAL_CARE", "PUBLIC_TASK_PUBLIC_INTEREST", "CONSENT");
        assertThat(JsonPath.<List<String>>read(body, "$.keptByLaw[*].table"))
                .contains("beneficiary", "audit_event", "social_investigation");
    }

    @Test
    void printsAPageInGreekAndEnglish() throws Exception {
        String greek = mvc.perform(in(TENANT, "coordinator", get("/api/gdpr/records-of-processing"), null)
                        .accept(MediaType.TEXT_HTML).header("Accept-Language", "el"))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();
        assertThat(greek).startsWith("<!DOCTYPE html>").contains("Αρχείο δραστηριοτήτων επεξεργασίας",
                "social_investigation", "amka", "Κοινωνικές έρευνες", "Στοιχεία ταυτότητας και επικοινωνίας",
                "Μητρώο εξυπηρετούμενων").doesNotContain("<script", "socialInvestigations", "Social investigations");
        String english = mvc.perform(in(TENANT, "coordinator", get("/api/gdpr/records-of-processing"), null)
                        .accept(MediaType.TEXT_HTML).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Record of processing activities", "Retention", "Partner services",
                "Social investigations", "Registry of people served").doesNotContain("socialInvestigations");
    }

    @Test
    void isForTheCoordinatorOnly() throws Exception {
        mvc.perform(in(TENANT, "social-worker", get("/api/gdpr/records-of-processing"), null))
                .andExpect(status().isForbidden());
    }
}
