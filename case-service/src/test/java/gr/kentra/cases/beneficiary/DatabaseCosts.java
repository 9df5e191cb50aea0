package gr.kentra.cases.beneficiary;

import java.util.concurrent.Callable;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AutoFlushEventListener;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.FlushEntityEventListener;
import org.hibernate.event.spi.FlushEventListener;

/**
 * What one piece of work on the calling thread costs the database, counted on the real driver and the real
 * session: round trips (pgjdbc's {@code Sync} messages, each a wait for the server), statements (its
 * {@code Execute} messages: a transaction's {@code BEGIN} and {@code COMMIT} included, each row of a batch apart),
 * Hibernate's flushes and the entities dirty-checked in them. Only the calling thread is
 * counted, so the fact relay and other background work do not blur the figures; MockMvc serves a request on it.
 */
final class DatabaseCosts {

    /** pgjdbc writes each protocol message it sends to this logger at FINEST. */
    private static final Logger DRIVER = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");
    private static final ThreadLocal<Costs> COUNTING = new ThreadLocal<>();
    /** The session factories whose flush events are counted (each Spring context that uses this has its own). */
    private static final java.util.Set<EntityManagerFactory> LISTENED =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** The counts of one piece of work. */
    static final class Costs {
        private int roundTrips;
        private int statements;
        private int flushes;
        private int autoFlushes;
        private int entitiesChecked;
        private int snapshotsCompared;
        private final java.util.List<String> trace = new java.util.ArrayList<>();

        int roundTrips() { return roundTrips; }
        int statements() { return statements; }
        /**
         * Whole flushes: explicit ones, the one at commit, and the one Hibernate runs before a native statement
         * that does not say it may skip it; each checks every entity the session holds, whatever it finds.
         */
        int flushes() { return flushes; }
        /** Hibernate's checks before a query whether a flush is due (most find none and do nothing). */
        int autoFlushes() { return autoFlushes; }
        /** Entities dirty-checked, over all flushes. */
        int entitiesChecked() { return entitiesChecked; }
        /**
         * Of those, the entities whose state was compared with their load-time snapshot: mutable and not
         * read-only. The others (read-only, immutable) pass through the flush without a comparison.
         */
        int snapshotsCompared() { return snapshotsCompared; }
        /** What was sent (binds and describes aside) and flushed, in order: for a failing count's message. */
        java.util.List<String> trace() { return trace; }

        @Override
        public String toString() {
            return ("%d round trips, %d statements, %d flushes + %d auto-flushes, %d entities dirty-checked"
                    + " (%d compared with a snapshot)").formatted(roundTrips, statements, flushes, autoFlushes,
                    entitiesChecked, snapshotsCompared);
        }
    }

    private DatabaseCosts() {
    }

    /** Runs {@code work} on this thread and counts what it cost. */
    static Costs of(EntityManagerFactory factory, Callable<?> work) throws Exception {
        listenTo(factory);
        Costs costs = new Costs();
        Level level = DRIVER.getLevel();
        boolean parents = DRIVER.getUseParentHandlers();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                Costs counting = COUNTING.get();
                String message = record.getMessage();
                if (counting != null && message != null) {
                    if (!message.contains("Bind(") && !message.contains("Describe")) {
                        counting.trace.add(record.getParameters() == null ? message
                                : message + " " + java.util.Arrays.toString(record.getParameters()));
                    }
                    if (message.startsWith(" FE=> Sync")) {
                        counting.roundTrips++;
                    } else if (message.startsWith("# FE=> Execute") || message.startsWith(" FE=> Execute")
                            || message.startsWith(" FE=> SimpleQuery")) {
                        counting.statements++;
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        DRIVER.addHandler(handler);
        DRIVER.setUseParentHandlers(false);
        DRIVER.setLevel(Level.FINEST);
        COUNTING.set(costs);
        try {
            work.call();
        } finally {
            COUNTING.remove();
            DRIVER.setLevel(level);
            DRIVER.setUseParentHandlers(parents);
            DRIVER.removeHandler(handler);
        }
        return costs;
    }

    /** Hibernate's flush events, counted only while a thread is counting; otherwise the listeners do nothing. */
    private static synchronized void listenTo(EntityManagerFactory factory) {
        if (!LISTENED.add(factory)) {
            return;
        }
        EventListenerRegistry registry = factory.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .requireService(EventListenerRegistry.class);
        registry.prependListeners(EventType.FLUSH, (FlushEventListener) event -> count(c -> {
            c.flushes++;
            c.trace.add("[flush]");
        }));
        registry.prependListeners(EventType.AUTO_FLUSH, new AutoFlushEventListener() {
            @Override
            public void onAutoFlush(org.hibernate.event.spi.AutoFlushEvent event) {
                count(c -> {
                    c.autoFlushes++;
                    c.trace.add("[auto-flush check]");
                });
            }
        });
        registry.prependListeners(EventType.FLUSH_ENTITY,
                (FlushEntityEventListener) event -> count(c -> {
                    c.entitiesChecked++;
                    boolean compared = event.getEntityEntry().requiresDirtyCheck(event.getEntity());
                    if (compared) {
                        c.snapshotsCompared++;
                    }
                    c.trace.add("[dirty check of " + event.getEntityEntry().getEntityName()
                            + (compared ? ", compared" : ", not compared") + "]");
                }));
    }

    private static void count(java.util.function.Consumer<Costs> step) {
        Costs counting = COUNTING.get();
        if (counting != null) {
            step.accept(counting);
        }
    }
}
