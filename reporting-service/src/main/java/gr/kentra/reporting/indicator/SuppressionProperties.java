package gr.kentra.reporting.indicator;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** {@code kentra.reporting.suppression.k}: counts from 1 to k-1 are hidden in every published table. */
@Validated
@ConfigurationProperties("kentra.reporting.suppression")
record SuppressionProperties(@DefaultValue("5") @Min(1) int k) {
}
