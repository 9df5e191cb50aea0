package gr.kentra.cases.indicator;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The national pseudonym secret and its key id (the same in every case-service instance, never in
 * reporting-service), the retired secrets by key id while facts made with them are kept (see {@link Pseudonyms}), and
 * where and how often facts are delivered, and how long a delivery waits for reporting's answer. Without a reporting
 * URL facts wait in the outboxes. A centre whose delivery fails pauses {@code firstBackoff}, then twice as long after
 * each further failure up to {@code maxBackoff}, for every instance together ({@link RelayBackoffs}); an instance that
 * cannot reach reporting at all pauses all its own deliveries on the same schedule instead ({@link LocalBackoff}),
 * pausing no centre for the others: short, so that
 * a backlog held through a reporting outage leaves within seconds of reporting's return (the resilience suite: lag under 5 s after restart; 30 s kept a centre
 * waiting that long after the outage ended). A failed attempt against a stopped service costs a refused
 * connection, no more. A centre's delivery round sends at most {@code roundBatches} batches of {@code batchSize}
 * facts before the centre queues again behind the other centres waiting (see {@link FactRelay}): 2, so that a
 * round holds its centre at most 2 × the read timeout (20 s) even when reporting answers each batch at the last
 * moment, within the 30 s a move of the centre waits for it ({@code kentra.tenancy.move.drain-timeout}); a round
 * given back costs no wait (the next one is queued at once), so smaller rounds lose no throughput. Every
 * {@code sweepInterval} each instance asks each cell in one statement which outboxes hold a fact older than a second
 * ({@link FactRelay#STRAY}) and drains those: 5 s, so that a fact committed on an instance that stopped before it
 * delivered it leaves from another within 1 s + 5 s and a round, about what a failing centre's longest pause adds,
 * for one statement per cell (and 200 centres) every 5 s per instance, about a millisecond once prepared.
 */
@ConfigurationProperties("kentra.indicators")
record IndicatorProperties(String pseudonymSecret, String pseudonymKeyId,
        Map<String, String> previousPseudonymSecrets, URI reportingUrl,
        @DefaultValue("500ms") Duration relayInterval, @DefaultValue("5s") Duration sweepInterval,
        @DefaultValue("500") int batchSize, @DefaultValue("2") int roundBatches,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue("1s") Duration firstBackoff, @DefaultValue("4s") Duration maxBackoff) {

    IndicatorProperties {
        previousPseudonymSecrets = previousPseudonymSecrets == null ? Map.of() : Map.copyOf(previousPseudonymSecrets);
    }
}
