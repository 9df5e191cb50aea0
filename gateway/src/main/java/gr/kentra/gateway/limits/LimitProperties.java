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
 * @param maxUriLength longest request target (path and query) answered (414 problem beyond it); Netty's own limit
 *                    ({@code server.netty.max-initial-line-length}) stays above it, so the problem is ours
 * @param maxHeaderSize largest header block answered (431 problem beyond it); Netty's own limit
 *                    ({@code server.max-http-request-header-size}) stays above it
 * @param perUser     requests of one person (the token's or session's subject), over all centres
 * @param perCentre   requests to one centre ({@code /t/{tenant}/…}), over all its staff
 * @param anonymous   requests from one client address without a signed-in person (the login's start and return,
 *                    calls without a token or with a token that fails), so guessing and floods meet a 429 early
 * @param trackedKeys most users and centres held in memory at once (least recently used dropped first)
 * @param idleExpiry  a key's bucket is forgotten after this long without requests
 */
@Validated
@ConfigurationProperties("kentra.limits")
record LimitProperties(Boolean enabled, DataSize maxBodySize, DataSize maxUriLength, DataSize maxHeaderSize,
        Rate perUser, Rate perCentre, Rate anonymous, @Positive Long trackedKeys, Duration idleExpiry) {

    /** {@code perSecond} refilled continuously into a bucket of {@code burst} requests. */
    record Rate(@Positive long perSecond, @Positive long burst) {
    }

    LimitProperties {
        enabled = enabled == null || enabled;
        maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(2) : maxBodySize;
        perUser = perUser == null ? new Rate(20, 100) : perUser;
        perCentre = perCentre == null ? new Rate(200, 400) : perCentre;
        anonymous = anonymous == null ? new Rate(5, 50) : anonymous;
        maxUriLength = maxUriLength == null ? DataSize.ofKilobytes(8) : maxUriLength;
        maxHeaderSize = maxHeaderSize == null ? DataSize.ofKilobytes(16) : maxHeaderSize;
        trackedKeys = trackedKeys == null ? 100_000L : trackedKeys;
        idleExpiry = idleExpiry == null ? Duration.ofMinutes(10) : idleExpiry;
    }
}
