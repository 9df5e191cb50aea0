package gr.kentra.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import ch.qos.logback.classic.LoggerContext;
import gr.kentra.commons.observability.LogEventCounts;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.logging.LogbackMetrics;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.metrics.MetricsRepositoryMethodInvocationListener;
import org.springframework.context.ApplicationContext;

/**
 * What a read costs in metrics, logs and traces, and what operators keep (deploy/observability, OPERATIONS.md):
 * http.server.requests by centre and route, logback.events by level; no level check consults a turbo filter, and
 * the meters nobody reads (a long task timer per request, a timer per repository call) are not made. The trace ids
 * in the log lines: PersonalDataLogsTest; the trace across the outbox: FactRelayTest.
 */
class ObservabilityCostsTest extends CaseServiceIntegrationTest {

    private static final String CENTRE = "observed-centre";

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private ApplicationContext context;

    @Test
    void aReadIsTimedByCentreAndRouteWithoutTheMetersNobodyReads() throws Exception {
        provision(CENTRE);
        String id = registerPerson(CENTRE, "Ευτέρπη", "Καλλέργη", "1981-05-05");
        mvc.perform(in(CENTRE, "social-worker", get("/api/beneficiaries/{id}", id), null)).andExpect(status().isOk());

        await().untilAsserted(() -> assertThat(meters.find("http.server.requests").tag("centre", CENTRE)
                .tag("uri", "/api/beneficiaries/{id}").tag("method", "GET").tag("status", "200").timer())
                .isNotNull().satisfies(timer -> assertThat(timer.count()).isPositive()));
        assertThat(meters.find("http.server.requests.active").meters()).isEmpty();
        assertThat(meters.find("spring.data.repository.invocations").meters()).isEmpty();
        assertThat(context.getBeanNamesForType(MetricsRepositoryMethodInvocationListener.class))
                .as("a listener that computes the tags of every repository call").isEmpty();
    }

    @Test
    void logEventsAreCountedByLevelWhileLevelChecksConsultNoFilter() {
        // Counting itself, by level and across a reset of the logging configuration: LogEventCountsTest
        // (platform-commons). A second Spring Boot application in the same JVM (other test contexts) stops and
        // configures Logback anew, which detaches any earlier context's appender, as it did Micrometer's turbo filter.
        assertThat(((LoggerContext) LoggerFactory.getILoggerFactory()).getTurboFilterList()).isEmpty();
        assertThat(context.getBean(LogbackMetrics.class)).isInstanceOf(LogEventCounts.class);
        assertThat(List.of("error", "warn", "info", "debug", "trace")).allSatisfy(level -> assertThat(meters
                .find("logback.events").tag("level", level).tag("service", "case-service").counter()).isNotNull());
    }
}
