package gr.kentra.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.LoggerContext;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a relayed read costs the gateway in metrics and logs, and what operators keep (deploy/observability):
 * http.server.requests by centre, logback.events by level; no level check consults a turbo filter, and neither a
 * second timer of the same request (spring.cloud.gateway.requests) nor a long task timer per request is made. The
 * trace relayed to the services: TenantRoutingTest.
 */
class ObservabilityCostsTest extends GatewayTest {

    @Autowired
    private MeterRegistry meters;

    @Test
    void aRelayedReadIsTimedOnceByCentre() {
        get("/t/moschato-tavros/api/beneficiaries", TOKENS.member("moschato-tavros")).expectStatus().isOk();

        await().untilAsserted(() -> assertThat(meters.find("http.server.requests").tag("centre", "moschato-tavros")
                .tag("status", "200").tag("service", "gateway").timer()).isNotNull()
                .satisfies(timer -> assertThat(timer.count()).isPositive()));
        assertThat(meters.find("spring.cloud.gateway.requests").meters()).isEmpty();
        assertThat(meters.find("http.server.requests.active").meters()).isEmpty();
    }

    @Test
    void logEventsAreCountedByLevelWhileLevelChecksConsultNoFilter() {
        assertThat(((LoggerContext) LoggerFactory.getILoggerFactory()).getTurboFilterList()).isEmpty();
        Counter errors = meters.find("logback.events").tag("level", "error").tag("service", "gateway").counter();
        assertThat(errors).isNotNull();
        double before = errors.count();

        LoggerFactory.getLogger(ObservabilityCostsTest.class).error("an error operators count");

        assertThat(errors.count()).isGreaterThanOrEqualTo(before + 1);
    }
}
