package gr.kentra.cases.tenancy.lifecycle;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import gr.kentra.commons.tenant.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * What the registry says of centres' lifecycles, so that this service refuses a suspended or archived centre
 * itself and the gateway is not the only wall. The statuses of centres that are not active are fetched from
 * tenant-service every {@code kentra.registry.refresh}; when it cannot be reached the last known state is kept
 * (suspended centres stay refused) and a WARN is logged once per outage. A schema is dropped only when the
 * registry, asked at that moment, says the centre is archived and past its retention.
 */
public class CentreLifecycle implements SmartLifecycle {

    public enum Refusal { SUSPENDED, ARCHIVED }

    private static final Logger log = LoggerFactory.getLogger(CentreLifecycle.class);

    private final RegistryClient registry;
    private final RegistryProperties properties;
    private final AtomicReference<Map<TenantId, Refusal>> unavailable = new AtomicReference<>(Map.of());
    private final AtomicReference<Map<TenantId, RegistryClient.Name>> names = new AtomicReference<>(Map.of());
    private volatile boolean failing;
    private volatile ScheduledExecutorService polling;

    /** {@code registry} is null where no registry is configured: nothing refused, no schema ever dropped. */
    CentreLifecycle(RegistryClient registry, RegistryProperties properties) {
        this.registry = registry;
        this.properties = properties;
    }

    public Optional<Refusal> refusal(TenantId tenant) {
        return Optional.ofNullable(unavailable.get().get(tenant));
    }

    /** The centre's display names as the registry last gave them; empty until it has. */
    public Optional<RegistryClient.Name> name(TenantId tenant) {
        return Optional.ofNullable(names.get().get(tenant));
    }

    /** Empty when the schema may be dropped; otherwise why not, for the 409 answer. */
    public Optional<String> schemaDeletionRefusal(TenantId tenant) {
        if (registry == null) {
            return Optional.of("no registry is configured (kentra.registry.url)");
        }
        RegistryClient.SchemaDeletion answer = registry.schemaDeletion(tenant);
        if (answer != null && answer.allowed()) {
            return Optional.empty();
        }
        return Optional.of(answer == null || answer.reason() == null ? "refused by the registry" : answer.reason());
    }

    void refresh() {
        try {
            RegistryClient.Statuses statuses = registry.statuses();
            apply(statuses == null || statuses.unavailable() == null ? Map.of() : statuses.unavailable());
            if (failing) {
                log.info("Centre statuses refreshed again from the registry");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn("Centre statuses not refreshed from the registry; keeping the last known state: {}",
                        e.toString());
            }
            failing = true;
            return;
        }
        refreshNames();
    }

    /** Only for the pages' header, which falls back to the slug: a failure here is not worth a WARN. */
    private void refreshNames() {
        try {
            RegistryClient.Names answer = registry.names();
            if (answer != null && answer.names() != null) {
                applyNames(answer.names());
            }
        } catch (RuntimeException e) {
            log.debug("Centre names not refreshed from the registry: {}", e.toString());
        }
    }

    void applyNames(Map<String, RegistryClient.Name> answer) {
        Map<TenantId, RegistryClient.Name> next = new HashMap<>();
        answer.forEach((id, name) -> {
            if (TenantId.isValid(id) && name != null) {
                next.put(TenantId.of(id), name);
            }
        });
        names.set(Map.copyOf(next));
    }

    void apply(Map<String, String> statuses) {
        Map<TenantId, Refusal> next = new HashMap<>();
        statuses.forEach((id, status) -> {
            if (!TenantId.isValid(id)) {
                return;
            }
            switch (status) {
                case "SUSPENDED" -> next.put(TenantId.of(id), Refusal.SUSPENDED);
                // Access ended with the archive; a token issued before a deletion still names the centre.
                case "ARCHIVED", "DELETED" -> next.put(TenantId.of(id), Refusal.ARCHIVED);
                default -> { }
            }
        });
        Map<TenantId, Refusal> previous = unavailable.getAndSet(Map.copyOf(next));
        if (!previous.equals(next)) {
            log.info("Centres refused for their lifecycle: {}", next);
        }
    }

    @Override
    public void start() {
        if (registry == null) {
            log.warn("No registry configured (kentra.registry.url): suspended and archived centres are refused by"
                    + " the gateway only, and no centre's schema can be dropped");
            polling = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().factory());
            return;
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("centre-lifecycle").daemon().factory());
        executor.scheduleWithFixedDelay(this::refresh, 0, properties.refresh().toMillis(), TimeUnit.MILLISECONDS);
        polling = executor;
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = polling;
        if (running != null) {
            running.shutdownNow();
        }
        polling = null;
    }

    @Override
    public boolean isRunning() {
        return polling != null;
    }
}
