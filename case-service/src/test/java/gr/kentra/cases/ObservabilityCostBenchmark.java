package gr.kentra.cases;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.micrometer.core.instrument.binder.logging.LogbackMetrics;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Not a test: the CPU one record read costs case-service's request thread (MockMvc runs it on the caller's thread,
 * through every filter, the observation and the trace; not Tomcat), in rounds, with JFR's execution samples.
 * {@code -Dkentra.excluded-test-groups=none -Dtest=ObservabilityCostBenchmark}; {@code -Dkentra.probe.before=true}
 * puts back the observability set-up of main at e25f275 (Micrometer's turbo filter, the long task timers, the
 * repository timers, baggage). Prints the CPU per read of each round; JFR to {@code -Dkentra.probe.jfr}.
 */
@Tag("benchmark")
@Import(ObservabilityCostBenchmark.Before.class)
class ObservabilityCostBenchmark extends CaseServiceIntegrationTest {

    private static final boolean BEFORE = Boolean.getBoolean("kentra.probe.before");

    @DynamicPropertySource
    static void setUp(DynamicPropertyRegistry registry) {
        registry.add("kentra.probe.before", () -> BEFORE);
        if (BEFORE) {
            registry.add("management.metrics.observations.ignored-meters", () -> "");
            registry.add("spring.autoconfigure.exclude", () -> "");
            registry.add("management.tracing.baggage.enabled", () -> true);
        }
    }

    @TestConfiguration
    @ConditionalOnBooleanProperty("kentra.probe.before")
    static class Before {
        @Bean
        LogbackMetrics logbackMetrics() {
            return new LogbackMetrics();
        }
    }

    @Test
    void readsOneRecord() throws Exception {
        provision("probe-centre");
        String id = registerPerson("probe-centre", "Ευτέρπη", "Καλλέργη", "1981-05-05");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int perRound = Integer.getInteger("kentra.probe.reads", 2000);
        for (int i = 0; i < Integer.getInteger("kentra.probe.warm-up", 10) * perRound; i++) {
            read(id);
        }
        List<Double> rounds = new ArrayList<>();
        try (Recording jfr = new Recording()) {
            jfr.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(10));
            jfr.start();
            for (int round = 0; round < 7; round++) {
                long cpu = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < perRound; i++) {
                    read(id);
                }
                rounds.add((threads.getCurrentThreadCpuTime() - cpu) / 1e3 / perRound);
            }
            jfr.stop();
            jfr.dump(Path.of(System.getProperty("kentra.probe.jfr", "target/read-cost.jfr")));
        }
        List<Double> sorted = new ArrayList<>(rounds);
        Collections.sort(sorted);
        System.out.printf("PROBE before=%s CPU µs per read, rounds %s, median %.1f%n", BEFORE, rounds, sorted.get(3));
    }

    private void read(String id) throws Exception {
        mvc.perform(in("probe-centre", "social-worker", get("/api/beneficiaries/{id}", id), null))
                .andExpect(status().isOk());
    }
}
