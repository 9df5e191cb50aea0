package gr.kentra.reporting.aggregate;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link RetentionPurge} on its schedule. */
@Configuration
@EnableScheduling
class RetentionConfiguration {
}
