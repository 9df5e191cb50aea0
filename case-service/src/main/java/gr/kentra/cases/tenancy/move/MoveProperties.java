package gr.kentra.cases.tenancy.move;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Moving a centre between database cells. {@code drainTimeout}: how long a move waits for the centre's running
 * requests and background writers to finish before it gives up (the centre then goes on untouched);
 * {@code retryAfter}: what a refused write is told in {@code Retry-After}.
 */
@ConfigurationProperties("kentra.tenancy.move")
public record MoveProperties(Duration drainTimeout, Duration retryAfter) {

    public MoveProperties {
        drainTimeout = drainTimeout == null ? Duration.ofSeconds(30) : drainTimeout;
        retryAfter = retryAfter == null ? Duration.ofSeconds(5) : retryAfter;
        if (drainTimeout.isNegative() || retryAfter.isNegative()) {
            throw new IllegalArgumentException("kentra.tenancy.move durations must not be negative");
        }
    }
}
