package gr.kentra.gateway.tenant;

import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import gr.kentra.commons.tenant.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * The centres' names as the registry gives them (tenant-service's {@code /internal/centres/names}, asked with the
 * gateway's service token like the statuses), for the centre chooser. Kept for {@code kentra.tenant-status.names-ttl}
 * and asked again on the next page after that; when tenant-service cannot be reached the last names known are kept
 * (and not asked for again before the TTL has passed) and a centre never named shows its slug, so the chooser always
 * works.
 */
@Component
public class CentreNames {

    /** A centre's Greek and English names; either may be missing. */
    public record Name(String el, String en) {
    }

    record Report(Map<String, Name> names) {
    }

    private record Known(Map<TenantId, Name> names, Instant asked) {
    }

    private static final Logger log = LoggerFactory.getLogger(CentreNames.class);

    private final TenantStatusProperties properties;
    private final WebClient client;
    private final InstantSource clock;
    private final AtomicReference<Known> known = new AtomicReference<>(new Known(Map.of(), Instant.MIN));

    /** Asks with the status cache's client, so the gateway holds one service token for tenant-service. */
    @Autowired
    CentreNames(TenantStatusProperties properties, TenantStatusCache statuses) {
        this(properties, statuses.internalClient(), InstantSource.system());
    }

    CentreNames(TenantStatusProperties properties, WebClient client, InstantSource clock) {
        this.properties = properties;
        this.client = client;
        this.clock = clock;
    }

    /** Every centre's names known now, asking tenant-service first when those known are older than the TTL. */
    public Mono<Map<TenantId, Name>> names() {
        Known now = known.get();
        if (now.asked().isAfter(clock.instant().minus(properties.namesTtl()))) {
            return Mono.just(now.names());
        }
        return client.get().uri(properties.namesUrl()).retrieve().bodyToMono(Report.class)
                .timeout(properties.timeout())
                .map(CentreNames::valid)
                .doOnNext(names -> known.set(new Known(names, clock.instant())))
                .onErrorResume(e -> {
                    log.warn("Centre names not read from {}; the chooser shows the last names known or slugs: {}",
                            properties.namesUrl(), e.toString());
                    // A failed ask counts for the TTL too: an unreachable registry is not asked again on every page.
                    known.updateAndGet(last -> new Known(last.names(), clock.instant()));
                    return Mono.empty();
                })
                .defaultIfEmpty(now.names());
    }

    private static Map<TenantId, Name> valid(Report report) {
        Map<TenantId, Name> names = new HashMap<>();
        if (report.names() != null) {
            report.names().forEach((id, name) -> {
                if (TenantId.isValid(id) && name != null) {
                    names.put(TenantId.of(id), name);
                }
            });
        }
        return Map.copyOf(names);
    }
}
