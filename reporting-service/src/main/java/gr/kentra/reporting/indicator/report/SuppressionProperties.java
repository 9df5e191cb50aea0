package gr.kentra.reporting.indicator.report;

import gr.kentra.reporting.suppression.Suppression;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kentra.reporting.suppression.k}: counts from 1 to k-1 are hidden in every published table.
 * {@code lower-protection} / {@code upper-protection}: how far below and above its value a reader's interval of a
 * hidden small count must still reach (clipped to 1..k-1, what its {@code <k} mark says); unset, k: a reader
 * learns nothing about it beyond the mark.
 */
@Validated
@ConfigurationProperties("kentra.reporting.suppression")
public record SuppressionProperties(@Min(1) Integer k, @Min(0) Integer lowerProtection, @Min(0) Integer upperProtection) {

    public SuppressionProperties {
        k = k == null ? Suppression.DEFAULT_K : k;
        lowerProtection = lowerProtection == null ? k : lowerProtection;
        upperProtection = upperProtection == null ? k : upperProtection;
    }

    Suppression suppression() {
        return new Suppression(k, lowerProtection, upperProtection);
    }
}
