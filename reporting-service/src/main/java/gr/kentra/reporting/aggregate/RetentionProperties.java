package gr.kentra.reporting.aggregate;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kentra.reporting.retention}: the store is pseudonymous personal data (Recital 26), so it is kept for
 * {@code years} after the month it describes and then purged, whole calendar years at a time, by a job on
 * {@code cron} (Europe/Athens).
 */
@Validated
@ConfigurationProperties("kentra.reporting.retention")
public record RetentionProperties(@DefaultValue("10") @Min(1) int years, @DefaultValue("0 30 3 * * *") String cron) {
}
