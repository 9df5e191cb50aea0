package gr.kentra.reporting.indicator.report;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import gr.kentra.reporting.aggregate.AggregatesChanged;
import gr.kentra.commons.facts.FactType;
import gr.kentra.reporting.indicator.catalogue.Indicator;
import gr.kentra.reporting.indicator.catalogue.IndicatorCatalogue;
import gr.kentra.reporting.indicator.grid.EsfProtection;
import gr.kentra.reporting.indicator.grid.MonthlyHiding;
import gr.kentra.reporting.suppression.Suppression;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Protects the months that intake or a rebuild just changed, off the request thread, so the first request after
 * new facts finds them ready: the linked ESF system of the month (seconds on a national population) and each
 * general indicator's month grid (what its periods are protected by). One worker thread, newest month first; a
 * month changed again while queued is protected once, at its newest stamp. Results are kept by the stamps read in
 * the same transaction as the grids, and requests compare stamps as before: a precomputed result of older counts
 * is never served, a request meeting a missing or stale one computes (or waits for the computation already
 * running for its stamp, {@code SingleFlight}). Only this instance's cache is warmed; other instances of the
 * service compute on their first request as before. {@code kentra.reporting.precompute.enabled} (default true),
 * {@code kentra.reporting.precompute.months}: at most that many newest months per change (default 24; a rebuild
 * stamps every month).
 */
@Component
class ProtectionPrecompute {

    private static final Logger log = LoggerFactory.getLogger(ProtectionPrecompute.class);

    private final IndicatorCatalogue catalogue;
    private final EsfProtection esf;
    private final MonthlyHiding monthly;
    private final Suppression suppression;
    private final TransactionTemplate readOnly;
    private final JdbcTemplate jdbc;
    private final boolean enabled;
    private final int maxMonths;
    private final TreeMap<YearMonth, Set<String>> pending = new TreeMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "protection-precompute");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        return thread;
    });
    private boolean draining;

    ProtectionPrecompute(IndicatorCatalogue catalogue, EsfProtection esf, MonthlyHiding monthly,
            SuppressionProperties properties, PlatformTransactionManager transactions, JdbcTemplate jdbc,
            @Value("${kentra.reporting.precompute.enabled:true}") boolean enabled,
            @Value("${kentra.reporting.precompute.months:24}") int maxMonths) {
        this.catalogue = catalogue;
        this.esf = esf;
        this.monthly = monthly;
        this.suppression = properties.suppression();
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.jdbc = jdbc;
        this.enabled = enabled;
        this.maxMonths = maxMonths;
    }

    /** After the commit that stamped the months: nothing is computed for a transaction that rolled back. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(AggregatesChanged event) {
        if (!enabled) {
            return;
        }
        synchronized (pending) {
            event.typesByMonth().forEach((month, types) -> pending.computeIfAbsent(month, m -> new HashSet<>())
                    .addAll(types));
            while (pending.size() > maxMonths) {
                pending.pollFirstEntry();
            }
            if (!draining) {
                draining = true;
                worker.execute(this::drain);
            }
        }
    }

    private void drain() {
        try {
            drainPending();
        } finally {
            synchronized (pending) {
                // Whatever ended the loop (even an Error), the next change schedules a new one.
                if (draining) {
                    draining = false;
                    if (!pending.isEmpty()) {
                        draining = true;
                        worker.execute(this::drain);
                    }
                }
            }
        }
    }

    private void drainPending() {
        while (true) {
            Map.Entry<YearMonth, Set<String>> next;
            synchronized (pending) {
                next = pending.pollLastEntry();
                if (next == null) {
                    return;
                }
            }
            try {
                long started = System.nanoTime();
                readOnly.executeWithoutResult(status -> {
                    // Gives way to a rebuild's or retention's truncate instead of deadlocking with it (the truncate
                    // locks table after table while this reads table after table): waiting past this, it fails.
                    jdbc.execute("set local lock_timeout = '100ms'");
                    warm(next.getKey(), next.getValue());
                });
                log.debug("protected {} ahead of requests in {} ms", next.getKey(),
                        (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                // Requests compute what is missing: a failed precomputation costs time, never correctness.
                log.warn("precomputing the protection of {} failed: {}", next.getKey(), e.toString());
            }
        }
    }

    private void warm(YearMonth month, Set<String> types) {
        Set<YearMonth> months = Set.of(month);
        if (reads(catalogue.allEsf(), types)) {
            esf.warm(suppression, months);
        }
        for (Indicator indicator : catalogue.general()) {
            if (reads(java.util.List.of(indicator), types)) {
                monthly.warm(suppression, indicator, months);
            }
        }
    }

    /** Whether any of {@code indicators} reads one of the stamped types ({@code ""}: every type). */
    private static boolean reads(java.util.List<Indicator> indicators, Set<String> types) {
        if (types.contains("")) {
            return true;
        }
        for (Indicator indicator : indicators) {
            for (FactType type : indicator.factTypesRead()) {
                if (types.contains(type.name())) {
                    return true;
                }
            }
        }
        return false;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
