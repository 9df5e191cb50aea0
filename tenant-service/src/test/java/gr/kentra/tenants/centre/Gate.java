package gr.kentra.tenants.centre;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What the stand-ins share to show concurrent runs: a step of one centre that starts while another run of the same
 * step is inside fails as the real service would, and is remembered as a collision; {@link #close} holds one centre's
 * runs inside until {@link #open()}.
 */
final class Gate {

    private final Set<String> inside = ConcurrentHashMap.newKeySet();
    private final List<String> collisions = new CopyOnWriteArrayList<>();
    private final Map<String, CountDownLatch> closed = new ConcurrentHashMap<>();

    void enter(String tenant, String failure) {
        if (!inside.add(tenant)) {
            collisions.add(tenant);
            throw new IllegalStateException(failure);
        }
        CountDownLatch latch = closed.get(tenant);
        try {
            if (latch != null && !latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never opened the gate");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void leave(String tenant) {
        inside.remove(tenant);
    }

    boolean holds(String tenant) {
        return inside.contains(tenant);
    }

    /** The centres whose step was started by a second runner while the first was still running it. */
    List<String> collisions() {
        return collisions;
    }

    void close(String tenant) {
        closed.put(tenant, new CountDownLatch(1));
    }

    void open() {
        closed.values().forEach(CountDownLatch::countDown);
        closed.clear();
        collisions.clear();
    }
}
