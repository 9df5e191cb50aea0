package gr.kentra.cases.indicator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import gr.kentra.cases.tenancy.CentreNames;
import gr.kentra.cases.tenancy.TenantDirectory;
import gr.kentra.cases.tenancy.TenantPlacement;
import gr.kentra.commons.tenant.TenantId;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.tracing.Link;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Moves facts from the tenants' outboxes to reporting-service, at least once: a batch is deleted only after
 * reporting-service answered for it (its receipt is idempotent by fact id, so a resend after a crash counts
 * nothing twice). A fact reporting refuses is set aside in the centre's dead letters with the reason, so that it
 * never holds back the facts behind it. Rows are locked with SKIP LOCKED, so several instances share the work.
 * Tenants that just committed facts are drained at once; a sweep every few seconds asks each cell, in one statement,
 * which outboxes hold a fact older than {@link #STRAY} and drains those: facts committed on an instance that stopped
 * before it delivered them, or written without telling any relay. A centre whose delivery fails waits (doubling, up
 * to 4 s) on its own: the others go on; its pause is shared by every instance ({@link RelayBackoffs}), so that
 * they together try it on that schedule, not each on its own. A failure that is the instance's own, reporting not
 * reached at all, pauses no centre: the instance pauses all its deliveries ({@link LocalBackoff}), the others go
 * on. Each centre's
 * delivery runs on one of a few workers of its own, never two at once for one centre, so a centre whose delivery
 * hangs until the read timeout (10 s) holds up only itself, not the other centres nor the service's other scheduled
 * work (one scheduler thread).
 * <p>
 * A round delivers at most {@code roundBatches} batches: a centre with more waiting (a backlog held through a
 * reporting outage) gives its worker back and queues its next round behind the rounds already waiting, first come
 * first served, so a centre's fresh fact waits for a few rounds of the others, never for their whole backlogs, and a
 * backlog still leaves at full speed while nobody else waits. A move of the centre waits for the round under way,
 * no longer for the whole backlog. Several instances share a backlog row by row (SKIP LOCKED), each instance's
 * rounds bounded the same way.
 */
class FactRelay implements AutoCloseable {

    /** Centres delivered at once; each holds a connection of its cell while reporting answers. */
    static final int WORKERS = 4;

    private static final Logger log = LoggerFactory.getLogger(FactRelay.class);

    private final FactOutbox outbox;
    private final TenantDirectory tenants;
    private final ReportingClient reporting;
    private final DeadLetters deadLetters;
    private final JsonMapper json;
    private final int batchSize;
    private final int roundBatches;
    private final Duration maxBackoff;
    private final RelayBackoffs backoffs;
    /** This instance's own pause, while it cannot reach reporting at all. */
    private final LocalBackoff local;
    /** Centres whose claimed attempt is under way here: given back at shutdown. */
    private final Set<TenantId> claimed = ConcurrentHashMap.newKeySet();
    /**
     * When this instance tries a centre again, as its shared back-off last said: the ticks and the sweep hand no
     * worker a centre paused here; a round finds out whether the pause still holds.
     */
    private final Map<TenantId, Instant> pausedUntil = new ConcurrentHashMap<>();
    /** From a fact's commit to reporting's receipt, per fact: the relay's lag. */
    private final Timer lag;
    private final ObservationRegistry observations;
    private final Tracer tracer;
    private final CentreNames names;
    private final ExecutorService workers;
    /** Centres whose delivery is under way here: a centre is delivered by one worker at a time. */
    private final Set<TenantId> delivering = ConcurrentHashMap.newKeySet();

    static final String LAG = "kentra.relay.lag";

    private static final String REFUSED = "refused by reporting";

    /**
     * A fact still in its outbox this long after its commit is left to the sweep: a relay that was told of it
     * delivers it within a tick (500 ms) and a round, so one older is in a pause or a backlog (a round more does no
     * harm there), or was committed on an instance that stopped before it delivered it.
     */
    static final Duration STRAY = Duration.ofSeconds(1);
    /** Centres of one cell that one statement of the sweep asks about. */
    private static final int SWEEP_CHUNK = 200;

    FactRelay(FactOutbox outbox, TenantDirectory tenants, ReportingClient reporting, DeadLetters deadLetters,
            JsonMapper json, IndicatorProperties properties, MeterRegistry meters, ObservationRegistry observations,
            Tracer tracer, CentreNames names, RelayBackoffs backoffs) {
        this.backoffs = backoffs;
        this.names = names;
        this.observations = observations;
        this.tracer = tracer;
        this.lag = Timer.builder(LAG)
                .description("Time from a fact's commit in an outbox to its delivery to reporting-service")
                .publishPercentiles(0.5, 0.95)
                .register(meters);
        this.outbox = outbox;
        this.tenants = tenants;
        this.reporting = reporting;
        this.deadLetters = deadLetters;
        this.json = json;
        this.batchSize = properties.batchSize();
        this.roundBatches = properties.roundBatches();
        this.maxBackoff = properties.maxBackoff();
        this.local = new LocalBackoff(properties.firstBackoff(), properties.maxBackoff());
        ThreadFactory threads = Thread.ofPlatform().name("fact-relay-", 1).daemon().factory();
        this.workers = Executors.newFixedThreadPool(WORKERS, threads);
    }

    @Override
    public void close() {
        workers.shutdownNow();
        // Attempts this instance claimed and will not finish: due again at once for the other instances. A killed
        // instance cannot give them back; its claims run out.
        for (TenantId tenant : claimed) {
            claimed.remove(tenant);
            backoffs.release(tenant);
        }
    }

    @Scheduled(fixedDelayString = "${kentra.indicators.relay-interval:500ms}")
    void relayRecent() {
        if (local.paused()) {
            // Reporting not reached from here: the centres stay pending until the pause is over.
            return;
        }
        for (TenantId tenant : outbox.takePending()) {
            if (paused(tenant) || delivering.contains(tenant)) {
                // Its next round, or the one under way, takes these facts too.
                outbox.markPending(tenant);
            } else {
                tenants.placement(tenant).ifPresent(this::deliverApart);
            }
        }
    }

    @Scheduled(initialDelayString = "${kentra.indicators.sweep-delay:2s}",
            fixedDelayString = "${kentra.indicators.sweep-interval:5s}")
    void sweep() {
        if (!local.paused()) {
            sweep(tenants.ready());
        }
    }

    /** Drains those of {@code centres} whose outbox holds a fact older than {@link #STRAY}. */
    void sweep(List<TenantPlacement> centres) {
        for (TenantPlacement placement : withStrayFacts(centres)) {
            if (!paused(placement.tenant())) {
                deliverApart(placement);
            }
        }
    }

    /**
     * Those of {@code centres} whose outbox holds a fact older than {@link #STRAY}: one statement per cell (per
     * {@value #SWEEP_CHUNK} centres), each outbox asked by its index on {@code created_at}.
     */
    List<TenantPlacement> withStrayFacts(List<TenantPlacement> centres) {
        // One JdbcTemplate per cell (DatabaseCell.jdbc), compared by identity.
        Map<JdbcTemplate, List<TenantPlacement>> byCell = new LinkedHashMap<>();
        for (TenantPlacement centre : centres) {
            try {
                byCell.computeIfAbsent(tenants.jdbcFor(centre.tenant()), cell -> new ArrayList<>()).add(centre);
            } catch (RuntimeException notPlaced) {
                // Dropped since the registry listed it.
            }
        }
        List<TenantPlacement> stray = new ArrayList<>();
        byCell.forEach((jdbc, onCell) -> {
            for (int from = 0; from < onCell.size(); from += SWEEP_CHUNK) {
                stray.addAll(withStrayFacts(jdbc, onCell.subList(from, Math.min(onCell.size(), from + SWEEP_CHUNK))));
            }
        });
        return stray;
    }

    private List<TenantPlacement> withStrayFacts(JdbcTemplate jdbc, List<TenantPlacement> centres) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < centres.size(); i++) {
            sql.append(i == 0 ? "" : " union all ").append("select ").append(i)
                    .append(" where exists (select from ").append(centres.get(i).tenant().quotedSchemaName())
                    .append(".indicator_outbox where created_at < now() - interval '").append(STRAY.toMillis())
                    .append(" milliseconds')");
        }
        try {
            // Prepared: the same centres' statement, five times on a connection, is planned once on it (pgJDBC).
            return jdbc.query(connection -> connection.prepareStatement(sql.toString()), (row, number) -> row.getInt(1))
                    .stream().map(centres::get).toList();
        } catch (DataAccessException e) {
            if (centres.size() == 1) {
                // Moved to another cell by another instance, or dropped: look its cell up again next time.
                tenants.forgetPlacement(centres.getFirst().tenant());
                return List.of();
            }
            // One schema gone from the cell fails the statement: ask the others one by one.
            return centres.stream().flatMap(centre -> withStrayFacts(jdbc, List.of(centre)).stream()).toList();
        }
    }

    /** The pause after the next failure: double this one, at most {@code max}. */
    static Duration nextBackoff(Duration wait, Duration max) {
        return wait.multipliedBy(2).compareTo(max) > 0 ? max : wait.multipliedBy(2);
    }

    private boolean paused(TenantId tenant) {
        Instant until = pausedUntil.get(tenant);
        return until != null && Instant.now().isBefore(until);
    }

    /** Hands the centre's round to a worker, unless one is already delivering this centre. */
    private void deliverApart(TenantPlacement placement) {
        if (delivering.add(placement.tenant())) {
            queueRound(placement);
        }
    }

    /**
     * Queues a round of a centre marked delivering behind the rounds already queued (the workers take them in
     * order); a round that stopped at its bound queues the next one, so the centre stays delivering in between.
     */
    private void queueRound(TenantPlacement placement) {
        TenantId tenant = placement.tenant();
        try {
            workers.execute(() -> {
                boolean more = false;
                try {
                    more = drainQuietly(placement);
                } finally {
                    if (more) {
                        queueRound(placement);
                    } else {
                        delivering.remove(tenant);
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            // Shutting down: the facts stay in the outbox for the next start.
            delivering.remove(tenant);
        }
    }

    /**
     * One trace per centre's delivery round: its log lines carry the trace id, and its calls to reporting-service
     * the same trace in {@code traceparent}, so reporting's lines of that intake are found by it too.
     */
    private boolean drainQuietly(TenantPlacement placement) {
        Boolean more = Observation.createNotStarted(DRAIN, observations)
                .contextualName("relay facts")
                .lowCardinalityKeyValue("centre", placement.tenant().value())
                .observe(() -> drainObserved(placement));
        return Boolean.TRUE.equals(more);
    }

    static final String DRAIN = "kentra.relay.drain";

    /**
     * One round of the centre, unless its shared back-off holds it; true when it stopped at its bound and more facts
     * may wait.
     */
    private boolean drainObserved(TenantPlacement placement) {
        TenantId tenant = placement.tenant();
        LocalBackoff.Attempt attempt = local.take();
        if (attempt == null) {
            // This instance does not reach reporting for now: after its own pause.
            outbox.markPending(tenant);
            return false;
        }
        AtomicReference<RelayBackoffs.Turn> turn = new AtomicReference<>();
        try {
            if (attempt != LocalBackoff.FREE) {
                // The first try after its own pause: only once reporting accepts a connection does it lock facts.
                reporting.connect();
                local.reached();
            }
            AtomicBoolean more = new AtomicBoolean();
            if (!tenants.unlessFrozen(tenant, () -> {
                turn.set(backoffs.take(tenant));
                if (turn.get().claimed()) {
                    claimed.add(tenant);
                }
                if (turn.get().mayDeliver()) {
                    more.set(drain(placement));
                }
            })) {
                // Being moved to another cell: its facts go out from there once the move is done.
                outbox.markPending(tenant);
                return false;
            }
            if (!turn.get().mayDeliver()) {
                // Paused, or attempted by another instance: ask again when that pause ends, at most the longest.
                pausedUntil.put(tenant, Instant.now().plus(min(turn.get().pause(), maxBackoff)));
                outbox.markPending(tenant);
                return false;
            }
            backoffs.delivered(tenant, turn.get());
            pausedUntil.remove(tenant);
            return more.get();
        } catch (ReportingClient.Unreachable e) {
            // No answer came back: nothing learnt about the centre, which other instances may well deliver.
            outbox.markPending(tenant);
            if (turn.get() != null && turn.get().claimed()) {
                backoffs.release(tenant);
            }
            Duration wait = local.unreachable(attempt);
            log.warn("Reporting not reached from this instance, its deliveries pause {} ms (facts of {} not delivered"
                    + " from here): {}", wait.toMillis(), tenant.value(), e.getMessage());
            return false;
        } catch (RuntimeException e) {
            outbox.markPending(tenant);
            // Perhaps moved to another cell by another instance: look its cell up again next time.
            tenants.forgetPlacement(tenant);
            Duration wait = backoffs.failed(tenant, turn.get());
            pausedUntil.put(tenant, Instant.now().plus(wait));
            log.warn("Indicator facts of {} not delivered, retry in {} ms: {}", tenant.value(), wait.toMillis(),
                    e.getMessage());
            return false;
        } finally {
            claimed.remove(tenant);
            local.release(attempt);
        }
    }

    private static Duration min(Duration one, Duration other) {
        return one.compareTo(other) <= 0 ? one : other;
    }

    /**
     * Delivers what the tenant's outbox holds, batch by batch, at most {@code roundBatches} of them; true when the
     * last of those came back full, so that more may be waiting.
     */
    private boolean drain(TenantPlacement placement) {
        if (placement.region() == null) {
            // Facts need the centre's region; tenant-service gives it with the next provisioning call.
            return false;
        }
        // The outbox is in the tenant's schema on the tenant's database cell: lock and delete on that cell.
        JdbcTemplate jdbc = tenants.jdbcFor(placement.tenant());
        TransactionTemplate transactions = tenants.transactionsFor(placement.tenant());
        int sent;
        int batches = 0;
        do {
            sent = transactions.execute(status -> deliverBatch(placement, jdbc));
            batches++;
        } while (sent == batchSize && batches < roundBatches);
        return sent == batchSize;
    }

    /**
     * One fact read from the outbox: its row id, its stored JSON, what goes to reporting, when it was written, and
     * the traceparent of the request that made it (null for facts from before traces were kept).
     */
    private record Outgoing(UUID id, String stored, Map<String, Object> fact, Instant created, String origin) {
    }

    private int deliverBatch(TenantPlacement placement, JdbcTemplate jdbc) {
        String table = placement.tenant().quotedSchemaName() + ".indicator_outbox";
        List<Outgoing> batch = new ArrayList<>();
        List<Outgoing> unreadable = new ArrayList<>();
        jdbc.query("select id, fact::text, created_at, trace_parent from " + table
                        + " order by created_at, id limit ? for update skip locked",
                rs -> {
                    Map<String, Object> fact = new LinkedHashMap<>();
                    fact.put("tenant", placement.tenant().value());
                    fact.put("region", placement.region());
                    fact.put("operation", placement.operation());
                    Map<String, Object> stored = readable(rs.getString(2));
                    Outgoing outgoing = new Outgoing(rs.getObject(1, UUID.class), rs.getString(2), fact,
                            rs.getTimestamp(3).toInstant(), rs.getString(4));
                    if (stored == null) {
                        unreadable.add(outgoing);
                    } else {
                        fact.putAll(stored);
                        batch.add(outgoing);
                    }
                }, batchSize);
        // A row that is no fact at all (not a JSON object) would fail the centre's every round: set aside.
        unreadable.forEach(row -> setAside(placement.tenant(), jdbc, row, "unreadable", "unreadable: not a JSON object"));
        if (batch.isEmpty() && unreadable.isEmpty()) {
            return 0;
        }
        if (!batch.isEmpty()) {
            sendLinked(placement.tenant(), jdbc, batch);
        }
        Instant delivered = Instant.now();
        batch.forEach(fact -> lag.record(Duration.between(fact.created(), delivered)));
        batch.addAll(unreadable);
        jdbc.update("delete from " + table + " where id = any(?)",
                (Object) batch.stream().map(Outgoing::id).toArray(UUID[]::new));
        return batch.size();
    }

    /** A stored fact as its fields, or null when the row holds no JSON object (a hand-made row, say). */
    private Map<String, Object> readable(String stored) {
        try {
            return json.readValue(stored, new TypeReference<Map<String, Object>>() { });
        } catch (RuntimeException notAnObject) {
            return null;
        }
    }

    /**
     * Sends the batch in a span of the relay's trace that links to the traces of the requests that made its facts:
     * the outbox breaks the call chain, the links keep one change followable from the gateway to reporting.
     */
    private void sendLinked(TenantId tenant, JdbcTemplate jdbc, List<Outgoing> batch) {
        Span.Builder builder = tracer.spanBuilder().name("relay batch").tag("centre", tenant.value())
                .tag("facts", batch.size());
        batch.stream().map(Outgoing::origin).distinct()
                .forEach(origin -> TraceParents.parse(origin, tracer).ifPresent(context -> builder.addLink(new Link(context))));
        Span span = builder.start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            send(tenant, jdbc, batch);
        } catch (RuntimeException e) {
            span.error(e);
            throw e;
        } finally {
            span.end();
        }
    }

    /**
     * Sends the batch and sets aside what reporting refused. A reporting-service that refuses a whole batch for
     * one bad fact (400) is asked fact by fact, so that only the bad one is set aside.
     */
    private void send(TenantId tenant, JdbcTemplate jdbc, List<Outgoing> batch) {
        ReportingClient.Receipt receipt;
        try {
            receipt = answer(tenant, batch);
        } catch (HttpClientErrorException.BadRequest refused) {
            if (batch.size() == 1) {
                setAside(tenant, jdbc, batch.getFirst(), REFUSED, refused.getResponseBodyAsString());
                return;
            }
            for (Outgoing one : batch) {
                send(tenant, jdbc, List.of(one));
            }
            return;
        }
        for (ReportingClient.Refused refused : receipt.refusedFacts()) {
            if (refused.index() >= 0 && refused.index() < batch.size()) {
                setAside(tenant, jdbc, batch.get(refused.index()), REFUSED,
                        refused.errors() == null ? "refused" : DeadLetters.reasonOf(refused.errors()));
            }
        }
    }

    /** Reporting's answer to the batch; any answer, an error too, shows that this instance reaches reporting. */
    private ReportingClient.Receipt answer(TenantId tenant, List<Outgoing> batch) {
        try {
            ReportingClient.Receipt receipt = reporting.deliver(batch.stream().map(Outgoing::fact).toList(),
                    nameOf(tenant));
            local.reached();
            return receipt;
        } catch (RestClientResponseException answered) {
            local.reached();
            throw answered;
        }
    }

    /** The registry's names of the centre, sent with its facts so that reporting's rows name it; none yet: none. */
    private Map<String, ReportingClient.CentreName> nameOf(TenantId tenant) {
        String el = names.of(tenant.value(), GREEK);
        if (el.equals(tenant.value())) {
            return Map.of();
        }
        String en = names.of(tenant.value(), Locale.ENGLISH);
        return Map.of(tenant.value(), new ReportingClient.CentreName(el, en.equals(el) ? null : en));
    }

    private static final Locale GREEK = Locale.forLanguageTag("el");

    /** {@code why}: what the log line says happened to it (refused by reporting, or unreadable here). */
    private void setAside(TenantId tenant, JdbcTemplate jdbc, Outgoing fact, String why, String reason) {
        deadLetters.setAside(tenant, jdbc, fact.id(), fact.stored(), reason);
        log.warn("Indicator fact {} of {} {}, set aside: {}", fact.id(), tenant.value(), why, reason);
    }
}
