package gr.kentra.cases.tenancy.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import gr.kentra.cases.CaseServiceIntegrationTest;
import gr.kentra.cases.RegistryStandIn;
import gr.kentra.cases.tenancy.request.TenantRequestFilter;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** This service's own lifecycle wall answers a browser's page with a page, the API with its problem. */
class CentreUnavailablePageTest extends CaseServiceIntegrationTest {

    private static final String SUSPENDED = "page-wall-suspended";
    private static final String ARCHIVED = "page-wall-archived";
    private static final String HTML = "text/html,application/xhtml+xml,*/*;q=0.8";

    @BeforeEach
    void centres() throws Exception {
        provision(SUSPENDED);
        provision(ARCHIVED);
        RegistryStandIn.name(SUSPENDED, "Κέντρο Κοινότητας Δήμου Δοκιμών", "Community Centre of Tests");
        RegistryStandIn.status(SUSPENDED, "SUSPENDED");
        RegistryStandIn.status(ARCHIVED, "ARCHIVED");
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            mvc.perform(page(SUSPENDED, "/t/" + SUSPENDED + "/")).andExpect(status().isLocked())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("Δήμου Δοκιμών")));
            mvc.perform(page(ARCHIVED, "/t/" + ARCHIVED + "/")).andExpect(status().isForbidden());
        });
    }

    @AfterEach
    void activeAgain() {
        RegistryStandIn.status(SUSPENDED, null);
        RegistryStandIn.status(ARCHIVED, null);
    }

    private static MockHttpServletRequestBuilder page(String centre, String path) {
        return get(path).header(TenantRequestFilter.HEADER, centre).header(HttpHeaders.ACCEPT, HTML)
                .with(socialWorkerOf(centre));
    }

    @Test
    void aSuspendedCentresPageSaysSoInGreekWithWhomToContactAndEnglishOnRequest() throws Exception {
        String greek = mvc.perform(page(SUSPENDED, "/t/" + SUSPENDED + "/people"))
                .andExpect(status().isLocked())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(greek).startsWith("<!DOCTYPE html>").contains("lang=\"el\"", "Κέντρο Κοινότητας Δήμου Δοκιμών",
                "σε αναστολή", "συντονιστή του κέντρου σας", "href=\"?lang=en\"").doesNotContain("centreStatus");

        String english = mvc.perform(page(SUSPENDED, "/t/" + SUSPENDED + "/people").param("lang", "en"))
                .andExpect(status().isLocked())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(english).contains("lang=\"en\"", "Community Centre of Tests", "Centre suspended", "coordinator");
    }

    @Test
    void anArchivedCentresPageSaysAccessHasEndedWith403() throws Exception {
        String page = mvc.perform(page(ARCHIVED, "/t/" + ARCHIVED + "/"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("αρχειοθετηθεί", "Δήμο σας").contains(ARCHIVED);
    }

    @Test
    void theApiKeepsItsProblemEvenWhenItAcceptsHtml() throws Exception {
        mvc.perform(get("/api/beneficiaries").header(TenantRequestFilter.HEADER, SUSPENDED)
                        .header(HttpHeaders.ACCEPT, HTML).with(socialWorkerOf(SUSPENDED)))
                .andExpect(status().isLocked())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.centreStatus").value("SUSPENDED"));
    }

    @Test
    void anotherCentresMemberLearnsNothingOfTheCentresState() throws Exception {
        String body = mvc.perform(get("/t/" + SUSPENDED + "/").header(TenantRequestFilter.HEADER, SUSPENDED)
                        .header(HttpHeaders.ACCEPT, HTML).with(socialWorkerOf("moschato-tavros")))
                .andExpect(status().isForbidden())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("αναστολή", "SUSPENDED", "Δοκιμών");
        // Nor through its own centre's header with the suspended centre's path.
        mvc.perform(get("/t/" + SUSPENDED + "/").header(TenantRequestFilter.HEADER, "moschato-tavros")
                        .header(HttpHeaders.ACCEPT, HTML).with(socialWorkerOf("moschato-tavros")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("αναστολή"))));
    }
}
