package gr.kentra.cases.tenancy.cell;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import gr.kentra.cases.tenancy.registry.TenantRegistry;
import gr.kentra.commons.tenant.TenantId;
import org.springframework.stereotype.Component;

/**
 * Which cell holds a tenant, as the registry on the default cell records it. A tenant's cell changes only by a
 * move ({@code TenantMover}), which tells this instance at once, so an answer once read is kept in memory: a
 * session costs no registry query. Another instance that moved the tenant leaves this answer stale until a
 * transaction finds the schema gone from the cell ({@code MoveLock}), which asks again ({@link #relocated}).
 */
@Component
public class TenantCells {

    private final TenantRegistry registry;
    private final DatabaseCells cells;
    private final Map<TenantId, String> known = new ConcurrentHashMap<>();

    TenantCells(TenantRegistry registry, DatabaseCells cells) {
        this.registry = registry;
        this.cells = cells;
    }

    /** Fails for a tenant this service has never provisioned: its data are nowhere. */
    public DatabaseCell of(TenantId tenant) {
        String name = known.computeIfAbsent(tenant, t -> registry.cellOf(t).orElseThrow(() -> notPlaced(t)));
        return cells.cell(name);
    }

    /**
     * The tenant's schema was not on the cell remembered: the registry's answer now, read apart from the calling
     * thread's transaction (that of a session still on the old cell).
     */
    public DatabaseCell relocated(TenantId tenant) {
        String name = registry.cellOfApart(tenant).orElseThrow(() -> notPlaced(tenant));
        known.put(tenant, name);
        return cells.cell(name);
    }

    private static IllegalStateException notPlaced(TenantId tenant) {
        return new IllegalStateException("Tenant " + tenant.value() + " is not placed on a cell");
    }

    public void placed(TenantId tenant, String cell) {
        known.put(tenant, cell);
    }

    /** The tenant's schema is gone (see {@code TenantArchives#remove}); a later lookup must not find a cell. */
    public void forget(TenantId tenant) {
        known.remove(tenant);
    }
}
