package gr.kentra.cases.gdpr.retention;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long a record may stay inactive before the coordinator is asked to decide on it
 * ({@code kentra.retention.inactive-years}, 5 unless configured). Nothing is deleted automatically.
 */
@Validated
@ConfigurationProperties("kentra.retention")
public record RetentionProperties(@DefaultValue("5") @Min(1) @Max(100) int inactiveYears) {
}
