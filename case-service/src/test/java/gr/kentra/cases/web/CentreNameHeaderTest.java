package gr.kentra.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;

import gr.kentra.cases.CaseServiceIntegrationTest;
import gr.kentra.cases.RegistryStandIn;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The header names the centre as the registry does, in the reader's language; the slug while unknown. */
class CentreNameHeaderTest extends CaseServiceIntegrationTest {

    private static final String NAMED = "header-named";
    private static final String UNNAMED = "header-unnamed";

    @BeforeEach
    void centres() throws Exception {
        provision(NAMED);
        provision(UNNAMED);
    }

    private String home(String centre, String lang) throws Exception {
        var request = get("/t/" + centre + "/");
        if (lang != null) {
            request.param("lang", lang);
        }
        return mvc.perform(in(centre, "social-worker", request, null)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theHeaderShowsTheCentresNameFromTheRegistryNotItsSlug() throws Exception {
        RegistryStandIn.name(NAMED, "Κέντρο Κοινότητας Δήμου Μουζακίου", "Community Centre of the Municipality of Mouzaki");

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(home(NAMED, "en")).contains("Community Centre of the Municipality of Mouzaki")
                        .doesNotContain("Δήμου Μουζακίου"));
        assertThat(home(NAMED, null)).contains("Κέντρο Κοινότητας Δήμου Μουζακίου");
    }

    @Test
    void aCentreTheRegistryHasNotNamedKeepsItsSlugAndNeverAnothersName() throws Exception {
        RegistryStandIn.name(NAMED, "Κέντρο Κοινότητας Δήμου Μουζακίου", null);
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(home(NAMED, "en")).contains("Κέντρο Κοινότητας Δήμου Μουζακίου"));

        assertThat(home(UNNAMED, null)).contains("kentra-header__centre").contains(UNNAMED)
                .doesNotContain("Δήμου Μουζακίου");
    }
}
