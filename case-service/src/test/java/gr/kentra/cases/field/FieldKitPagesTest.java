package gr.kentra.cases.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.util.List;

import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** The field kit's shell: its page, service worker and manifest, for field staff of the centre only. */
class FieldKitPagesTest extends CaseServiceIntegrationTest {

    private static final String CENTRE = "field-kit-here";
    private static final String OTHER = "field-kit-there";

    @BeforeEach
    void centres() throws Exception {
        provision(CENTRE);
        provision(OTHER);
    }

    private MockHttpServletResponse page(String role, String path) throws Exception {
        return mvc.perform(in(CENTRE, role, get(URI.create(path)), null)).andReturn().getResponse();
    }

    @Test
    void theKitIsAScriptIslandWithItsWorkerAndManifestUnderTheCentresPath() throws Exception {
        MockHttpServletResponse kit = page("admin-staff", "/t/" + CENTRE + "/field/");
        assertThat(kit.getStatus()).isEqualTo(200);
        String html = kit.getContentAsString();
        assertThat(html).contains("data-base=\"/t/" + CENTRE + "/\"", "/t/" + CENTRE + "/assets/field/kit.js",
                "/t/" + CENTRE + "/field/manifest.webmanifest", "id=\"kit-pin\"", "type=\"application/json\"");
        // No script runs from the page itself: every <script> is a file or the texts as JSON.
        assertThat(html.split("<script").length - 1).isEqualTo(
                html.split("<script src=").length - 1 + html.split("<script type=\"application/json\"").length - 1);
        assertThat(kit.getHeader("Content-Security-Policy")).contains("script-src 'self'");

        MockHttpServletResponse worker = page("admin-staff", "/t/" + CENTRE + "/field/sw.js");
        assertThat(worker.getStatus()).isEqualTo(200);
        assertThat(worker.getContentType()).startsWith("text/javascript");
        assertThat(worker.getContentAsString()).contains("caches.open").doesNotContain("api/field");
        MockHttpServletResponse manifest = page("admin-staff", "/t/" + CENTRE + "/field/manifest.webmanifest");
        assertThat(manifest.getContentAsString()).contains("\"scope\":\"/t/" + CENTRE + "/field/\"");
        assertThat(page("admin-staff", "/t/" + CENTRE + "/assets/field/kit.js").getContentAsString())
                .contains("AES-GCM", "PBKDF2", "navigator.storage.persist");

        assertThat(page("social-worker", "/t/" + CENTRE + "/").getContentAsString())
                .contains("/t/" + CENTRE + "/field/");
        assertThat(page("psychologist", "/t/" + CENTRE + "/").getContentAsString())
                .doesNotContain("/t/" + CENTRE + "/field/");
        assertThat(page("psychologist", "/t/" + CENTRE + "/field/").getStatus()).isEqualTo(403);
    }

    @Test
    void theKitOffersSessionsAndDistributionsUnderTheApisFieldNamesToWhoeverMayRecordThem() throws Exception {
        String social = page("social-worker", "/t/" + CENTRE + "/field/").getContentAsString();
        assertThat(social).contains("id=\"kit-session-form\"", "name=\"durationMinutes\"",
                "id=\"kit-session-participants\"", "name=\"topic\"", "id=\"kit-distribution-form\"",
                "name=\"programme\"", "name=\"lines[0].quantity\"", "name=\"lines[0].unit\"", "id=\"kit-conflicts\"");
        // Administrative staff hand out goods in the villages but hold no counselling sessions.
        String admin = page("admin-staff", "/t/" + CENTRE + "/field/").getContentAsString();
        assertThat(admin).contains("id=\"kit-distribution-form\"").doesNotContain("kit-session-form");
        assertThat(page("admin-staff", "/t/" + CENTRE + "/assets/field/kit.js").getContentAsString())
                .contains("RECORD_SESSION", "RECORD_DISTRIBUTION", "conflicts/", "/resolve");
    }

    @Test
    void anotherCentresStaffNeverGetTheKitOfThisCentre() throws Exception {
        for (String path : List.of("/t/" + CENTRE + "/field/", "/%74/" + CENTRE + "/field/",
                "/t/" + CENTRE + "/%66ield/sw.js", "/t/" + OTHER + "/%2e%2e/" + CENTRE + "/field/")) {
            MockHttpServletResponse answer = mvc.perform(get(URI.create(path)).header("X-Kentra-Tenant", CENTRE)
                    .with(socialWorkerOf(OTHER))).andReturn().getResponse();
            assertThat(answer.getStatus()).as(path).isIn(400, 403, 404);
            assertThat(answer.getContentAsString()).as(path).doesNotContain("kit-pin");
        }
    }
}
