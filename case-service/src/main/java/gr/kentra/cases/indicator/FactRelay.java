package gr.kentra.cases.indicator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import gr.kentra.cases.tenancy.TenantDirectory;
import gr.kentra.cases.tenancy.TenantPlacement;
import gr.kentra.commons.tenant.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Moves facts from the tenants' outboxes to reporting-service, at least once: a batch is deleted only after
 * reporting-service acknowledged it (its receipt is idempotent by fact id, so a resend after a crash counts
 * nothing twice). Rows are locked with SKIP LOCKED, so several instances share the work. Tenants that just
 * committed facts are drained at once; a slow sweep of every tenant picks up anything left behind.
 */
class FactRelay {

    private static final Logger log = LoggerFactory.getLogger(FactRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final FactOutbox outbox;
    private final TenantDirectory tenants;
    private final ReportingClient reporting;
    private final JsonMapper json;
    private final int batchSize;
    private volatile Instant pausedUntil = Instant.MIN;
    private volatile Duration backoff = Duration.ofSeconds(1);

    FactRelay(FactOutbox outbox, TenantDirectory tenants, ReportingClient reporting, JsonMapper json,
            IndicatorProperties properties) {
        this.outbox = outbox;
        this.tenants = tenants;
        this.reporting = reporting;
        this.json = json;
        this.batchSize = properties.batchSize();
    }

    @Scheduled(fixedDelayString = "${kentra.indicators.relay-interval:500ms}")
    void relayRecent() {
        if (Instant.now().isBefore(pausedUntil)) {
            return;
        }
        for (TenantId tenant : outbox.takePending()) {
            tenants.placement(tenant).ifPresent(this::drainQuietly);
        }
    }

    @Scheduled(initialDelayString = "${kentra.indicators.sweep-delay:2s}",
            fixedDelayString = "${kentra.indicators.sweep-interval:60s}")
    void sweep() {
        for (TenantPlacement placement : tenants.ready()) {
            if (!drainQuietly(placement)) {
                return;
            }
        }
    }

    private boolean drainQuietly(TenantPlacement placement) {
        try {
            if (!tenants.unlessFrozen(placement.tenant(), () -> drain(placement))) {
                // Being moved to another cell: its facts go out from there once the move is done.
                outbox.markPending(placement.tenant());
                return true;
            }
            backoff = Duration.ofSeconds(1);
            return true;
        } catch (RuntimeException e) {
            outbox.markPending(placement.tenant());
            // Perhaps moved to another cell by another instance: look its cell up again next time.
            tenants.forgetPlacement(placement.tenant());
            pausedUntil = Instant.now().plus(backoff);
            log.warn("Indicator facts of {} not delivered, retry in {} s: {}", placement.tenant().value(),
                    backoff.toSeconds(), e.getMessage());
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            return false;
        }
    }

    /** Delivers everything the tenant's outbox holds, batch by batch; returns how many facts went out. */
    int drain(TenantPlacement placement) {
        if (placement.region() == null) {
            // Facts need the centre's region; tenant-service gives it with the next provisioning call.
            return 0;
        }
        // The outbox is in the tenant's schema on the tenant's database cell: lock and delete on that cell.
        JdbcTemplate jdbc = tenants.jdbcFor(placement.tenant());
        TransactionTemplate transactions = tenants.transactionsFor(placement.tenant());
        int delivered = 0;
        int sent;
        do {
            sent = transactions.execute(status -> deliverBatch(placement, jdbc));
            delivered += sent;
        } while (sent == batchSize);
        return delivered;
    }

    private int deliverBatch(TenantPlacement placement, JdbcTemplate jdbc) {
        String table = placement.tenant().quotedSchemaName() + ".indicator_outbox";
        List<UUID> ids = new ArrayList<>();
        List<Map<String, Object>> facts = new ArrayList<>();
        jdbc.query("select id, fact::text from " + table + " order by created_at, id limit ? for update skip locked",
                rs -> {
                    ids.add(rs.getObject(1, UUID.class));
                    Map<String, Object> fact = new LinkedHashMap<>();
                    fact.put("tenant", placement.tenant().value());
                    fact.put("region", placement.region());
                    fact.put("operation", placement.operation());
                    fact.putAll(json.readValue(rs.getString(2), new TypeReference<Map<String, Object>>() { }));
                    facts.add(fact);
                }, batchSize);
        if (ids.isEmpty()) {
            return 0;
        }
        reporting.deliver(facts);
        jdbc.update("delete from " + table + " where id = any(?)", (Object) ids.toArray(UUID[]::new));
        return ids.size();
    }
}
