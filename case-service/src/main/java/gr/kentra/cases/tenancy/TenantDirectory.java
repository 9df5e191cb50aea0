package gr.kentra.cases.tenancy;

import java.util.List;
import java.util.Optional;

import gr.kentra.commons.tenant.TenantId;
import org.springframework.stereotype.Component;

/**
 * What background work (the indicator relay) may know about tenants: the one being served on this thread,
 * and the ready ones with their placement. Features never need it; they get their schema from Hibernate.
 */
@Component
public class TenantDirectory {

    private final TenantContext context;
    private final TenantRegistry registry;

    TenantDirectory(TenantContext context, TenantRegistry registry) {
        this.context = context;
        this.registry = registry;
    }

    /** The tenant of the current request; fails outside one, where no tenant data may be written. */
    public TenantId current() {
        return context.current().orElseThrow(() -> new IllegalStateException("No tenant on this thread"));
    }

    public Optional<TenantPlacement> placement(TenantId tenant) {
        return registry.placement(tenant);
    }

    public List<TenantPlacement> ready() {
        return registry.readyPlacements();
    }
}
