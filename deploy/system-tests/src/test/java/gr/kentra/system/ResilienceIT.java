package gr.kentra.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
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

import gr.kentra.launcher.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

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
    private static final String[] DATABASES = {Platform.REGISTRY_DATABASE, Platform.CASES_DATABASE,
        Platform.REPORTING_DATABASE};
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
                platform.postgres().cutOff(DATABASES);
                long stopped = System.nanoTime();
                pause(Duration.ofSeconds(8));
                platform.postgres().restore(DATABASES);
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
        return count(Platform.CASES_DATABASE, "select count(*) from " + schema(centre) + ".indicator_outbox");
    }

    private static long people(String centre) throws SQLException {
        return count(Platform.CASES_DATABASE, "select count(*) from " + schema(centre) + ".beneficiary");
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
        try (Connection db = DriverManager.getConnection(platform.postgres().jdbcUrl(database),
                platform.postgres().username(), platform.postgres().password());
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
