package gr.kentra.cases.tenancy.registry;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import gr.kentra.commons.tenant.TenantId;
import org.springframework.stereotype.Component;

/**
 * The centres this instance has seen READY, kept only while {@link TenantSchemaChanges} listens to the registry's
 * changes: without the listener nothing is kept and every answer comes from the database. Only the yes is kept: a
 * centre not (yet) READY is asked again each time, so a newly provisioned centre is admitted at once.
 * <p>
 * A read that races with a change must not keep a READY that the change has just ended: every change (and every
 * start or end of listening) moves {@link #stamp()}, and an answer read before the move is dropped again.
 */
@Component
class ReadyTenants {

    private final Set<TenantId> ready = ConcurrentHashMap.newKeySet();
    private final AtomicLong changes = new AtomicLong();
    private volatile boolean listening;

    boolean contains(TenantId tenant) {
        return listening && ready.contains(tenant);
    }

    /** Taken before asking the database, for {@link #remember}. */
    long stamp() {
        return changes.get();
    }

    /** Keeps a READY read from the database, unless something changed since {@code stamp} was taken. */
    void remember(TenantId tenant, long stamp) {
        if (!listening || changes.get() != stamp) {
            return;
        }
        ready.add(tenant);
        // A change that slipped in between the check and the add has either moved the stamp by now or will
        // remove the tenant after this add: either way nothing stale stays.
        if (!listening || changes.get() != stamp) {
            ready.remove(tenant);
        }
    }

    /** The centre's row changed (here or on another instance): its next answer comes from the database. */
    void changed(TenantId tenant) {
        changes.incrementAndGet();
        ready.remove(tenant);
    }

    /** A change whose centre is not known: nothing kept is trusted any more. */
    void changedAll() {
        changes.incrementAndGet();
        ready.clear();
    }

    /** Listening (again): changes missed while not listening are why the memory starts empty. */
    void listening() {
        changedAll();
        listening = true;
    }

    /** Not listening: changes from other instances would go unseen, so the database answers until it listens again. */
    void deaf() {
        listening = false;
        changedAll();
    }

    boolean isListening() {
        return listening;
    }
}
