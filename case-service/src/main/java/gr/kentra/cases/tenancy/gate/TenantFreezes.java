package gr.kentra.cases.tenancy.gate;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import gr.kentra.commons.tenant.TenantId;
import org.springframework.stereotype.Component;

/**
 * Which tenants are frozen for a move, and who is still working in them. Every request and every background
 * writer enters a tenant's gate while it is open and leaves it when done; freezing closes the gate and waits
 * until everyone who entered has left, so after {@link #freeze} nothing that could write is running for the
 * tenant. A request arriving at a closed gate is not counted: it may only read (its connections are read-only,
 * see {@code CellConnectionProvider}). Frozen readers are counted apart, so that the source schema is dropped
 * only once the reads still using it are done (or a while has passed).
 * <p>
 * Held in this instance's memory, for this instance's friendlier refusals; across instances a move is made safe
 * by the tenant's {@link MoveLock}, which every connection checkout takes shared.
 */
@Component
public class TenantFreezes {

    private final Map<TenantId, Gate> gates = new ConcurrentHashMap<>();

    /** True when the caller may write and must {@link #leave}; false when the tenant is frozen. */
    public boolean enter(TenantId tenant) {
        return gate(tenant).enter();
    }

    public void leave(TenantId tenant) {
        gate(tenant).leave();
    }

    /** A read admitted while frozen; must be followed by {@link #leaveFrozenRead}. */
    public void enterFrozenRead(TenantId tenant) {
        gate(tenant).frozenReaders.incrementAndGet();
    }

    public void leaveFrozenRead(TenantId tenant) {
        Gate gate = gate(tenant);
        gate.frozenReaders.decrementAndGet();
        gate.signal();
    }

    public boolean isFrozen(TenantId tenant) {
        Gate gate = gates.get(tenant);
        return gate != null && gate.frozen;
    }

    /**
     * Closes the gate and waits for the writers inside. When they do not leave in time the gate is opened again
     * and false is returned: the tenant goes on as before.
     */
    public boolean freeze(TenantId tenant, Duration timeout) throws InterruptedException {
        Gate gate = gate(tenant);
        gate.frozen = true;
        boolean drained = gate.awaitZero(gate.writers, timeout);
        if (!drained) {
            unfreeze(tenant);
        }
        return drained;
    }

    /** Best effort: true when no frozen read is running any more. */
    public boolean awaitFrozenReaders(TenantId tenant, Duration timeout) throws InterruptedException {
        Gate gate = gate(tenant);
        return gate.awaitZero(gate.frozenReaders, timeout);
    }

    public void unfreeze(TenantId tenant) {
        gate(tenant).frozen = false;
    }

    private Gate gate(TenantId tenant) {
        return gates.computeIfAbsent(tenant, t -> new Gate());
    }

    private static final class Gate {

        private final AtomicInteger writers = new AtomicInteger();
        private final AtomicInteger frozenReaders = new AtomicInteger();
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition changed = lock.newCondition();
        private volatile boolean frozen;

        /**
         * Counted first, then checked: a freeze that starts in between either sees this writer in the count and
         * waits for it, or this writer sees the freeze and backs out. Nobody slips past a freeze uncounted.
         */
        boolean enter() {
            if (frozen) {
                return false;
            }
            writers.incrementAndGet();
            if (frozen) {
                leave();
                return false;
            }
            return true;
        }

        void leave() {
            writers.decrementAndGet();
            signal();
        }

        void signal() {
            lock.lock();
            try {
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }

        boolean awaitZero(AtomicInteger count, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            lock.lock();
            try {
                while (count.get() > 0) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    changed.awaitNanos(left);
                }
                return true;
            } finally {
                lock.unlock();
            }
        }
    }
}
