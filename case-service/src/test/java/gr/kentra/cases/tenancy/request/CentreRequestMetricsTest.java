package gr.kentra.cases.tenancy.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import gr.kentra.cases.CaseServiceIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * http.server.requests carries the centre's slug once the request was admitted to it, "none" otherwise: a
 * request for a centre the caller does not belong to, or one that does not exist, never makes a series of its own
 * (bounded to registered slugs; no ids, no raw paths).
 */
class CentreRequestMetricsTest extends CaseServiceIntegrationTest {

    @Autowired
    private MeterRegistry meters;

    @Test
    void tagsAdmittedRequestsWithTheCentreAndRefusedOnesWithNone() throws Exception {
        provision("metrics-centre");
        mvc.perform(in("metrics-centre", "social-worker", get("/api/beneficiaries"), null)).andExpect(status().isOk());
        mvc.perform(get("/api/beneficiaries").header("X-Kentra-Tenant", "metrics-centre")
                .with(socialWorkerOf("another-centre"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/beneficiaries").header("X-Kentra-Tenant", "no-such-centre")
                .with(socialWorkerOf("no-such-centre"))).andExpect(status().isForbidden());

        Awaitility.await().untilAsserted(() -> {
            assertThat(meters.find("http.server.requests").tag("centre", "metrics-centre").tag("status", "200")
                    .timer()).isNotNull();
            assertThat(meters.find("http.server.requests").tag("centre", "none").tag("status", "403").timer())
                    .isNotNull();
        });
        assertThat(meters.find("http.server.requests").tag("centre", "metrics-centre").tag("status", "403").timer())
                .isNull();
        assertThat(meters.find("http.server.requests").tag("centre", "no-such-centre").timers()).isEmpty();
        assertThat(meters.find("http.server.requests").tag("centre", "another-centre").timers()).isEmpty();
    }
}
