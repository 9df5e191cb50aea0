package gr.kentra.cases.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import gr.kentra.cases.CaseServiceIntegrationTest;
import gr.kentra.cases.tenancy.CentreNames;
import gr.kentra.cases.tenancy.TenantDirectory;
import gr.kentra.cases.tenancy.TenantPlacement;
import gr.kentra.commons.tenant.TenantId;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fairness between centres under backlog and under failure, with one relay and with two over the same database as
 * two case-service replicas run: each is built as {@link IndicatorConfiguration} builds it, with its own outbox
 * nudges, workers and lag timer (the back-off of a failing centre is the database's, shared), and ticks every 100 ms
 * as the relay interval does here. The sweep is left out, but for the test of a replica that stopped, where it
 * sweeps that test's centre only (over every centre it would deliver the other test classes' outboxes too).
 * Replica A hears of the facts this JVM commits, as the instance that served the request does; replica B is told of
 * facts as the instance serving other requests would be. Batches of 10 facts instead of production's 500, rounds of
 * 2 batches as in production, so that backlogs worth 50 rounds each, more of them than a relay has workers, are a
 * few thousand facts and drain in seconds. A replica cut off from reporting (its address a closed port) while the
 * other reaches it, and a replica that shuts down during an attempt it claimed, are told apart from a failing centre.
 */
class FactRelayFairnessTest extends CaseServiceIntegrationTest {

    private static final int BATCH = 10;
    private static final int ROUND = 2;
    /** Facts in each backlog: 100 batches, 50 rounds. */
    private static final int BACKLOG = 1_000;
    /** More centres with a backlog than a relay has workers. */
    private static final int BACKLOGGED = FactRelay.WORKERS + 2;
    /** How long a fresh fact may take from its commit to the intake. */
    private static final Duration PROMPT = Duration.ofSeconds(2);
    /** A quarter of production's pauses (1, 2, 4, 4 s …), as in {@link FactRelayTest}. */
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(250);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(1);
    /** How long a fact committed on a replica that stopped before it delivered it may wait: 1 s + 5 s + 2 s. */
    private static final Duration STRANDED = Duration.ofSeconds(8);
    /**
     * The pauses of a replica cut off from reporting, production's doubled at first (2, 4, 4 s …): its first is as
     * long as a fresh fact may take, so a fact held back by one of them would show.
     */
    private static final Duration CUT_OFF_FIRST = PROMPT;
    private static final Duration CUT_OFF_LONGEST = Duration.ofSeconds(4);
    /**
     * Its log line about a failed attempt comes a moment after the pause it starts: at most this much later, on a
     * loaded 2-core machine where the thread may wait its turn between the two (still a tenth of the shortest pause).
     */
    private static final long LOG_LATENESS_MS = 200;

    private static final ReportingStandIn reporting = ReportingStandIn.start();

    @Autowired
    private FactOutbox outbox;
    @Autowired
    private EntityManager entityManager;
    @Autowired
    private TenantDirectory tenants;
    @Autowired
    private DeadLetters deadLetters;
    @Autowired
    private JsonMapper json;
    @Autowired
    private ClientRegistrationRepository registrations;
    @Autowired
    private OAuth2AuthorizedClientService authorizedClients;
    @Autowired
    private RestClient.Builder restClients;
    @Autowired
    private ObservationRegistry observations;
    @Autowired
    private ObjectProvider<Tracer> tracer;
    @Autowired
    private CentreNames names;

    private final List<Replica> replicas = new ArrayList<>();
    /** The relays' log lines, read for when a replica found it could not deliver. */
    private final ListAppender<ILoggingEvent> relayLog = new ListAppender<>();

    /** One case-service instance's relay, ticking as the scheduler ticks it. */
    private record Replica(FactRelay relay, FactOutbox outbox, Timer lag, ScheduledExecutorService ticks) {

        void close() {
            ticks.shutdownNow();
            relay.close();
        }
    }

    @AfterAll
    static void stop() {
        reporting.stop();
    }

    @BeforeEach
    void freshStart() {
        reporting.reset();
        relayLog.start();
        ((Logger) LoggerFactory.getLogger(FactRelay.class)).addAppender(relayLog);
        // No relay runs in this context: forget which centres the other test classes committed facts in.
        outbox.takePending();
    }

    @AfterEach
    void stopReplicas() {
        replicas.forEach(Replica::close);
        replicas.clear();
        ((Logger) LoggerFactory.getLogger(FactRelay.class)).detachAppender(relayLog);
        reporting.releaseStalls();
    }

    @Test
    void aFreshFactOvertakesTheBacklogsOfMoreCentresThanThereAreWorkers() throws Exception {
        Replica relay = replica(outbox);
        List<String> backlogged = centres("backlog", BACKLOGGED);
        Outboxes.place(mvc, "backlog-fresh", "crete", null);
        for (String centre : backlogged) {
            Outboxes.fill(jdbc, centre, BACKLOG);
            outbox.markPending(TenantId.of(centre));
        }
        // Every worker is on a backlog: without a bound each would stay there until its backlog is gone.
        await().atMost(Duration.ofSeconds(20)).until(() -> delivering(backlogged) >= FactRelay.WORKERS);

        long committed = System.nanoTime();
        registerPerson("backlog-fresh", "Ελένη", "Φραγκιαδάκη", "1988-08-08");
        await().atMost(PROMPT).until(() -> reporting.acknowledgedCount("backlog-fresh") == 1);
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - committed);
        Map<String, Integer> left = outboxes(backlogged);
        System.out.printf("FAIRNESS one relay: fresh fact in %d ms with %d backlogs of %d facts (batches of %d,"
                + " rounds of %d) still holding %s%n", tookMs, BACKLOGGED, BACKLOG, BATCH, ROUND, left.values());
        assertThat(left).as("the fresh fact overtook every backlog").allSatisfy((centre, facts) ->
                assertThat(facts).isPositive());

        long drainStart = System.nanoTime();
        await().atMost(Duration.ofSeconds(60)).until(() -> outboxes(backlogged).values().stream().allMatch(n -> n == 0));
        System.out.printf("FAIRNESS one relay: the backlogs' last %d facts drained in %d ms%n",
                left.values().stream().mapToInt(Integer::intValue).sum(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - drainStart));
        for (String centre : backlogged) {
            assertThat(reporting.acknowledgedIds(centre)).as(centre).hasSize(BACKLOG).doesNotHaveDuplicates();
        }
        assertThat(reporting.acknowledgedIds("backlog-fresh")).hasSize(1);
        await().atMost(PROMPT).until(() -> relay.lag().count() == reporting.acknowledgedTotal());
    }

    @Test
    void twoReplicasDeliverEveryHealthyCentresFreshFactPromptlyAndEveryFactOnceWhileOneCentreFailsAndOthersHoldBacklogs()
            throws Exception {
        Replica first = replica(outbox);
        Replica second = replica(new FactOutbox(entityManager, tenants, json, tracer));
        List<String> backlogged = centres("pair-backlog", BACKLOGGED);
        Outboxes.place(mvc, "pair-failing", "attica", null);
        Outboxes.place(mvc, "pair-first", "crete", null);
        Outboxes.place(mvc, "pair-second", "crete", null);
        reporting.failingCentres.add("pair-failing");
        // The failing centre has a fact committed on each replica.
        registerPerson("pair-failing", "Ισμήνη", "Καραγιάννη", "1962-02-02");
        committedOn(second, "pair-failing");
        // Both replicas served requests of the backlogged centres: both know of their facts, and share them.
        for (String centre : backlogged) {
            Outboxes.fill(jdbc, centre, BACKLOG);
            first.outbox().markPending(TenantId.of(centre));
            second.outbox().markPending(TenantId.of(centre));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> delivering(backlogged) >= FactRelay.WORKERS
                && first.lag().count() > 0 && second.lag().count() > 0);

        // Facts of two healthy centres, one committed on each replica, round after round while the backlogs drain
        // and the failing centre fails: each within 2 s of its commit.
        long slowestMs = 0;
        int rounds = 0;
        while (rounds < 3 || outboxes(backlogged).values().stream().anyMatch(n -> n > 0)) {
            assertThat(rounds).as("rounds before the backlogs drained").isLessThan(100);
            int firstBefore = reporting.acknowledgedCount("pair-first");
            int secondBefore = reporting.acknowledgedCount("pair-second");
            long committed = System.nanoTime();
            registerPerson("pair-first", "Ζωή", "Μανωλάκη", "1990-01-%02d".formatted(1 + rounds % 28));
            committedOn(second, "pair-second");
            await().atMost(PROMPT).until(() -> reporting.acknowledgedCount("pair-first") > firstBefore
                    && reporting.acknowledgedCount("pair-second") > secondBefore);
            slowestMs = Math.max(slowestMs, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - committed));
            if (rounds == 0) {
                Map<String, Integer> left = outboxes(backlogged);
                System.out.printf("FAIRNESS two replicas: first fresh facts in %d ms with backlogs still holding %s%n",
                        slowestMs, left.values());
                assertThat(left).as("the fresh facts overtook every backlog").allSatisfy((centre, facts) ->
                        assertThat(facts).isPositive());
            }
            rounds++;
        }
        System.out.printf("FAIRNESS two replicas: %d rounds of fresh facts, slowest %d ms; %d backlogs of %d facts,"
                + " delivered by the first %d and the second %d (lag samples); failing centre refused %d times%n",
                rounds, slowestMs, BACKLOGGED, BACKLOG, first.lag().count(), second.lag().count(),
                reporting.failures("pair-failing"));

        for (String centre : backlogged) {
            assertThat(reporting.acknowledgedIds(centre)).as(centre).hasSize(BACKLOG).doesNotHaveDuplicates();
        }
        assertThat(reporting.acknowledgedIds("pair-first")).hasSize(rounds).doesNotHaveDuplicates();
        assertThat(reporting.acknowledgedIds("pair-second")).hasSize(rounds).doesNotHaveDuplicates();
        assertThat(first.lag().count()).as("the first replica's share").isPositive();
        assertThat(second.lag().count()).as("the second replica's share").isPositive();
        assertThat(Outboxes.count(jdbc, "pair-failing")).as("still failing, nothing lost").isEqualTo(2);
        assertThat(reporting.acknowledgedIds("pair-failing")).isEmpty();

        reporting.failingCentres.remove("pair-failing");
        await().atMost(Duration.ofSeconds(15)).until(() -> Outboxes.count(jdbc, "pair-failing") == 0);
        assertThat(reporting.acknowledgedIds("pair-failing")).hasSize(2).doesNotHaveDuplicates();
        // Each fact's lag is taken once, by the replica that delivered it.
        await().atMost(PROMPT).until(() -> first.lag().count() + second.lag().count() == reporting.acknowledgedTotal());
    }

    @Test
    void twoReplicasTryAFailingCentreTogetherNoMoreOftenThanOneRelaysScheduleAndDeliverEachOfItsFactsOnceItRecovers()
            throws Exception {
        replica(outbox);
        Replica second = replica(new FactOutbox(entityManager, tenants, json, tracer));
        Outboxes.place(mvc, "shared-failing", "attica", null);
        reporting.failingCentres.add("shared-failing");
        // A fact committed on each replica: both know the centre has facts, and both try it again after each pause.
        registerPerson("shared-failing", "Πηνελόπη", "Αρβανίτη", "1964-04-04");
        committedOn(second, "shared-failing");
        await().atMost(Duration.ofSeconds(20)).until(() -> reporting.failures("shared-failing") >= 8);

        List<Long> attempts = reporting.refusalTimes("shared-failing").stream().sorted().toList();
        List<Long> sinceFirstMs = attempts.stream().map(at -> (at - attempts.getFirst()) / 1_000_000).toList();
        System.out.printf("SHARED BACK-OFF two replicas: %d attempts of the failing centre at %s ms (one relay: not"
                + " before %s ms)%n", attempts.size(), sinceFirstMs, IntStream.range(0, attempts.size())
                .mapToObj(FactRelayFairnessTest::earliestAttemptMs).toList());
        for (int attempt = 1; attempt < attempts.size(); attempt++) {
            // One relay alone tries attempt k after the first k pauses. At the centre's first failure each replica
            // may have had an attempt under way already (a healthy centre's rounds are not claimed): one more.
            assertThat(sinceFirstMs.get(attempt)).as("attempt %d, ms after the first", attempt)
                    .isGreaterThanOrEqualTo(earliestAttemptMs(attempt - 1));
        }

        reporting.failingCentres.remove("shared-failing");
        long recovered = System.nanoTime();
        await().atMost(MAX_BACKOFF.plus(PROMPT)).until(() -> Outboxes.count(jdbc, "shared-failing") == 0);
        System.out.printf("SHARED BACK-OFF two replicas: both facts delivered %d ms after the centre recovered%n",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - recovered));
        assertThat(reporting.acknowledgedIds("shared-failing")).hasSize(2).doesNotHaveDuplicates();
        await("healthy again for every replica").atMost(PROMPT).until(() -> jdbc.queryForObject(
                "select count(*) from platform.relay_backoff where tenant_id = 'shared-failing'", Integer.class) == 0);
    }

    @Test
    void aFactCommittedOnAReplicaThatStoppedBeforeDeliveringItLeavesFromAnotherWithinItsSweep() throws Exception {
        Outboxes.place(mvc, "orphaned", "crete", null);
        TenantPlacement orphaned = tenants.placement(TenantId.of("orphaned")).orElseThrow();
        Replica other = replica(outbox);
        Duration sweepInterval = properties().sweepInterval();
        other.ticks().scheduleWithFixedDelay(() -> other.relay().sweep(List.of(orphaned)), 0,
                sweepInterval.toMillis(), TimeUnit.MILLISECONDS);
        // Its relay is told of the fact and stops before its next tick.
        Replica stopped = built(new FactOutbox(entityManager, tenants, json, tracer));
        long committed = System.nanoTime();
        committedOn(stopped, "orphaned");
        stopped.close();

        // The other replica finds it in its first sweep (every 5 s by default) once it is a second old (STRAY), and
        // delivers it in a round (PROMPT, 2 s): within 8 s of its commit.
        await().atMost(STRANDED).until(() -> reporting.acknowledgedCount("orphaned") == 1);
        System.out.printf("STRAY FACT: delivered by the other replica %d ms after its commit (sweep every %d ms,"
                + " facts older than %d ms)%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - committed),
                sweepInterval.toMillis(), FactRelay.STRAY.toMillis());
        assertThat(Outboxes.count(jdbc, "orphaned")).isZero();
        await().atMost(PROMPT).until(() -> other.lag().count() == 1);

        // What the sweep costs: one statement per cell and 200 centres, no round where no fact waits. Measured on
        // every centre of this database, and on one full statement of 200 (these centres over and over).
        List<TenantPlacement> every = tenants.ready();
        long asked = System.nanoTime();
        List<TenantPlacement> stray = other.relay().withStrayFacts(every);
        long everyMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - asked);
        List<TenantPlacement> full = IntStream.range(0, 200).mapToObj(i -> every.get(i % every.size())).toList();
        List<Long> fullMs = new ArrayList<>();
        for (int sweep = 0; sweep < 12; sweep++) {
            long fullAsked = System.nanoTime();
            other.relay().withStrayFacts(full);
            fullMs.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - fullAsked));
        }
        System.out.printf("STRAY FACT: the sweep asked the %d centres of this database in %d ms (%d with facts"
                + " waiting: other test classes', which no relay delivers here); twelve statements of 200: %s ms%n",
                every.size(), everyMs, stray.size(), fullMs);
        assertThat(stray).doesNotContain(orphaned);
        assertThat(reporting.acknowledgedIds("orphaned")).hasSize(1);
    }

    @Test
    void aReplicaCutOffFromReportingPausesItselfWhileTheOtherDeliversTheCentreAtFullPaceAndNoPauseIsShared()
            throws Exception {
        Outboxes.place(mvc, "cut-off", "crete", null);
        TenantId centre = TenantId.of("cut-off");
        Replica reaching = replica(outbox);
        Replica cutOff = replica(new FactOutbox(entityManager, tenants, json, tracer),
                properties(ReportingStandIn.closedAddress(), CUT_OFF_FIRST, CUT_OFF_LONGEST));
        // A fact only the cut-off replica is told of: its first attempt finds reporting out of reach.
        committedOn(cutOff, "cut-off");
        await().atMost(PROMPT).until(() -> notDelivered("cut-off").size() == 1);
        int sharedPauses = pauses("cut-off");
        reaching.outbox().markPending(centre);
        await().atMost(PROMPT).until(() -> reporting.acknowledgedCount("cut-off") == 1);

        // Facts committed one after another, both replicas told of each, while the cut-off one tries three more
        // times: each arrives through the other replica at its normal pace.
        List<Long> tookMs = new ArrayList<>();
        while (notDelivered("cut-off").size() < 4) {
            assertThat(tookMs).as("facts before the cut-off replica tried four times").hasSizeLessThan(300);
            int before = reporting.acknowledgedCount("cut-off");
            long committed = System.nanoTime();
            Outboxes.fill(jdbc, "cut-off", 1);
            reaching.outbox().markPending(centre);
            cutOff.outbox().markPending(centre);
            await().atMost(Duration.ofSeconds(20)).until(() -> reporting.acknowledgedCount("cut-off") > before);
            tookMs.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - committed));
            sharedPauses += pauses("cut-off");
        }
        List<Long> attempts = notDelivered("cut-off");
        List<Long> gapsMs = IntStream.range(1, attempts.size()).mapToObj(k -> attempts.get(k) - attempts.get(k - 1))
                .toList();
        System.out.printf("CUT-OFF REPLICA: %d facts, slowest %d ms, median %d ms (limit %d ms); shared pause seen"
                + " %d times; the cut-off replica's attempts %s ms apart (its pauses %s ms)%n", tookMs.size(),
                tookMs.stream().mapToLong(Long::longValue).max().orElseThrow(),
                tookMs.stream().sorted().toList().get(tookMs.size() / 2), PROMPT.toMillis(), sharedPauses, gapsMs,
                IntStream.range(1, attempts.size()).mapToObj(k -> cutOffPauseMs(k)).toList());

        assertThat(tookMs).as("each fact's time to reporting, ms").allSatisfy(ms ->
                assertThat(ms).isLessThanOrEqualTo(PROMPT.toMillis()));
        assertThat(sharedPauses).as("the centre paused for every replica").isZero();
        for (int k = 1; k < attempts.size(); k++) {
            // After its k-th failure in a row it waits its k-th pause, then tries at its next tick.
            assertThat(gapsMs.get(k - 1)).as("ms from its attempt %d to the next", k)
                    .isBetween(cutOffPauseMs(k) - LOG_LATENESS_MS, cutOffPauseMs(k) + PROMPT.toMillis());
        }
        assertThat(reporting.acknowledgedIds("cut-off")).hasSize(tookMs.size() + 1).doesNotHaveDuplicates();
        assertThat(Outboxes.count(jdbc, "cut-off")).isZero();
    }

    @Test
    void aReplicaShuttingDownGivesBackTheAttemptItClaimedSoThatAnotherTriesTheFailingCentreAtOnce() throws Exception {
        Outboxes.place(mvc, "handed-back", "attica", null);
        Replica stopping = replica(outbox);
        reporting.failingCentres.add("handed-back");
        registerPerson("handed-back", "Δέσποινα", "Ρουσάκη", "1958-05-05");
        await().atMost(PROMPT).until(() -> reporting.failures("handed-back") >= 1);
        // Its next attempt, claimed (the centre now pauses for every replica), hangs in reporting.
        reporting.stalledCentres.add("handed-back");
        reporting.failingCentres.remove("handed-back");
        await().atMost(MAX_BACKOFF.plus(PROMPT)).until(() -> reporting.stalls("handed-back") == 1);
        assertThat(jdbc.queryForObject("select extract(epoch from retry_at - now()) from platform.relay_backoff"
                + " where tenant_id = 'handed-back'", Double.class)).as("s the claim still holds the centre")
                .isGreaterThan(10.0);
        Replica other = replica(new FactOutbox(entityManager, tenants, json, tracer));
        committedOn(other, "handed-back");

        long stopped = System.nanoTime();
        stopping.close();
        // The other replica tries the centre at once (its fact, the one the hung attempt holds is locked): within
        // its longest wait before it asks again and a round, where the claim would hold it for 26 s.
        await().atMost(MAX_BACKOFF.plus(PROMPT)).until(() -> reporting.stalls("handed-back") == 2);
        System.out.printf("HANDED BACK: the other replica tried the centre %d ms after the first shut down (claim %d"
                + " s)%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopped), claim().toSeconds());
    }

    /** When the cut-off replica's attempts failed ({@link System#currentTimeMillis()}), in order, from its log. */
    private List<Long> notDelivered(String centre) {
        return relayLog.list.stream().filter(line -> line.getFormattedMessage().contains(" not delivered")
                && line.getFormattedMessage().contains(" " + centre + " ")).map(ILoggingEvent::getTimeStamp).toList();
    }

    /** The cut-off replica's pause after its {@code failures}-th failure in a row, in ms. */
    private static long cutOffPauseMs(int failures) {
        Duration pause = CUT_OFF_FIRST;
        for (int failure = 1; failure < failures; failure++) {
            pause = FactRelay.nextBackoff(pause, CUT_OFF_LONGEST);
        }
        return pause.toMillis();
    }

    /** Rows of the centre in the shared back-off. */
    private int pauses(String centre) {
        return jdbc.queryForObject("select count(*) from platform.relay_backoff where tenant_id = ?", Integer.class,
                centre);
    }

    /** How long a claimed attempt holds a centre with these tests' settings, as {@link IndicatorConfiguration} says. */
    private static Duration claim() {
        IndicatorProperties properties = properties();
        return ReportingClient.CONNECT_TIMEOUT.plus(properties.readTimeout()).multipliedBy(properties.roundBatches());
    }

    /** When one relay alone may try a failing centre the {@code attempt}-th time after its first: the pauses since. */
    private static long earliestAttemptMs(int attempt) {
        Duration since = Duration.ZERO;
        Duration pause = FIRST_BACKOFF;
        for (int failure = 1; failure <= attempt; failure++) {
            since = since.plus(pause);
            pause = FactRelay.nextBackoff(pause, MAX_BACKOFF);
        }
        return since.toMillis();
    }

    /** A relay as {@link IndicatorConfiguration} builds it, told of commits by {@code nudges}, ticking every 100 ms. */
    private Replica replica(FactOutbox nudges) {
        return replica(nudges, properties());
    }

    /** A relay with {@code properties}, told of commits by {@code nudges}, ticking every 100 ms. */
    private Replica replica(FactOutbox nudges, IndicatorProperties properties) {
        Replica replica = built(nudges, properties);
        replica.ticks().scheduleWithFixedDelay(replica.relay()::relayRecent, 0, 100, TimeUnit.MILLISECONDS);
        return replica;
    }

    /** A relay as {@link IndicatorConfiguration} builds it, told of commits by {@code nudges}, not ticking yet. */
    private Replica built(FactOutbox nudges) {
        return built(nudges, properties());
    }

    private Replica built(FactOutbox nudges, IndicatorProperties properties) {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        FactRelay relay = new IndicatorConfiguration().factRelay(nudges, tenants, deadLetters, json, properties,
                registrations, authorizedClients, restClients, meters, observations, tracer, names, jdbc);
        ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
        Replica replica = new Replica(relay, nudges, meters.get(FactRelay.LAG).timer(), ticks);
        replicas.add(replica);
        return replica;
    }

    private static IndicatorProperties properties() {
        return properties(reporting.baseUrl(), FIRST_BACKOFF, MAX_BACKOFF);
    }

    private static IndicatorProperties properties(String reportingUrl, Duration firstBackoff, Duration maxBackoff) {
        return new Binder(new MapConfigurationPropertySource(Map.of(
                "kentra.indicators.reporting-url", reportingUrl,
                "kentra.indicators.batch-size", String.valueOf(BATCH),
                "kentra.indicators.round-batches", String.valueOf(ROUND),
                "kentra.indicators.first-backoff", firstBackoff.toMillis() + "ms",
                "kentra.indicators.max-backoff", maxBackoff.toMillis() + "ms")))
                .bindOrCreate("kentra.indicators", IndicatorProperties.class);
    }

    /** A fact committed through another instance: in the outbox, and that instance told of it. */
    private void committedOn(Replica replica, String centre) {
        Outboxes.fill(jdbc, centre, 1);
        replica.outbox().markPending(TenantId.of(centre));
    }

    private List<String> centres(String prefix, int count) throws Exception {
        List<String> centres = IntStream.rangeClosed(1, count).mapToObj(i -> prefix + "-" + i).toList();
        for (String centre : centres) {
            Outboxes.place(mvc, centre, "attica", null);
        }
        return centres;
    }

    private static long delivering(List<String> centres) {
        return centres.stream().filter(centre -> reporting.acknowledgedCount(centre) > 0).count();
    }

    private Map<String, Integer> outboxes(List<String> centres) {
        Map<String, Integer> left = new LinkedHashMap<>();
        centres.forEach(centre -> left.put(centre, Outboxes.count(jdbc, centre)));
        return left;
    }
}
