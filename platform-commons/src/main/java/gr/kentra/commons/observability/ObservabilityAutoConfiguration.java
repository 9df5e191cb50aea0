package gr.kentra.commons.observability;

import java.util.List;

import ch.qos.logback.classic.LoggerContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.logging.LogbackMetrics;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The services' metrics at the cost they are worth: {@code logback.events} counted per event logged, not per level
 * check ({@link LogEventCounts}, in place of Spring Boot's {@code LogbackMetrics} binder, which backs off).
 * {@code management.metrics.enable.logback: false} denies the meter, as for any other.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.micrometer.metrics.autoconfigure.logging.logback.LogbackMetricsAutoConfiguration")
@ConditionalOnClass({ LoggerContext.class, MeterRegistry.class, LogbackMetrics.class })
@Conditional(ObservabilityAutoConfiguration.LogbackLogs.class)
public class ObservabilityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(LogbackMetrics.class)
    LogbackMetrics logEventCounts() {
        return new LogEventCounts(List.of(), (LoggerContext) LoggerFactory.getILoggerFactory());
    }

    /** SLF4J logs through Logback (as in every Kentra service), as Spring Boot's binder requires too. */
    static final class LogbackLogs implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return LoggerFactory.getILoggerFactory() instanceof LoggerContext;
        }
    }
}
