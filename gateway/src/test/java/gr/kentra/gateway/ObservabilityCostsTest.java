package gr.kentra.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;

import ch.qos.logback.classic.LoggerContext;
import gr.kentra.commons.observability.LogEventCounts;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.logging.LogbackMetrics;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What a relayed read costs the gateway in metrics and logs, and what operators keep (deploy/observability):
 * http.server.requests by centre, logback.events by level; no level check consults a turbo filter, and neither a
 * second timer of the same request (spring.cloud.gateway.requests) nor a long task timer per request is made. The
 * trace relayed to the services: TenantRoutingTest.
 */
class ObservabilityCostsTest extends GatewayTest {

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private ApplicationContext context;

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
        // Counting itself, by level and across a reset of the logging configuration: LogEventCountsTest
        // (platform-commons). A second Spring Boot application in the same JVM (other test contexts) stops and
        // configures Logback anew, which detaches any earlier context's appender, as it did Micrometer's turbo filter.
        assertThat(((LoggerContext) LoggerFactory.getILoggerFactory()).getTurboFilterList()).isEmpty();
        assertThat(context.getBean(LogbackMetrics.class)).isInstanceOf(LogEventCounts.class);
        assertThat(List.of("error", "warn", "info", "debug", "trace")).allSatisfy(level -> assertThat(meters
                .find("logback.events").tag("level", level).tag("service", "gateway").counter()).isNotNull());
    }
}
