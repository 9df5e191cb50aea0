package gr.kentra.commons.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.logging.LogbackMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.logging.logback.LogbackMetricsAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * logback.events (logback_events_total, tag level) keeps counting every logged event by level, as Micrometer's
 * turbo filter did, without a turbo filter: a level check that logs nothing costs nothing more than the check.
 */
class LogEventCountsTest {

    private static final List<String> LEVELS = List.of("error", "warn", "info", "debug", "trace");

    private final ApplicationContextRunner services = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
                    CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
                    LogbackMetricsAutoConfiguration.class, ObservabilityAutoConfiguration.class));

    @Test
    void aServiceCountsEachLoggedEventByItsLevelWithoutATurboFilter() {
        services.run(context -> {
            LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
            assertThat(context.getBeansOfType(LogbackMetrics.class).values()).singleElement()
                    .isInstanceOf(LogEventCounts.class);
            assertThat(logback.getTurboFilterList()).isEmpty();

            MeterRegistry meters = context.getBean(MeterRegistry.class);
            Counter warn = meters.find("logback.events").tag("level", "warn").counter();
            assertThat(warn).isNotNull();
            assertThat(warn.getId().getBaseUnit()).isEqualTo("events");
            assertThat(warn.getId().getDescription()).isEqualTo("Number of log events that were enabled by the effective log level");
            assertThat(LEVELS).allSatisfy(level -> assertThat(meters.find("logback.events").tag("level", level).counter())
                    .isNotNull());

            Logger logger = logback.getLogger("gr.kentra.commons.observability.events");
            logger.setLevel(Level.INFO);
            try {
                Map<String, Double> before = counts(level -> meters.find("logback.events").tag("level", level).counter().count());
                for (int i = 0; i < 1000; i++) {
                    logger.isDebugEnabled();
                    logger.isTraceEnabled();
                }
                logger.info("one");
                logger.info("two");
                logger.warn("three");
                logger.error("four");
                logger.debug("not logged: below the logger's level");
                Map<String, Double> after = counts(level -> meters.find("logback.events").tag("level", level).counter().count());

                assertThat(after.get("info") - before.get("info")).isEqualTo(2);
                assertThat(after.get("warn") - before.get("warn")).isEqualTo(1);
                assertThat(after.get("error") - before.get("error")).isEqualTo(1);
                assertThat(after.get("debug") - before.get("debug")).isZero();
            } finally {
                logger.setLevel(null);
            }
        });
        LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
        assertThat(logback.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("logback.events"))
                .as("detached when the service stops").isNull();
    }

    @Test
    void keepsCountingWithItsTagsAfterTheLoggingConfigurationIsReset() {
        LoggerContext logback = new LoggerContext();
        logback.start();
        MeterRegistry meters = new SimpleMeterRegistry();
        try (LogEventCounts counts = new LogEventCounts(List.of(Tag.of("service", "case-service")), logback)) {
            counts.bindTo(meters);
            Logger logger = logback.getLogger("reset");
            logger.warn("before");
            logback.reset();
            logger.warn("after");
            logger.info("after");

            assertThat(meters.get("logback.events").tags("service", "case-service", "level", "warn").counter().count())
                    .isEqualTo(2);
            assertThat(meters.get("logback.events").tags("service", "case-service", "level", "info").counter().count())
                    .isEqualTo(1);
            assertThat(logback.getTurboFilterList()).isEmpty();
        } finally {
            logback.stop();
        }
    }

    private static Map<String, Double> counts(Function<String, Double> count) {
        return LEVELS.stream().collect(java.util.stream.Collectors.toMap(level -> level, count));
    }
}
