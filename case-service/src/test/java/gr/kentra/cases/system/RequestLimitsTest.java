package gr.kentra.cases.system;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A body above kentra.limits.max-request-size (2 MB by default) is a 413 problem, not a 400 after parsing it. */
class RequestLimitsTest extends CaseServiceIntegrationTest {

    private static final String CENTRE = "limits-centre";

    @BeforeEach
    void centre() throws Exception {
        provision(CENTRE);
    }

    @Test
    void refusesABodyAboveTheLimitWith413InTheCallersLanguage() throws Exception {
        String huge = "{\"firstName\":\"" + "Α".repeat(1_100_000) + "\",\"lastName\":\"Μεγάλη\"}"; // > 2 MB in UTF-8
        mvc.perform(in(CENTRE, "social-worker", post("/api/beneficiaries"), huge).header("Accept-Language", "en"))
                .andExpect(status().is(413))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("Request too large"))
                .andExpect(jsonPath("$.maxBytes").value(2 * 1024 * 1024));
        mvc.perform(in(CENTRE, "social-worker", post("/api/beneficiaries"), huge))
                .andExpect(status().is(413))
                .andExpect(jsonPath("$.title").value("Πολύ μεγάλο αίτημα"));
        mvc.perform(post("/api/beneficiaries").content(huge)).andExpect(status().is(413));
    }

    @Test
    void everyAnswerForbidsFramingSniffingAndReferrers() throws Exception {
        mvc.perform(in(CENTRE, "social-worker", get("/api/beneficiaries"), null))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("default-src 'none'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"));
    }
}
