package gr.kentra.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipFile;

import gr.kentra.launcher.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * The resilience suite (issue 15): the real platform with parts of it stopped, restarted or killed under casework,
 * each scenario with a pass/fail assertion. Not part of {@code verify} (tag {@code resilience}, excluded by default
 * like the benchmarks): {@code deploy/bin/resilience.sh} runs it, about 6 minutes. Every figure is printed as a
 * {@code RESILIENCE} line; RELIABILITY.md ("Resilience suite") keeps the results.
 */
@Tag("resilience")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResilienceIT {

    /** A seed centre each, so one scenario's leftovers never count in another's figures. */
    private static final String WRITE_CENTRE = "elefsina";
    private static final String FACT_CENTRE = "mouzaki";
    private static final String CRASH_CENTRE = "nea-smyrni";
    private static final String READ_CENTRE = "moschato-tavros";

    /** Every service's database: an outage of PostgreSQL as the services see it (see PostgresServer#cutOff). */
    private static String[] databases() {
        return platform.hasSecondCell()
                ? new String[] {Platform.REGISTRY_DATABASE, Platform.CASES_DATABASE, Platform.SECOND_CELL_DATABASE,
                    Platform.REPORTING_DATABASE}
                : new String[] {Platform.REGISTRY_DATABASE, Platform.CASES_DATABASE, Platform.REPORTING_DATABASE};
    }

    /** Moved to the second cell for the cell scenarios; the reporting scenario before is done with it. */
    private static final String CELL_TWO_CENTRE = FACT_CENTRE;
    /** Killed in the middle of its move to the second cell (after the outbox scenario is done with it). */
    private static final String MOVE_CENTRE = CRASH_CENTRE;
    /** Archived, and case-service killed during its export: the last scenario, as the centre ends with it. */
    private static final String ARCHIVE_CENTRE = WRITE_CENTRE;
    /** Rows added to a centre's audit trail so that a move's copy and an export take seconds, not milliseconds. */
    private static final int BULK_ROWS = 300_000;
    private static final Duration RECOVERY = Duration.ofSeconds(10);
    private static final Duration LAG = Duration.ofSeconds(5);
    /** Hikari's connection-timeout (3 s) and the rest of the request: an answer within this is "prompt". */
    private static final Duration PROMPT = Duration.ofSeconds(5);
    private static final long SEED = Long.getLong("kentra.resilience.seed", System.nanoTime());

    private static Platform platform;
    private static String gateway;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void platformUp() {
        platform = SystemUnderTest.platform();
        gateway = platform.gatewayUrl();
        System.out.println("RESILIENCE seed " + SEED);
    }

    /** One write a client sent: what came back and how long it took (status 0: no answer at all). */
    private record Attempt(String kind, long startedNanos, long nanos, int status, String retryAfter,
            String contentType, String id, String failure) {
    }

    @Test
    @Order(1)
    void theServicesRecoverFromADatabaseRestartUnderWriteLoadAndLoseNoAcknowledgedWrite() throws Exception {
        String social = platform.keycloak().passwordGrant(WRITE_CENTRE + "-social", "demo");
        String psy = platform.keycloak().passwordGrant(WRITE_CENTRE + "-psy", "demo");
        Queue<Attempt> attempts = new ConcurrentLinkedQueue<>();
        Queue<String> people = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        int clients = 6;
        long begun = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> writers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Random random = new Random(SEED + c);
                writers.add(pool.submit(() -> {
                    while (running.get()) {
                        String person = people.peek();
                        if (person != null && random.nextBoolean()) {
                            attempts.add(send("session", psy, "/t/" + WRITE_CENTRE + "/api/sessions", """
                                    {"type":"INDIVIDUAL","date":"%s","durationMinutes":45,"participants":["%s"],
                                     "topic":"EMOTIONAL_SUPPORT","notes":null}"""
                                    .formatted(LocalDate.now(ZoneId.of("Europe/Athens")), person)));
                        } else {
                            Attempt registered = send("person", social, "/t/" + WRITE_CENTRE + "/api/beneficiaries",
                                    person(random));
                            attempts.add(registered);
                            if (registered.status() == 201) {
                                people.add(registered.id());
                            }
                        }
                    }
                    return null;
                }));
            }
            try {
                pause(Duration.ofSeconds(4));
                long stopping = System.nanoTime();
                platform.postgres().cutOff(databases());
                long stopped = System.nanoTime();
                pause(Duration.ofSeconds(8));
                platform.postgres().restore(databases());
                System.out.printf("RESILIENCE db-restart: the services' databases cut off in %d ms, for %d ms%n",
                        millis(stopped - stopping), millis(System.nanoTime() - stopped));
                long upAgain = System.nanoTime();
                // Recovered: every service healthy again and a write acknowledged after the restart.
                await().atMost(RECOVERY.plusSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() ->
                        attempts.stream().anyMatch(a -> a.status() == 201 && a.startedNanos() > upAgain)
                                && allHealthy());
                long recovered = System.nanoTime() - upAgain;
                pause(Duration.ofSeconds(3));
                running.set(false);
                for (Future<?> writer : writers) {
                    writer.get();
                }
                System.out.printf("RESILIENCE db-restart: recovered %d ms after PostgreSQL was back (limit %d ms)%n",
                        millis(recovered), RECOVERY.toMillis());
                List<Attempt> all = List.copyOf(attempts);
                List<Attempt> outage = all.stream()
                        .filter(a -> a.startedNanos() + a.nanos() > stopping && a.startedNanos() < upAgain).toList();
                List<Attempt> refused = all.stream().filter(a -> a.status() != 201).toList();
                long slowest = all.stream().mapToLong(Attempt::nanos).max().orElse(0);
                System.out.printf("RESILIENCE db-restart: %d writes in %d s by %d clients, %d acknowledged, %d during the"
                        + " outage, refused %s, slowest answer %d ms%n", all.size(), (System.nanoTime() - begun) / 1_000_000_000,
                        clients, all.size() - refused.size(), outage.size(), statuses(refused), millis(slowest));
                assertThat(recovered).as("recovery after PostgreSQL is back").isLessThanOrEqualTo(RECOVERY.toNanos());
                assertThat(refused).as("what the clients got besides 201: prompt 503 problems with Retry-After")
                        .allSatisfy(a -> {
                            assertThat(a.status()).as(a.toString()).isEqualTo(503);
                            assertThat(a.retryAfter()).as(a.toString()).isNotBlank();
                            assertThat(a.contentType()).as(a.toString()).startsWith("application/problem+json");
                        });
                assertThat(all).as("no client waited long: every answer within " + PROMPT.toSeconds() + " s")
                        .allSatisfy(a -> assertThat(a.nanos()).as(a.toString()).isLessThanOrEqualTo(PROMPT.toNanos()));
                assertThat(outage).as("the outage was met by the clients").isNotEmpty();
                // Every acknowledged write is there afterwards.
                for (Attempt acknowledged : all.stream().filter(a -> a.status() == 201).toList()) {
                    String path = acknowledged.kind().equals("person") ? "/api/beneficiaries/" : "/api/sessions/";
                    Http.Response read = Http.get(gateway + "/t/" + WRITE_CENTRE + path + acknowledged.id(),
                            acknowledged.kind().equals("person") ? social : psy);
                    assertThat(read.status()).as(acknowledged + " " + read.body()).isEqualTo(200);
                }
            } finally {
                running.set(false); // also when an assertion failed: the writers must end for the pool to close
            }
        }
    }

    @Test
    @Order(2)
    void factsWaitInTheOutboxWhileReportingIsDownAndArriveExactlyOnceAfterwards() throws Exception {
        String social = platform.keycloak().passwordGrant(FACT_CENTRE + "-social", "demo");
        awaitOutboxEmpty(FACT_CENTRE);
        long factsBefore = facts(FACT_CENTRE);
        long countedBefore = counted(FACT_CENTRE);
        platform.stop("reporting-service");
        long down = System.nanoTime();
        int registered = 30;
        Random random = new Random(SEED);
        for (int i = 0; i < registered; i++) {
            Http.Response created = Http.post(gateway + "/t/" + FACT_CENTRE + "/api/beneficiaries", social,
                    person(random));
            assertThat(created.status()).as("casework goes on while reporting is down: " + created.body())
                    .isEqualTo(201);
        }
        assertThat(outbox(FACT_CENTRE)).as("the outbox holds the facts").isEqualTo(registered);
        // Long enough for the relay's back-off to grow as it would in a real outage.
        pause(Duration.ofSeconds(20));
        platform.startAgain("reporting-service");
        long up = System.nanoTime();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> facts(FACT_CENTRE) >= factsBefore + registered);
        long drained = System.nanoTime() - up;
        System.out.printf("RESILIENCE reporting-down: down %d s, %d facts held, all delivered %d ms after reporting"
                + " was healthy again (limit %d ms)%n", (up - down) / 1_000_000_000, registered, millis(drained),
                LAG.toMillis());
        pause(Duration.ofSeconds(2));
        assertThat(facts(FACT_CENTRE) - factsBefore).as("each fact stored once").isEqualTo(registered);
        assertThat(counted(FACT_CENTRE) - countedBefore).as("each fact counted once in the aggregates")
                .isEqualTo(registered);
        assertThat(outbox(FACT_CENTRE)).as("the outbox emptied").isZero();
        assertThat(drained).as("the backlog's lag").isLessThanOrEqualTo(LAG.toNanos());

        long sent = System.nanoTime();
        assertThat(Http.post(gateway + "/t/" + FACT_CENTRE + "/api/beneficiaries", social, person(random)).status())
                .isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> facts(FACT_CENTRE) == factsBefore + registered + 1);
        long lag = System.nanoTime() - sent;
        System.out.printf("RESILIENCE reporting-down: a new fact's lag afterwards %d ms%n", millis(lag));
        assertThat(lag).as("a new fact's lag").isLessThanOrEqualTo(LAG.toNanos());
    }

    @Test
    @Order(3)
    void aCaseServiceKilledWhileItDrainsTheOutboxLosesAndDoublesNoFact() throws Exception {
        if (!platform.service("reporting-service").isAlive()) {
            platform.startAgain("reporting-service"); // the scenario before failed half-way
        }
        String social = platform.keycloak().passwordGrant(CRASH_CENTRE + "-social", "demo");
        awaitOutboxEmpty(CRASH_CENTRE);
        long factsBefore = facts(CRASH_CENTRE);
        long countedBefore = counted(CRASH_CENTRE);
        long peopleBefore = people(CRASH_CENTRE);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong acknowledged = new AtomicLong();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> writers = new ArrayList<>();
            for (int c = 0; c < 6; c++) {
                Random random = new Random(SEED + 100 + c);
                writers.add(pool.submit(() -> {
                    while (running.get()) {
                        Attempt a = send("person", social, "/t/" + CRASH_CENTRE + "/api/beneficiaries",
                                person(random));
                        if (a.status() == 201) {
                            acknowledged.incrementAndGet();
                        } else if (a.status() == 0) {
                            pause(Duration.ofMillis(100));
                        }
                    }
                    return null;
                }));
            }
            try {
                // Kill while facts are flowing: after registrations began and while the outbox is not empty.
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                        .until(() -> acknowledged.get() >= 40 && outbox(CRASH_CENTRE) > 0);
                long outboxAtKill = outbox(CRASH_CENTRE);
                platform.kill("case-service");
                long killed = System.nanoTime();
                running.set(false);
                for (Future<?> writer : writers) {
                    writer.get();
                }
                platform.startAgain("case-service");
                long restarted = System.nanoTime();
                long peopleAfter = people(CRASH_CENTRE) - peopleBefore;
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                        .until(() -> outbox(CRASH_CENTRE) == 0 && facts(CRASH_CENTRE) - factsBefore >= peopleAfter);
                System.out.printf("RESILIENCE crash-in-drain: case-service killed with %d facts in the outbox, %d people"
                        + " acknowledged, %d stored; restarted in %d ms, outbox drained %d ms later%n", outboxAtKill,
                        acknowledged.get(), peopleAfter, millis(restarted - killed), millis(System.nanoTime() - restarted));
                pause(Duration.ofSeconds(2));
                assertThat(peopleAfter).as("every acknowledged registration is stored").isGreaterThanOrEqualTo(acknowledged.get());
                assertThat(facts(CRASH_CENTRE) - factsBefore).as("one fact per stored registration").isEqualTo(peopleAfter);
                assertThat(counted(CRASH_CENTRE) - countedBefore).as("each counted once").isEqualTo(peopleAfter);
            } finally {
                running.set(false);
            }
        }
    }

    @Test
    @Order(4)
    void tokensKeepWorkingWhileKeycloakIsDownAndNewLoginsGetAClearPage() throws Exception {
        String social = platform.keycloak().passwordGrant(READ_CENTRE + "-social", "demo");
        String list = gateway + "/t/" + READ_CENTRE + "/api/beneficiaries?size=5";
        assertThat(Http.get(list, social).status()).isEqualTo(200);
        long stopping = System.nanoTime();
        platform.stopKeycloak();
        System.out.printf("RESILIENCE keycloak-down: Keycloak stopped in %d ms%n", millis(System.nanoTime() - stopping));

        Http.Response read = Http.get(list, social);
        assertThat(read.status()).as("a token issued before keeps working: " + read.body()).isEqualTo(200);
        Http.Response written = Http.post(gateway + "/t/" + READ_CENTRE + "/api/beneficiaries", social,
                person(new Random(SEED)));
        assertThat(written.status()).as(written.body()).isEqualTo(201);

        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(gateway
                + "/oauth2/authorization/keycloak")).header("Accept", "text/html").timeout(Duration.ofSeconds(10))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        System.out.printf("RESILIENCE keycloak-down: a new login gets %d %s%n", login.statusCode(),
                login.headers().firstValue("Content-Type").orElse(""));
        assertThat(login.statusCode()).as("a new login while Keycloak is down: " + login.body()).isEqualTo(503);
        assertThat(login.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(login.headers().firstValue("Retry-After")).isPresent();
        assertThat(login.body()).contains("<h1").doesNotContainIgnoringCase("exception");

        long starting = System.nanoTime();
        platform.startKeycloak();
        long started = System.nanoTime();
        await().atMost(RECOVERY).pollInterval(Duration.ofMillis(200)).until(() -> HTTP.send(
                HttpRequest.newBuilder(URI.create(gateway + "/oauth2/authorization/keycloak"))
                        .header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode() == 302);
        System.out.printf("RESILIENCE keycloak-down: Keycloak back in %d ms, logins redirect again %d ms later%n",
                millis(started - starting), millis(System.nanoTime() - started));
        String fresh = platform.keycloak().passwordGrant(READ_CENTRE + "-social", "demo");
        assertThat(Http.get(list, fresh).status()).as("a new token after the return").isEqualTo(200);
        assertThat(Http.get(list, social).status()).as("the old token still").isEqualTo(200);
    }

    @Test
    @Order(5)
    void aDatabaseCellDownRefusesOnlyItsOwnCentresPromptlyAndNothingIsWrittenToTheOtherCell() throws Exception {
        assumeTrue(platform.hasSecondCell(), "needs -D" + Platform.SECOND_CELL_PROPERTY + "=true (resilience.sh)");
        String admin = platform.keycloak().passwordGrant("platform-admin", "demo");
        placeOn(CELL_TWO_CENTRE, Platform.SECOND_CELL, admin);
        assertThat(cellsHolding(CELL_TWO_CENTRE)).containsExactly(Platform.SECOND_CELL);
        assertThat(cellsHolding(READ_CENTRE)).containsExactly("cell-1");
        String down = platform.keycloak().passwordGrant(CELL_TWO_CENTRE + "-social", "demo");
        String up = platform.keycloak().passwordGrant(READ_CENTRE + "-social", "demo");
        Random random = new Random(SEED + 5);
        String downPerson = created(CELL_TWO_CENTRE, down, person(random));
        String upPerson = created(READ_CENTRE, up, person(random));
        long downBefore = people(CELL_TWO_CENTRE);
        long upBefore = people(READ_CENTRE);

        Queue<Attempt> upAttempts = new ConcurrentLinkedQueue<>();
        Queue<Attempt> downAttempts = new ConcurrentLinkedQueue<>();
        platform.postgres().cutOff(Platform.SECOND_CELL_DATABASE);
        long cut = System.nanoTime();
        boolean healthy;
        try {
            AtomicBoolean running = new AtomicBoolean(true);
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<?>> clients = new ArrayList<>();
                for (int c = 0; c < 3; c++) {
                    Random mine = new Random(SEED + 50 + c);
                    clients.add(pool.submit(() -> {
                        while (running.get()) {
                            upAttempts.add(call("read", up, "GET", "/t/" + READ_CENTRE + "/api/beneficiaries/" + upPerson, null));
                            upAttempts.add(call("search", up, "GET", "/t/" + READ_CENTRE + "/api/beneficiaries?q=" + java.net.URLEncoder.encode("Ζωή",
                                    java.nio.charset.StandardCharsets.UTF_8), null));
                            upAttempts.add(send("person", up, "/t/" + READ_CENTRE + "/api/beneficiaries", person(mine)));
                        }
                        return null;
                    }));
                    clients.add(pool.submit(() -> {
                        while (running.get()) {
                            downAttempts.add(call("read", down, "GET", "/t/" + CELL_TWO_CENTRE + "/api/beneficiaries/"
                                    + downPerson, null));
                            downAttempts.add(send("person", down, "/t/" + CELL_TWO_CENTRE + "/api/beneficiaries",
                                    person(mine)));
                        }
                        return null;
                    }));
                }
                try {
                    pause(Duration.ofSeconds(12));
                } finally {
                    running.set(false);
                }
                for (Future<?> client : clients) {
                    client.get();
                }
            }
            healthy = upMeanwhile();
        } finally {
            platform.postgres().restore(Platform.SECOND_CELL_DATABASE);
        }
        long restored = System.nanoTime();
        System.out.printf("RESILIENCE cell-down: %s down %d ms; %s (cell-1): %d requests %s, slowest %d ms; %s (cell-2):"
                + " %d requests %s, slowest %d ms; every service healthy meanwhile: %s%n", Platform.SECOND_CELL,
                millis(restored - cut), READ_CENTRE, upAttempts.size(), statuses(List.copyOf(upAttempts)),
                millis(slowest(upAttempts)), CELL_TWO_CENTRE, downAttempts.size(), statuses(List.copyOf(downAttempts)),
                millis(slowest(downAttempts)), healthy);
        // Recovery: the cell's centre reads and writes again.
        await().atMost(RECOVERY).pollInterval(Duration.ofMillis(100)).until(() ->
                Http.get(gateway + "/t/" + CELL_TWO_CENTRE + "/api/beneficiaries/" + downPerson, down).status() == 200);
        long recovered = System.nanoTime() - restored;
        String after = created(CELL_TWO_CENTRE, down, person(random));
        System.out.printf("RESILIENCE cell-down: %s's centres served again %d ms after the cell was back%n",
                Platform.SECOND_CELL, millis(recovered));

        assertThat(List.copyOf(upAttempts)).as("the other cell's centre reads, searches and writes throughout")
                .isNotEmpty().allSatisfy(a -> {
                    assertThat(a.status()).as(a.toString()).isIn(200, 201);
                    assertThat(a.nanos()).as(a.toString()).isLessThanOrEqualTo(PROMPT.toNanos());
                });
        assertThat(List.copyOf(downAttempts)).as("the down cell's centre: prompt 503 problems with Retry-After")
                .isNotEmpty().allSatisfy(a -> {
                    assertThat(a.status()).as(a.toString()).isEqualTo(503);
                    assertThat(a.retryAfter()).as(a.toString()).isNotBlank();
                    assertThat(a.contentType()).as(a.toString()).startsWith("application/problem+json");
                    assertThat(a.nanos()).as(a.toString()).isLessThanOrEqualTo(PROMPT.toNanos());
                });
        assertThat(healthy).as("the services stay up: only the down cell's centres are hurt").isTrue();
        assertThat(recovered).isLessThanOrEqualTo(RECOVERY.toNanos());
        // Nothing written to the wrong cell: each centre's schema on its own cell only, each write counted there.
        assertThat(cellsHolding(CELL_TWO_CENTRE)).containsExactly(Platform.SECOND_CELL);
        assertThat(cellsHolding(READ_CENTRE)).containsExactly("cell-1");
        assertThat(people(CELL_TWO_CENTRE)).as("the refused writes stored nowhere; the one after the return there")
                .isEqualTo(downBefore + 1);
        assertThat(count(Platform.SECOND_CELL_DATABASE, "select count(*) from " + schema(CELL_TWO_CENTRE)
                + ".beneficiary where id = '" + after + "'")).isOne();
        assertThat(people(READ_CENTRE)).as("every acknowledged write of the cell-1 centre, on cell-1")
                .isEqualTo(upBefore + upAttempts.stream().filter(a -> a.status() == 201).count());
    }

    @Test
    @Order(6)
    void aCaseServiceKilledDuringAMoveLeavesTheCentreWholeOnExactlyOneCellAndTheMoveCanBeDoneAgain()
            throws Exception {
        assumeTrue(platform.hasSecondCell(), "needs -D" + Platform.SECOND_CELL_PROPERTY + "=true (resilience.sh)");
        ensureRunning("case-service");
        String admin = platform.keycloak().passwordGrant("platform-admin", "demo");
        String social = platform.keycloak().passwordGrant(MOVE_CENTRE + "-social", "demo");
        assertThat(cellsHolding(MOVE_CENTRE)).containsExactly("cell-1");
        String known = created(MOVE_CENTRE, social, person(new Random(SEED + 6)));
        bulk(MOVE_CENTRE);
        awaitOutboxEmpty(MOVE_CENTRE);
        Map<String, Long> before = rows("cell-1", MOVE_CENTRE);

        HttpResponse<String> answer;
        long killedAt;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<HttpResponse<String>> move = pool.submit(() -> platform.place(MOVE_CENTRE, Platform.SECOND_CELL,
                    admin));
            // In the middle: while the rows are being copied into the target cell (frozen, locked, uncommitted).
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(5)).until(() -> move.isDone()
                    || count(Platform.SECOND_CELL_DATABASE, "select count(*) from pg_stat_activity where datname = '"
                            + Platform.SECOND_CELL_DATABASE + "' and state = 'active' and query ilike 'copy %'") > 0);
            assertThat(move.isDone()).as("the move was still running when case-service was killed").isFalse();
            platform.kill("case-service");
            killedAt = System.nanoTime();
            answer = move.get();
        }
        System.out.printf("RESILIENCE crash-in-move: case-service killed while copying %s to %s (%d rows); the"
                + " administrator got %d%n", MOVE_CENTRE, Platform.SECOND_CELL,
                before.values().stream().mapToLong(Long::longValue).sum(), answer.statusCode());
        platform.startAgain("case-service");
        long restarted = System.nanoTime();
        // Rolled back: the registry still places it on its source; the half-made target is swept away.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> cellsHolding(MOVE_CENTRE).size() == 1);
        String servedFrom = cellOf(MOVE_CENTRE);
        System.out.printf("RESILIENCE crash-in-move: restarted in %d ms; %d ms later the centre is on %s only%n",
                millis(restarted - killedAt), millis(System.nanoTime() - restarted), cellsHolding(MOVE_CENTRE));
        assertThat(answer.statusCode()).as("the administrator is told the move failed: " + answer.body())
                .isEqualTo(502);
        assertThat(servedFrom).as("cut short before the switch: rolled back").isEqualTo("cell-1");
        assertThat(cellsHolding(MOVE_CENTRE)).containsExactly(servedFrom);
        assertThat(rows(servedFrom, MOVE_CENTRE)).as("every row, on the one cell").isEqualTo(before);
        assertThat(placementInRegistry(MOVE_CENTRE, admin)).as("tenant-service agrees").isEqualTo(servedFrom);
        assertThat(Http.get(gateway + "/t/" + MOVE_CENTRE + "/api/beneficiaries/" + known, social).status())
                .isEqualTo(200);

        // Done again, it completes: the centre whole on the second cell, nothing left on the first.
        awaitOutboxEmpty(MOVE_CENTRE);
        before = rows(servedFrom, MOVE_CENTRE); // with the audit line of the read just made
        long again = System.nanoTime();
        placeOn(MOVE_CENTRE, Platform.SECOND_CELL, admin);
        System.out.printf("RESILIENCE crash-in-move: moved again in %d ms%n", millis(System.nanoTime() - again));
        assertThat(cellsHolding(MOVE_CENTRE)).containsExactly(Platform.SECOND_CELL);
        Map<String, Long> moved = rows(Platform.SECOND_CELL, MOVE_CENTRE);
        assertThat(moved).as("every row moved").isEqualTo(before);
        assertThat(placementInRegistry(MOVE_CENTRE, admin)).isEqualTo(Platform.SECOND_CELL);
        assertThat(Http.get(gateway + "/t/" + MOVE_CENTRE + "/api/beneficiaries/" + known, social).status())
                .isEqualTo(200);
    }

    @Test
    @Order(7)
    void aCaseServiceKilledDuringAnArchiveExportOffersNoHalfWrittenArchiveAndTheExportCompletesAfterRestart()
            throws Exception {
        ensureRunning("case-service");
        String admin = platform.keycloak().passwordGrant("platform-admin", "demo");
        bulk(ARCHIVE_CENTRE);
        awaitOutboxEmpty(ARCHIVE_CENTRE);
        Map<String, Long> held = rows(cellOf(ARCHIVE_CENTRE), ARCHIVE_CENTRE);
        // case-service runs in this JVM's working directory and keeps its exports under archive/tenants there.
        Path archives = Path.of("archive", "tenants").toAbsolutePath();
        List<Path> zipsBefore = files(archives, ARCHIVE_CENTRE + "_*.zip");

        Http.Response archived;
        long killedAt;
        long partBytes;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Http.Response> archiving = pool.submit(() -> patch("/admin/api/tenants/" + ARCHIVE_CENTRE, admin,
                    "{\"status\":\"ARCHIVED\"}"));
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(5)).until(() -> archiving.isDone()
                    || files(archives, ARCHIVE_CENTRE + "_*.zip.part").stream().anyMatch(p -> size(p) > 1_000_000));
            assertThat(archiving.isDone()).as("the export was still running when case-service was killed").isFalse();
            platform.kill("case-service");
            killedAt = System.nanoTime();
            partBytes = files(archives, ARCHIVE_CENTRE + "_*.zip.part").stream().mapToLong(ResilienceIT::size).sum();
            archived = archiving.get();
        }
        JsonNode centre = Http.JSON.readTree(archived.body());
        System.out.printf("RESILIENCE crash-in-archive: case-service killed with %d bytes of %s's export written;"
                + " the archiving answered %d, export %s%n", partBytes, ARCHIVE_CENTRE, archived.status(),
                centre.path("archive").path("exportStatus").asString());
        assertThat(archived.status()).as("the centre is archived even so: " + archived.body()).isEqualTo(200);
        assertThat(centre.path("status").asString()).isEqualTo("ARCHIVED");
        assertThat(centre.path("archive").path("exportStatus").asString()).as("owed, not done").isEqualTo("PENDING");
        assertThat(files(archives, ARCHIVE_CENTRE + "_*.zip")).as("no half-written archive offered")
                .isEqualTo(zipsBefore);

        platform.startAgain("case-service");
        long restarted = System.nanoTime();
        await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(500)).until(() -> "DONE".equals(
                Http.JSON.readTree(Http.get(gateway + "/admin/api/tenants/" + ARCHIVE_CENTRE, admin).body())
                        .path("archive").path("exportStatus").asString()));
        JsonNode done = Http.JSON.readTree(Http.get(gateway + "/admin/api/tenants/" + ARCHIVE_CENTRE, admin).body())
                .path("archive");
        System.out.printf("RESILIENCE crash-in-archive: restarted in %d ms; the export retried by tenant-service was"
                + " done %d ms later (%s)%n", millis(restarted - killedAt), millis(System.nanoTime() - restarted),
                done.path("exportFile").asString());
        assertThat(files(archives, "*.zip.part")).as("the unfinished part removed at restart").isEmpty();
        List<Path> zips = new ArrayList<>(files(archives, ARCHIVE_CENTRE + "_*.zip"));
        zips.removeAll(zipsBefore);
        assertThat(zips).as("exactly one new export").hasSize(1);
        Path zip = zips.get(0);
        assertThat(zip.getFileName().toString()).isEqualTo(done.path("exportFile").asString());
        assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(zip)))).as("the file recorded is the file offered")
                .isEqualTo(done.path("exportSha256").asString());
        try (ZipFile file = new ZipFile(zip.toFile())) {
            JsonNode manifest = Http.JSON.readTree(file.getInputStream(file.getEntry("manifest.json")).readAllBytes());
            Map<String, Long> exported = new java.util.TreeMap<>();
            manifest.path("tables").forEach(t -> exported.put(t.path("name").asString(), t.path("rows").asLong()));
            exported.keySet().removeIf(name -> name.startsWith("databasechangelog")); // as rows() leaves them out
            assertThat(exported).as("every row of the centre, complete").isEqualTo(held);
            for (JsonNode table : manifest.path("tables")) {
                assertThat(file.getEntry(table.path("file").asString())).as(table.toString()).isNotNull();
            }
        }
    }

    /**
     * The soak (a second command: {@code deploy/bin/resilience.sh --soak}): mixed casework for
     * {@code kentra.soak.duration} (10 minutes there) with p99 and error rate, and the services' heap after a GC,
     * threads and database connections at the start (after a warm-up) and at the end, which must be flat.
     */
    @Test
    @Order(100)
    void soakMixedCaseworkKeepsErrorsRareAndHeapThreadsAndConnectionsFlat() throws Exception {
        String configured = System.getProperty("kentra.soak.duration");
        assumeTrue(configured != null, "the soak runs with -Dkentra.soak.duration (resilience.sh --soak)");
        Duration duration = Duration.parse(configured);
        Duration warmUp = Duration.ofSeconds(Math.max(20, duration.toSeconds() / 10));
        String[] centres = {READ_CENTRE, "mouzaki"};
        Map<String, String> social = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, String> psy = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, Queue<String>> people = new java.util.HashMap<>();
        for (String centre : centres) {
            social.put(centre, platform.keycloak().passwordGrant(centre + "-social", "demo"));
            psy.put(centre, platform.keycloak().passwordGrant(centre + "-psy", "demo"));
            Queue<String> known = new ConcurrentLinkedQueue<>();
            Random random = new Random(SEED);
            for (int i = 0; i < 20; i++) {
                known.add(created(centre, social.get(centre), person(random)));
            }
            people.put(centre, known);
        }
        List<String> words = List.of("Ζωή", "Δανάη", "Ανδρεάδης", "Βλάχου", "Ioannidis", "Θεοδώρα", "Γκίκας", "zervos");
        Queue<Attempt> attempts = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicBoolean measuring = new AtomicBoolean(false);
        Resources start;
        Resources end;
        int clients = 8;
        long began = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Random random = new Random(SEED + 1000 + c);
                String centre = centres[c % centres.length];
                workers.add(pool.submit(() -> {
                    List<String> known = new ArrayList<>(people.get(centre));
                    while (running.get()) {
                        int pick = random.nextInt(100);
                        Attempt a;
                        if (pick < 45) {
                            a = call("read", social.get(centre), "GET", "/t/" + centre + "/api/beneficiaries/"
                                    + known.get(random.nextInt(known.size())), null);
                        } else if (pick < 75) {
                            a = call("search", social.get(centre), "GET", "/t/" + centre + "/api/beneficiaries?q="
                                    + java.net.URLEncoder.encode(words.get(random.nextInt(words.size())),
                                            java.nio.charset.StandardCharsets.UTF_8), null);
                        } else if (pick < 90) {
                            a = send("person", social.get(centre), "/t/" + centre + "/api/beneficiaries",
                                    person(random));
                            if (a.status() == 201 && known.size() < 5_000) {
                                known.add(a.id());
                            }
                        } else {
                            a = send("session", psy.get(centre), "/t/" + centre + "/api/sessions", """
                                    {"type":"INDIVIDUAL","date":"%s","durationMinutes":30,"participants":["%s"],
                                     "topic":"EMOTIONAL_SUPPORT","notes":null}""".formatted(
                                    LocalDate.now(ZoneId.of("Europe/Athens")), known.get(random.nextInt(known.size()))));
                        }
                        if (measuring.get()) {
                            attempts.add(a);
                        }
                    }
                    return null;
                }));
            }
            // Tokens live 5 minutes: new ones every 2, from the start (a first run renewed them too late and counted
            // the expired tokens' 401s, and the 429s of the anonymous budget those spend, as errors).
            workers.add(pool.submit(() -> {
                long renewed = System.nanoTime();
                while (running.get()) {
                    pause(Duration.ofSeconds(1));
                    if (System.nanoTime() - renewed > Duration.ofMinutes(2).toNanos()) {
                        for (String centre : centres) {
                            social.put(centre, platform.keycloak().passwordGrant(centre + "-social", "demo"));
                            psy.put(centre, platform.keycloak().passwordGrant(centre + "-psy", "demo"));
                        }
                        renewed = System.nanoTime();
                    }
                }
                return null;
            }));
            try {
                pause(warmUp);
                start = Resources.now();
                measuring.set(true);
                pause(duration);
                measuring.set(false);
            } finally {
                running.set(false);
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            end = Resources.now();
        }
        List<Attempt> all = List.copyOf(attempts);
        long[] nanos = all.stream().mapToLong(Attempt::nanos).sorted().toArray();
        long failed = all.stream().filter(a -> a.status() != 200 && a.status() != 201).count();
        double errorRate = all.isEmpty() ? 1 : (double) failed / all.size();
        long p50 = nanos[(int) Math.min(nanos.length - 1, Math.floor(nanos.length * 0.50))];
        long p99 = nanos[(int) Math.min(nanos.length - 1, Math.floor(nanos.length * 0.99))];
        System.out.printf("RESILIENCE soak: %d s measured after %d s warm-up, %d clients, %d requests (%.0f/s) %s;"
                + " p50 %d ms, p99 %d ms, max %d ms; errors %d (%.3f %%) %s%n", duration.toSeconds(),
                warmUp.toSeconds(), clients, all.size(), all.size() / (double) duration.toSeconds(), kinds(all),
                millis(p50), millis(p99), millis(nanos[nanos.length - 1]), failed, errorRate * 100,
                statuses(all.stream().filter(a -> a.status() != 200 && a.status() != 201).toList()));
        System.out.printf("RESILIENCE soak: start %s%nRESILIENCE soak: end   %s%n", start, end);
        System.out.printf("RESILIENCE soak: whole run %d s%n", (System.nanoTime() - began) / 1_000_000_000);
        all.stream().filter(a -> a.status() != 200 && a.status() != 201).limit(5)
                .forEach(a -> System.out.println("RESILIENCE soak: failed " + a));
        assertThat(errorRate).as("error rate (besides 200/201)").isLessThanOrEqualTo(0.001);
        assertThat(p99).as("p99").isLessThanOrEqualTo(Duration.ofSeconds(2).toNanos());
        start.assertFlat(end);
    }

    /**
     * What the soak watches, per service: heap used right after a full GC (jcmd GC.run, then jstat), live threads
     * (/proc), and every database's connections (pg_stat_activity). Flat: heap within +25 % and +32 MiB, threads
     * within +10, connections within +5 per database.
     */
    private record Resources(Map<String, Long> heapKib, Map<String, Long> threads, Map<String, Long> connections) {

        static Resources now() throws Exception {
            Map<String, Long> heap = new java.util.TreeMap<>();
            Map<String, Long> threads = new java.util.TreeMap<>();
            for (String name : List.of("gateway", "tenant-service", "case-service", "reporting-service")) {
                long pid = platform.service(name).pid();
                jdkTool("jcmd", Long.toString(pid), "GC.run");
                String[] gc = jdkTool("jstat", "-gc", Long.toString(pid)).strip().split("\\R");
                List<String> header = List.of(gc[0].trim().split("\\s+"));
                String[] values = gc[gc.length - 1].trim().split("\\s+");
                double used = 0;
                for (String column : List.of("S0U", "S1U", "EU", "OU")) {
                    used += Double.parseDouble(values[header.indexOf(column)]);
                }
                heap.put(name, Math.round(used));
                threads.put(name, Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                        .filter(l -> l.startsWith("Threads:")).mapToLong(l -> Long.parseLong(l.substring(8).trim()))
                        .findFirst().orElse(-1));
            }
            Map<String, Long> connections = new java.util.TreeMap<>();
            try (Connection db = connect(Platform.REGISTRY_DATABASE); Statement statement = db.createStatement();
                    ResultSet rows = statement.executeQuery("select datname, count(*) from pg_stat_activity"
                            + " where datname like 'kentra%' and pid <> pg_backend_pid() group by datname")) {
                while (rows.next()) {
                    connections.put(rows.getString(1), rows.getLong(2));
                }
            }
            return new Resources(heap, threads, connections);
        }

        void assertFlat(Resources end) {
            heapKib.forEach((service, kib) -> assertThat(end.heapKib().get(service))
                    .as(service + " heap after GC (KiB), start " + kib)
                    .isLessThanOrEqualTo(Math.round(kib * 1.25) + 32 * 1024));
            threads.forEach((service, count) -> assertThat(end.threads().get(service))
                    .as(service + " threads, start " + count).isLessThanOrEqualTo(count + 10));
            connections.forEach((database, count) -> assertThat(end.connections().getOrDefault(database, 0L))
                    .as(database + " connections, start " + count).isLessThanOrEqualTo(count + 5));
        }

        @Override
        public String toString() {
            return "heap after GC KiB " + heapKib + ", threads " + threads + ", database connections " + connections;
        }
    }

    /** A tool of the JDK running this test (jcmd, jstat), its output. */
    private static String jdkTool(String tool, String... args) throws Exception {
        Path runtime = Path.of(ProcessHandle.current().info().command().orElseThrow());
        List<String> command = new ArrayList<>(List.of(runtime.resolveSibling(tool).toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(command + " failed: " + out);
        }
        return out;
    }

    private static String kinds(List<Attempt> attempts) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        attempts.forEach(a -> counts.merge(a.kind(), 1L, Long::sum));
        return counts.toString();
    }

    /** The admin API's placement, which must succeed (moved, or already there). */
    private static void placeOn(String centre, String cell, String admin) throws Exception {
        HttpResponse<String> placed = platform.place(centre, cell, admin);
        assertThat(placed.statusCode()).as("placing " + centre + " on " + cell + ": " + placed.body()).isEqualTo(200);
        assertThat(cellOf(centre)).isEqualTo(cell);
    }

    /** The cell tenant-service's registry records for the centre. */
    private static String placementInRegistry(String centre, String admin) {
        return Http.JSON.readTree(Http.get(gateway + "/admin/api/tenants/" + centre, admin).body()).path("cell")
                .asString();
    }

    private static String created(String centre, String token, String body) {
        Attempt a = send("person", token, "/t/" + centre + "/api/beneficiaries", body);
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        return a.id();
    }

    private static void ensureRunning(String service) {
        if (!platform.service(service).isAlive()) {
            platform.startAgain(service); // a scenario before failed half-way
        }
    }

    /**
     * case-service's health while a cell other than the default one is down: UP (200), since only that cell's centres
     * are hurt. Its cells indicator waits for the down cell's pool (3 s), hence the longer wait than allHealthy's.
     */
    private static boolean upMeanwhile() {
        long started = System.nanoTime();
        try {
            HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(
                    platform.service("case-service").baseUrl() + "/actuator/health"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            System.out.printf("RESILIENCE cell-down: case-service health %d in %d ms: %s%n", health.statusCode(),
                    millis(System.nanoTime() - started), health.body());
            return health.statusCode() == 200 && healthy("tenant-service") && healthy("reporting-service")
                    && healthy("gateway");
        } catch (Exception e) {
            System.out.println("RESILIENCE cell-down: case-service health: " + e);
            return false;
        }
    }

    private static long slowest(Queue<Attempt> attempts) {
        return attempts.stream().mapToLong(Attempt::nanos).max().orElse(0);
    }

    private static List<Path> files(Path directory, String glob) throws java.io.IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        try (java.nio.file.DirectoryStream<Path> listing = Files.newDirectoryStream(directory, glob)) {
            listing.forEach(found::add);
        }
        found.sort(null);
        return found;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static Http.Response patch(String path, String token, String body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofMinutes(5)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return new Http.Response(response.statusCode(), response.body(), response);
    }

    /** Any request, timed like {@link #send}; a body makes it JSON. */
    private static Attempt call(String kind, String token, String method, String path, String body) {
        long started = System.nanoTime();
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json");
            request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                    : request.header("Content-Type", "application/json")
                            .method(method, HttpRequest.BodyPublishers.ofString(body));
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Attempt(kind, started, System.nanoTime() - started, response.statusCode(),
                    response.headers().firstValue("Retry-After").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(""), null,
                    response.statusCode() < 300 ? null : response.body());
        } catch (Exception e) {
            return new Attempt(kind, started, System.nanoTime() - started, 0, null, "", null, e.toString());
        }
    }

    // ---- helpers ----

    private static Attempt send(String kind, String token, String path, String body) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + path))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.ofString());
            String id = null;
            if (response.statusCode() == 201) {
                id = Http.JSON.readTree(response.body()).path("id").asString();
            }
            return new Attempt(kind, started, System.nanoTime() - started, response.statusCode(),
                    response.headers().firstValue("Retry-After").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(""), id,
                    response.statusCode() == 201 ? null : response.body());
        } catch (Exception e) {
            return new Attempt(kind, started, System.nanoTime() - started, 0, null, "", null, e.toString());
        }
    }

    private static String person(Random random) {
        String[] first = {"Αλέξανδρος", "Βασιλική", "Γεράσιμος", "Δανάη", "Ευστάθιος", "Ζωή", "Θεοδώρα", "Ιάσονας"};
        String[] last = {"Ανδρεάδης", "Βλάχου", "Γκίκας", "Δούκα", "Ελευθερίου", "Ζερβός", "Θεοχάρη", "Ιωαννίδης"};
        boolean female = random.nextBoolean();
        return """
                {"firstName":"%s","lastName":"%s","dateOfBirth":"19%02d-%02d-%02d","gender":"%s"}"""
                .formatted(first[random.nextInt(first.length)], last[random.nextInt(last.length)],
                        40 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28),
                        female ? "FEMALE" : "MALE");
    }

    private static String statuses(List<Attempt> attempts) {
        Map<Integer, Long> counts = new java.util.TreeMap<>();
        attempts.forEach(a -> counts.merge(a.status(), 1L, Long::sum));
        return counts.toString();
    }

    private static boolean healthy(String name) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(platform.service(name).baseUrl() + "/actuator/health"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean allHealthy() {
        for (String name : List.of("tenant-service", "case-service", "reporting-service", "gateway")) {
            try {
                HttpResponse<Void> health = HTTP.send(HttpRequest.newBuilder(
                        URI.create(platform.service(name).baseUrl() + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() != 200) {
                    return false;
                }
            } catch (Exception e) {
                return false;
            }
        }
        return true;
    }

    private static void awaitOutboxEmpty(String centre) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> outbox(centre) == 0);
    }

    private static long outbox(String centre) throws SQLException {
        return count(databaseOf(centre), "select count(*) from " + schema(centre) + ".indicator_outbox");
    }

    private static long people(String centre) throws SQLException {
        return count(databaseOf(centre), "select count(*) from " + schema(centre) + ".beneficiary");
    }

    /** The cell case-service's registry (on the default cell) places the centre on. */
    private static String cellOf(String centre) throws SQLException {
        try (Connection db = connect(Platform.CASES_DATABASE); Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("select cell from platform.tenant_schema where tenant_id = '"
                        + centre + "'")) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static String databaseOf(String centre) throws SQLException {
        return Platform.SECOND_CELL.equals(cellOf(centre)) ? Platform.SECOND_CELL_DATABASE : Platform.CASES_DATABASE;
    }

    private static String database(String cell) {
        return Platform.SECOND_CELL.equals(cell) ? Platform.SECOND_CELL_DATABASE : Platform.CASES_DATABASE;
    }

    /** The cells whose database holds a schema of the centre. */
    private static List<String> cellsHolding(String centre) throws SQLException {
        List<String> holding = new ArrayList<>();
        for (String cell : List.of("cell-1", Platform.SECOND_CELL)) {
            if (count(database(cell), "select count(*) from pg_namespace where nspname = '" + schema(centre) + "'")
                    > 0) {
                holding.add(cell);
            }
        }
        return holding;
    }

    /** Rows of every table of the centre's schema on the cell's database (Liquibase's own tables left out). */
    private static Map<String, Long> rows(String cell, String centre) throws SQLException {
        Map<String, Long> rows = new java.util.TreeMap<>();
        List<String> tables = new ArrayList<>();
        try (Connection db = connect(database(cell)); Statement statement = db.createStatement()) {
            try (ResultSet names = statement.executeQuery("select table_name from information_schema.tables where"
                    + " table_schema = '" + schema(centre) + "' and table_type = 'BASE TABLE'"
                    + " and table_name not like 'databasechangelog%'")) {
                while (names.next()) {
                    tables.add(names.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet count = statement.executeQuery("select count(*) from " + schema(centre) + ".\""
                        + table + "\"")) {
                    count.next();
                    rows.put(table, count.getLong(1));
                }
            }
        }
        return rows;
    }

    /** Audit lines added straight in SQL: bulk that makes the copy of a move and an export take a while. */
    private static void bulk(String centre) throws SQLException {
        try (Connection db = connect(databaseOf(centre)); Statement statement = db.createStatement()) {
            statement.execute("insert into " + schema(centre) + ".audit_event (id, occurred_at, actor, record_type,"
                    + " record_id, action, fields) select gen_random_uuid(), now() - make_interval(secs => g),"
                    + " 'resilience-bulk', 'BULK', g::text, 'READ', repeat('x', 120) from generate_series(1, "
                    + BULK_ROWS + ") g");
        }
    }

    private static Connection connect(String database) throws SQLException {
        return platform.postgres().connect(database);
    }

    /** Registrations of the centre stored in reporting (one row per fact id: the primary key). */
    private static long facts(String centre) throws SQLException {
        return count(Platform.REPORTING_DATABASE, "select count(*) from indicator_fact where tenant_id = '" + centre
                + "' and fact_type = 'BENEFICIARY_REGISTERED'");
    }

    /** The same as the aggregates count them: a fact taken in twice would be counted twice here. */
    private static long counted(String centre) throws SQLException {
        return count(Platform.REPORTING_DATABASE, "select coalesce(sum(fact_count), 0) from fact_monthly where"
                + " tenant_id = '" + centre + "' and fact_type = 'BENEFICIARY_REGISTERED'");
    }

    private static String schema(String centre) {
        return "t_" + centre.replace('-', '_');
    }

    private static long count(String database, String sql) throws SQLException {
        try (Connection db = connect(database);
                Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    private static void pause(Duration duration) {
        // A scenario's own clock (an outage's length), not a wait for a condition: those use Awaitility.
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
