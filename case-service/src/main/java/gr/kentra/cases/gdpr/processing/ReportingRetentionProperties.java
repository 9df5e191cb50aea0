package gr.kentra.cases.gdpr.processing;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long reporting-service keeps the pseudonymised facts, for the record of processing: the very property
 * reporting-service reads ({@code kentra.reporting.retention.years}, environment {@code
 * KENTRA_REPORTING_RETENTION_YEARS}, 10 unless configured), so one setting given to both services keeps the
 * record telling what reporting does.
 */
@Validated
@ConfigurationProperties("kentra.reporting.retention")
public record ReportingRetentionProperties(@DefaultValue("10") @Min(1) int years) {
}
