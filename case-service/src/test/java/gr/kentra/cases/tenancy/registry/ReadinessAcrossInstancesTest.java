package gr.kentra.cases.tenancy.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import gr.kentra.cases.CaseServiceIntegrationTest;
import gr.kentra.cases.tenancy.cell.TenantCells;
import gr.kentra.commons.tenant.TenantId;
import gr.kentra.launcher.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A centre's readiness kept in memory, with several instances over one registry. Another instance ("replica") is a
 * registry, its memory and its listener of its own, on connections of its own to the same database; this test's
 * Spring context is the first instance.
 */
class ReadinessAcrossInstancesTest extends CaseServiceIntegrationTest {

    /** What another instance's changes look like from here: they come with the notification only. */
    private static final Duration HEARD_WITHIN = Duration.ofSeconds(5);
    private static final String REPLICA_ROLE = "kentra_replica_listener";

    @Autowired
    TenantRegistry registry;
    @Autowired
    ReadyTenants memory;
    @Autowired
    TenantCells placements;
    @Autowired
    ApplicationContext context;

    private Replica replica;

    @AfterEach
    void stopReplica() {
        if (replica != null) {
            replica.stop();
        }
    }

    @Test
    void anotherInstanceRefusesACentreMarkedFailedOrRemovedHere() throws Exception {
        TenantId centre = provisioned("ready-elsewhere");
        replica = Replica.start(TestPostgres.username());
        replica.awaitKept(centre);
        TenantSchemaStatus row = registry.find(centre).orElseThrow();

        registry.markFailed(centre, row.cell(), Instant.now());

        await().atMost(HEARD_WITHIN).until(() -> !replica.memory.contains(centre));
        assertThat(replica.registry.isReady(centre)).isFalse();

        // READY again: not kept anywhere yet, so every instance asks the database and admits it at once.
        registry.markReady(centre, row.cell(), row.changelogVersion(), Instant.now());
        assertThat(replica.registry.isReady(centre)).isTrue();
        replica.awaitKept(centre);

        registry.remove(centre);

        await().atMost(HEARD_WITHIN).until(() -> !replica.memory.contains(centre));
        assertThat(replica.registry.isReady(centre)).isFalse();
        dropSchema(centre);
    }

    @Test
    void aChangeToOneCentreLeavesAnotherCentresKeptAnswer() throws Exception {
        TenantId changed = provisioned("ready-changed");
        TenantId other = provisioned("ready-untouched");
        ReadinessInMemory.awaitKept(context, changed.value(), other.value());

        anotherInstanceSets(changed, TenantSchemaStatus.FAILED);

        await().atMost(HEARD_WITHIN).until(() -> !memory.contains(changed));
        assertThat(registry.isReady(changed)).isFalse();
        assertThat(memory.contains(other)).as("the other centre's answer is still kept").isTrue();
        assertThat(registry.isReady(other)).isTrue();
        anotherInstanceSets(changed, TenantSchemaStatus.READY);
    }

    /**
     * Cut: the listener's server process is ended and its role may not log in for a while, so it cannot listen
     * again. Meanwhile every answer comes from the database, a change made by plain SQL (heard by nobody) included.
     */
    @Test
    void answersFromTheDatabaseWhileNotListeningAndKeepsAnswersAgainOnceItListens() throws Exception {
        TenantId centre = provisioned("ready-cut-off");
        jdbc.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + REPLICA_ROLE + "') then"
                + " create role " + REPLICA_ROLE + " login password 'replica'; end if; end $$");
        replica = Replica.start(REPLICA_ROLE);
        replica.awaitKept(centre);
        int listening = replica.listener.backendPid();

        try {
            jdbc.execute("alter role " + REPLICA_ROLE + " nologin");
            jdbc.queryForObject("select pg_terminate_backend(?)", Boolean.class, listening);
            await().atMost(HEARD_WITHIN).until(() -> !replica.memory.isListening());

            // Heard by no one: the replica is not listening.
            anotherInstanceSets(centre, TenantSchemaStatus.FAILED);
            assertThat(replica.registry.isReady(centre)).as("asked at once, not kept").isFalse();
            anotherInstanceSets(centre, TenantSchemaStatus.READY);
            assertThat(replica.registry.isReady(centre)).isTrue();
            assertThat(replica.memory.contains(centre)).as("nothing kept while not listening").isFalse();
        } finally {
            jdbc.execute("alter role " + REPLICA_ROLE + " login");
        }
        replica.awaitKept(centre);
        assertThat(replica.listener.backendPid()).isNotEqualTo(listening);

        // Listening again, it hears the next change.
        anotherInstanceSets(centre, TenantSchemaStatus.FAILED);
        await().atMost(HEARD_WITHIN).until(() -> !replica.memory.contains(centre));
        assertThat(replica.registry.isReady(centre)).isFalse();
        anotherInstanceSets(centre, TenantSchemaStatus.READY);
    }

    /** This instance's own change holds for its very next question, before any notification could be heard. */
    @Test
    void aChangeMadeHereHoldsAtOnceHere() throws Exception {
        TenantId centre = provisioned("ready-here");
        ReadyTenants listeningButNotYetNotified = new ReadyTenants();
        listeningButNotYetNotified.listening();
        TenantRegistry here = new TenantRegistry(jdbc, listeningButNotYetNotified);
        assertThat(here.isReady(centre)).isTrue();
        assertThat(listeningButNotYetNotified.contains(centre)).isTrue();
        TenantSchemaStatus row = here.find(centre).orElseThrow();

        here.markFailed(centre, row.cell(), Instant.now());
        assertThat(here.isReady(centre)).isFalse();

        here.markReady(centre, row.cell(), row.changelogVersion(), Instant.now());
        assertThat(here.isReady(centre)).isTrue();
        assertThat(listeningButNotYetNotified.contains(centre)).isTrue();

        here.remove(centre);
        assertThat(here.isReady(centre)).isFalse();
        dropSchema(centre);
    }

    @Test
    void stopsItsThreadAndClosesItsConnection() throws Exception {
        TenantId centre = provisioned("ready-stopped");
        long threadsBefore = listenerThreads();
        replica = Replica.start(TestPostgres.username());
        replica.awaitKept(centre);
        int listening = replica.listener.backendPid();
        assertThat(listenerThreads()).isEqualTo(threadsBefore + 1);

        replica.stop();

        assertThat(replica.listener.isRunning()).isFalse();
        assertThat(replica.memory.contains(centre)).as("answers from the database once stopped").isFalse();
        assertThat(listenerThreads()).isEqualTo(threadsBefore);
        await().atMost(HEARD_WITHIN).until(() -> jdbc.queryForObject(
                "select count(*) from pg_stat_activity where pid = ?", Integer.class, listening) == 0);
    }

    private TenantId provisioned(String tenant) throws Exception {
        provision(tenant);
        return TenantId.of(tenant);
    }

    private static long listenerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("tenant-schema-changes") && thread.isDaemon()).count();
    }

    private void dropSchema(TenantId centre) {
        jdbc.execute("drop schema if exists " + centre.quotedSchemaName() + " cascade");
        placements.forget(centre);
    }

    /** Another instance's write: the trigger tells every listener on commit. */
    private static void anotherInstanceSets(TenantId centre, String status) {
        ownConnections(TestPostgres.username()).update(
                "update platform.tenant_schema set status = ? where tenant_id = ?", status, centre.value());
    }

    private static JdbcTemplate ownConnections(String role) {
        return new JdbcTemplate(new DriverManagerDataSource(TestPostgres.database("cases_test"), role,
                role.equals(REPLICA_ROLE) ? "replica" : TestPostgres.password()));
    }

    /** Another case-service instance's registry over the same database: its own memory, listener and connections. */
    private record Replica(TenantRegistry registry, ReadyTenants memory, TenantSchemaChanges listener) {

        /** {@code role}: the one its listener logs in with (its registry's queries use the test's own). */
        static Replica start(String role) {
            ReadyTenants memory = new ReadyTenants();
            TenantRegistry registry = new TenantRegistry(ownConnections(TestPostgres.username()), memory);
            TenantSchemaChanges listener = new TenantSchemaChanges(memory, ownConnections(role).getDataSource());
            listener.start();
            return new Replica(registry, memory, listener);
        }

        void awaitKept(TenantId centre) {
            await().atMost(Duration.ofSeconds(15)).until(() -> registry.isReady(centre) && memory.contains(centre));
        }

        void stop() {
            listener.stop();
        }
    }
}
