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

import gr.kentra.cases.CaseServiceIntegrationTest;
import gr.kentra.cases.tenancy.CentreNames;
import gr.kentra.cases.tenancy.TenantDirectory;
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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fairness between centres under backlog, with one relay and with two over the same database as two case-service
 * replicas run: each is built as {@link IndicatorConfiguration} builds it, with its own outbox nudges, workers,
 * back-offs and lag timer, and ticks every 100 ms as the relay interval does here (the sweep, once a minute in
 * production, is left out: these tests last seconds, and it would deliver the other test classes' outboxes too).
 * Replica A hears of the facts this JVM commits, as the instance that served the request does; replica B is told of
 * facts as the instance serving other requests would be. Batches of 10 facts instead of production's 500, rounds of
 * 2 batches as in production, so that backlogs worth 50 rounds each, more of them than a relay has workers, are a
 * few thousand facts and drain in seconds.
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
        // No relay runs in this context: forget which centres the other test classes committed facts in.
        outbox.takePending();
    }

    @AfterEach
    void stopReplicas() {
        replicas.forEach(Replica::close);
        replicas.clear();
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

    /** A relay as {@link IndicatorConfiguration} builds it, told of commits by {@code nudges}, ticking every 100 ms. */
    private Replica replica(FactOutbox nudges) {
        IndicatorProperties properties = new Binder(new MapConfigurationPropertySource(Map.of(
                "kentra.indicators.reporting-url", reporting.baseUrl(),
                "kentra.indicators.batch-size", String.valueOf(BATCH),
                "kentra.indicators.round-batches", String.valueOf(ROUND),
                "kentra.indicators.first-backoff", "250ms",
                "kentra.indicators.max-backoff", "1s")))
                .bindOrCreate("kentra.indicators", IndicatorProperties.class);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        FactRelay relay = new IndicatorConfiguration().factRelay(nudges, tenants, deadLetters, json, properties,
                registrations, authorizedClients, restClients, meters, observations, tracer, names);
        ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
        ticks.scheduleWithFixedDelay(relay::relayRecent, 0, 100, TimeUnit.MILLISECONDS);
        Replica replica = new Replica(relay, nudges, meters.get(FactRelay.LAG).timer(), ticks);
        replicas.add(replica);
        return replica;
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
