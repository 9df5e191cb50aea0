package gr.kentra.cases.tenancy;

import java.util.List;
import java.util.Optional;

import gr.kentra.cases.tenancy.cell.DatabaseCells;
import gr.kentra.cases.tenancy.cell.TenantCells;
import gr.kentra.cases.tenancy.gate.TenantFreezes;
import gr.kentra.cases.tenancy.registry.TenantRegistry;
import gr.kentra.cases.tenancy.request.TenantContext;
import gr.kentra.commons.tenant.TenantId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What background work (the indicator relay) may know about tenants: the one being served on this thread,
 * the ready ones with their placement, and plain JDBC access to the database cell holding one (SQL through it
 * must name the tenant's schema). Features never need it; they get their schema and cell from Hibernate.
 */
@Component
public class TenantDirectory {

    private final TenantContext context;
    private final TenantRegistry registry;
    private final TenantCells cells;
    private final DatabaseCells databaseCells;
    private final TenantFreezes freezes;

    TenantDirectory(TenantContext context, TenantRegistry registry, TenantCells cells, DatabaseCells databaseCells,
            TenantFreezes freezes) {
        this.context = context;
        this.registry = registry;
        this.cells = cells;
        this.databaseCells = databaseCells;
        this.freezes = freezes;
    }

    /**
     * Runs background writing in the tenant's schema unless the tenant is frozen for a move to another cell:
     * then nothing runs and the answer is false (try again later). A move waits for work already running here.
     */
    public boolean unlessFrozen(TenantId tenant, Runnable work) {
        if (!freezes.enter(tenant)) {
            return false;
        }
        try {
            work.run();
            return true;
        } finally {
            freezes.leave(tenant);
        }
    }

    /** The tenant of the current request; fails outside one, where no tenant data may be written. */
    public TenantId current() {
        return context.current().orElseThrow(() -> new IllegalStateException("No tenant on this thread"));
    }

    public Optional<TenantPlacement> placement(TenantId tenant) {
        return registry.placement(tenant);
    }

    /**
     * The ready tenants on the cells this instance is configured for; one on a cell missing from the
     * configuration would only fail, and must not hold up the others' background work.
     */
    public List<TenantPlacement> ready() {
        return registry.readyPlacements(databaseCells.names());
    }

    /** JDBC on the cell that holds the tenant; fails for a tenant that was never provisioned. */
    public JdbcTemplate jdbcFor(TenantId tenant) {
        return cells.of(tenant).jdbc();
    }

    /**
     * After a failure on the tenant's cell: the next lookup asks the registry again, in case another instance
     * has moved the tenant to another cell meanwhile.
     */
    public void forgetPlacement(TenantId tenant) {
        cells.forget(tenant);
    }

    /** Local transactions on the tenant's cell, in which {@link #jdbcFor(TenantId)} takes part. */
    public TransactionTemplate transactionsFor(TenantId tenant) {
        return cells.of(tenant).transactions();
    }
}
