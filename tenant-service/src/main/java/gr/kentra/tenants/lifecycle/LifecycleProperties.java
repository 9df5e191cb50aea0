package gr.kentra.tenants.lifecycle;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code archiveRetention}: how long an archived centre's data are kept before they may be deleted (ISO period,
 * default {@code P5Y}, counted from archiving). {@code deletionCodeValidity}: how long a deletion confirmation code
 * stays usable (default 15 minutes).
 */
@ConfigurationProperties("kentra.registry")
record LifecycleProperties(Period archiveRetention, Duration deletionCodeValidity) {

    LifecycleProperties {
        archiveRetention = archiveRetention == null ? Period.ofYears(5) : archiveRetention;
        deletionCodeValidity = deletionCodeValidity == null ? Duration.ofMinutes(15) : deletionCodeValidity;
        if (archiveRetention.isNegative() || deletionCodeValidity.isNegative() || deletionCodeValidity.isZero()) {
            throw new IllegalArgumentException("kentra.registry.archive-retention and deletion-code-validity must be"
                    + " positive");
        }
    }
}
