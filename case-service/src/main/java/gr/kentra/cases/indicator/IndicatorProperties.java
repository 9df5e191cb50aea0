package gr.kentra.cases.indicator;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The national pseudonym secret (the same in every case-service instance, never in reporting-service), and
 * where and how often facts are delivered. Without a reporting URL facts wait in the outboxes.
 */
@ConfigurationProperties("kentra.indicators")
record IndicatorProperties(String pseudonymSecret, URI reportingUrl,
        @DefaultValue("500ms") Duration relayInterval, @DefaultValue("60s") Duration sweepInterval,
        @DefaultValue("500") int batchSize) {
}
