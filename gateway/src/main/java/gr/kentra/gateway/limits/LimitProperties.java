package gr.kentra.gateway.limits;

import java.time.Duration;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The gateway's limits ({@code kentra.limits.*}). {@code enabled: false} turns the rate limits off (load
 * tests); the body limit always holds. Rates are per second with a burst on top, chosen so that a person
 * working, even fast, never meets them and a script flooding does within a second.
 *
 * @param maxBodySize largest request body relayed (413 beyond it, by Content-Length or while streaming)
 * @param perUser     requests of one person (the token's or session's subject), over all centres
 * @param perCentre   requests to one centre ({@code /t/{tenant}/…}), over all its staff
 * @param trackedKeys most users and centres held in memory at once (least recently used dropped first)
 * @param idleExpiry  a key's bucket is forgotten after this long without requests
 */
@Validated
@ConfigurationProperties("kentra.limits")
record LimitProperties(Boolean enabled, DataSize maxBodySize, Rate perUser, Rate perCentre,
        @Positive Long trackedKeys, Duration idleExpiry) {

    /** {@code perSecond} refilled continuously into a bucket of {@code burst} requests. */
    record Rate(@Positive long perSecond, @Positive long burst) {
    }

    LimitProperties {
        enabled = enabled == null || enabled;
        maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(2) : maxBodySize;
        perUser = perUser == null ? new Rate(20, 100) : perUser;
        perCentre = perCentre == null ? new Rate(200, 400) : perCentre;
        trackedKeys = trackedKeys == null ? 100_000L : trackedKeys;
        idleExpiry = idleExpiry == null ? Duration.ofMinutes(10) : idleExpiry;
    }
}
