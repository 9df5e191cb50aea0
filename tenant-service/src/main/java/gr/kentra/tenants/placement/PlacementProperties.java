package gr.kentra.tenants.placement;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kentra.placement.move-timeout}: how long a move may take at case-service before this service stops
 * waiting (default 10 minutes; a centre of a few thousand people moves in seconds).
 */
@ConfigurationProperties("kentra.placement")
public record PlacementProperties(Duration moveTimeout) {

    public PlacementProperties {
        moveTimeout = moveTimeout == null ? Duration.ofMinutes(10) : moveTimeout;
    }
}
