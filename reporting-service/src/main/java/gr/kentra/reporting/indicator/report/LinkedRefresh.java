package gr.kentra.reporting.indicator.report;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings a linked table's published grids up to date off the request thread, while requests are served the older
 * ones ({@code GridCache.linked}). One worker thread, like the precomputation's; one job per (group, period) at a
 * time: asked again while it runs, it runs once more after (it reads the stamps itself, so one run catches up with
 * every intake before it), however often it was asked. A failure costs freshness only: the next request asks again.
 */
@Component
class LinkedRefresh {

    private static final Logger log = LoggerFactory.getLogger(LinkedRefresh.class);

    private final TransactionTemplate readOnly;
    private final JdbcTemplate jdbc;
    /** The (group, period) keys being refreshed, and the job asked last for each while it ran (to run after). */
    private final Set<String> running = new HashSet<>();
    private final Map<String, Runnable> next = new HashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "linked-refresh");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        return thread;
    });

    LinkedRefresh(PlatformTransactionManager transactions, JdbcTemplate jdbc) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.jdbc = jdbc;
    }

    /**
     * Runs {@code job} soon on the worker; if one is already waiting or running for {@code key}, runs this one once
     * after it instead (the newest asked replaces any other waiting: each reads the stamps of when it runs).
     */
    void ask(String key, Runnable job) {
        synchronized (running) {
            if (running.contains(key)) {
                next.put(key, job);
                return;
            }
            running.add(key);
        }
        try {
            worker.execute(() -> run(key, job));
        } catch (RejectedExecutionException e) {
            synchronized (running) {
                running.remove(key); // shutting down: the request is served all the same
                next.remove(key);
            }
        }
    }

    private void run(String key, Runnable first) {
        Runnable job = first;
        while (job != null) {
            Runnable current = job;
            try {
                readOnly.executeWithoutResult(status -> {
                    // Gives way to a rebuild's or retention's truncate, as the precomputation does.
                    jdbc.execute("set local lock_timeout = '100ms'");
                    current.run();
                });
            } catch (RuntimeException e) {
                log.warn("bringing {} up to date failed: {}", key, e.toString());
            } catch (Error e) {
                synchronized (running) {
                    running.remove(key); // the next request asks again
                    next.remove(key);
                }
                throw e;
            }
            synchronized (running) {
                job = next.remove(key);
                if (job == null) {
                    running.remove(key);
                }
            }
        }
    }

    /** Whether nothing is waiting or running (tests wait for this, not for time). */
    boolean idle() {
        synchronized (running) {
            return running.isEmpty();
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
