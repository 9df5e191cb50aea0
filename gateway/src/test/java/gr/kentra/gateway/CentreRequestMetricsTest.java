package gr.kentra.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The gateway's http.server.requests carries the centre's slug once a member was let in, "none" otherwise: an
 * outsider's request for a centre, or a made-up slug, never makes a series of its own.
 */
class CentreRequestMetricsTest extends GatewayTest {

    @Autowired
    private MeterRegistry meters;

    @Test
    void tagsAMembersRequestWithTheCentreAndAnOutsidersWithNone() {
        get("/t/moschato-tavros/api/beneficiaries", TOKENS.member("moschato-tavros")).expectStatus().isOk();
        get("/t/moschato-tavros/api/beneficiaries", TOKENS.member("elefsina")).expectStatus().isForbidden();
        get("/t/made-up-centre/api/beneficiaries", TOKENS.member("elefsina")).expectStatus().isForbidden();

        await().untilAsserted(() -> {
            assertThat(meters.find("http.server.requests").tag("centre", "moschato-tavros").tag("status", "200").timer())
                    .isNotNull();
            assertThat(meters.find("http.server.requests").tag("centre", "none").tag("status", "403").timer())
                    .isNotNull();
        });
        assertThat(meters.find("http.server.requests").tag("centre", "moschato-tavros").tag("status", "403").timer())
                .isNull();
        assertThat(meters.find("http.server.requests").tag("centre", "made-up-centre").timers()).isEmpty();
    }
}
