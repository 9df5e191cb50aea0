package gr.kentra.cases.indicator;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import gr.kentra.cases.tenancy.TenantDirectory;
import gr.kentra.cases.tenancy.TenantPlacement;
import gr.kentra.commons.tenant.TenantId;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Each centre's outbox as two gauges tagged with its slug: {@value #BACKLOG} (facts waiting) and
 * {@value #OLDEST_AGE} (how long the oldest has waited; 0 when empty). Sampled every
 * {@code kentra.indicators.outbox-sample-interval} from the ready centres' schemas, so that a scrape never waits on
 * 250 queries; only ready (registered) centres get a series, and a centre that stops being ready loses its own.
 */
class OutboxGauges {

    static final String BACKLOG = "kentra.outbox.backlog";
    static final String OLDEST_AGE = "kentra.outbox.oldest.age.seconds";

    record Sample(long backlog, double oldestSeconds) {
    }

    private final TenantDirectory tenants;
    private final MeterRegistry meters;
    private final Map<TenantId, Sample> samples = new ConcurrentHashMap<>();
    private final Map<TenantId, List<Meter>> registered = new ConcurrentHashMap<>();

    OutboxGauges(TenantDirectory tenants, MeterRegistry meters) {
        this.tenants = tenants;
        this.meters = meters;
    }

    @Scheduled(initialDelayString = "${kentra.indicators.outbox-sample-delay:5s}",
            fixedDelayString = "${kentra.indicators.outbox-sample-interval:30s}")
    void sample() {
        Set<TenantId> ready = new HashSet<>();
        for (TenantPlacement placement : tenants.ready()) {
            TenantId tenant = placement.tenant();
            ready.add(tenant);
            try {
                samples.put(tenant, tenants.jdbcFor(tenant).queryForObject("select count(*),"
                                + " coalesce(extract(epoch from now() - min(created_at)), 0)"
                                + " from " + tenant.quotedSchemaName() + ".indicator_outbox",
                        (row, number) -> new Sample(row.getLong(1), Math.max(0, row.getDouble(2)))));
                registered.computeIfAbsent(tenant, this::register);
            } catch (DataAccessException e) {
                // Being moved or just dropped: its last sample stands until the next round.
                tenants.forgetPlacement(tenant);
            }
        }
        for (TenantId gone : Set.copyOf(registered.keySet())) {
            if (!ready.contains(gone)) {
                registered.remove(gone).forEach(meters::remove);
                samples.remove(gone);
            }
        }
    }

    private List<Meter> register(TenantId tenant) {
        return List.of(
                Gauge.builder(BACKLOG, samples, all -> sampled(all, tenant).backlog())
                        .tag("centre", tenant.value())
                        .description("Indicator facts waiting in the centre's outbox")
                        .register(meters),
                Gauge.builder(OLDEST_AGE, samples, all -> sampled(all, tenant).oldestSeconds())
                        .tag("centre", tenant.value())
                        .description("Seconds the oldest fact of the centre's outbox has waited (0 when empty)")
                        .register(meters));
    }

    private static Sample sampled(Map<TenantId, Sample> all, TenantId tenant) {
        return all.getOrDefault(tenant, new Sample(0, 0));
    }

    /** The last sample of a centre (tests). */
    Sample of(TenantId tenant) {
        return sampled(samples, tenant);
    }
}
