package gr.kentra.gateway.tenant;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import gr.kentra.commons.tenant.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The gateway's copy of which centres are suspended or archived, refreshed from tenant-service every
 * {@code kentra.tenant-status.refresh}, so a status change is enforced within seconds on every replica
 * without a call per request. When tenant-service cannot be reached the last known state is kept (centres
 * known to be active stay open; suspended ones stay refused) and a WARN is logged once per outage.
 * ONBOARDING centres are let through: case-service answers for a tenant without a schema itself, and holding
 * them back would add a refresh interval to a new centre's first login.
 */
@Component
class TenantStatusCache implements CentreAvailability, SmartLifecycle {

    record Report(Map<String, String> unavailable) {
    }

    private static final Logger log = LoggerFactory.getLogger(TenantStatusCache.class);

    private final TenantStatusProperties properties;
    private final WebClient client;
    private final AtomicReference<Map<TenantId, Unavailable>> unavailable = new AtomicReference<>(Map.of());
    private volatile boolean failing;
    private volatile Disposable polling;

    TenantStatusCache(TenantStatusProperties properties) {
        this.properties = properties;
        this.client = WebClient.create();
    }

    @Override
    public Optional<Unavailable> refusal(TenantId tenant) {
        return Optional.ofNullable(unavailable.get().get(tenant));
    }

    Mono<Void> refresh() {
        return client.get().uri(properties.url()).retrieve().bodyToMono(Report.class)
                .timeout(properties.timeout())
                .doOnNext(this::apply)
                .then()
                .onErrorResume(e -> {
                    if (!failing) {
                        log.warn("Centre statuses not refreshed from {}; keeping the last known state: {}",
                                properties.url(), e.toString());
                    }
                    failing = true;
                    return Mono.empty();
                });
    }

    private void apply(Report report) {
        Map<TenantId, Unavailable> next = new HashMap<>();
        if (report.unavailable() != null) {
            report.unavailable().forEach((id, status) -> {
                if (!TenantId.isValid(id)) {
                    return;
                }
                if ("SUSPENDED".equals(status) || "ARCHIVED".equals(status)) {
                    next.put(TenantId.of(id), Unavailable.valueOf(status));
                } else if ("DELETED".equals(status)) {
                    // Access ended with the archive; a token issued before the deletion still names the centre.
                    next.put(TenantId.of(id), Unavailable.ARCHIVED);
                }
            });
        }
        Map<TenantId, Unavailable> previous = unavailable.getAndSet(Map.copyOf(next));
        if (!previous.equals(next)) {
            log.info("Centres refused at the gateway: {}", next);
        }
        if (failing) {
            log.info("Centre statuses refreshed again from {}", properties.url());
            failing = false;
        }
    }

    @Override
    public void start() {
        polling = Flux.interval(java.time.Duration.ZERO, properties.refresh())
                .onBackpressureDrop()
                .concatMap(tick -> refresh(), 1)
                .subscribe();
    }

    @Override
    public void stop() {
        Disposable running = polling;
        if (running != null) {
            running.dispose();
        }
        polling = null;
    }

    @Override
    public boolean isRunning() {
        return polling != null && !polling.isDisposed();
    }
}
