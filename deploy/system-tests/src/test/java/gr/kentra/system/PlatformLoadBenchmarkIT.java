package gr.kentra.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import gr.kentra.launcher.Platform;
import gr.kentra.launcher.ServiceProcess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The request path against its database floor, on the real platform (issue 15). Measured side by side in one run,
 * in interleaved rounds so that the machine's drift hits every figure alike: (a) a social worker's record read
 * {@code GET /t/{centre}/api/beneficiaries/{id}} through the gateway, (b) the same straight to case-service,
 * (c) {@code pgbench} running that request's SQL (read the row, insert the audit line, commit) at the same
 * concurrency against the same PostgreSQL (and again with the statements case-service adds to every request's
 * connection: the shared move lock, the schema set and reset), then (d) search {@code GET …/beneficiaries?q=} in a centre of 20,000
 * people, and (e) with {@code -Dkentra.bench.pages=true} the staff pages there (issue 13: search as you type, home,
 * card, lists, each page's server time as the gateway's client sees it). Not part of {@code verify}: {@code deploy/bin/bench.sh} runs it (see BENCHMARKS.md), writes
 * {@code target/bench/summary.json} and prints the table.
 * <p>
 * The gateway's rate limits are raised for the run through their documented settings
 * ({@code kentra.limits.per-user.*}, {@code kentra.limits.per-centre.*}), and the run says so.
 * {@code -Dkentra.bench.jvm=production} starts the services with production's JVM settings instead of the local
 * stack's; {@code -Dkentra.bench.profile=true} records a JFR profile of case-service and the gateway during the
 * measured rounds.
 */
@Tag("benchmark")
class PlatformLoadBenchmarkIT {

    private static final String READ_CENTRE = "moschato-tavros";
    private static final String SEARCH_CENTRE = "mouzaki";
    private static final int CLIENTS = Integer.getInteger("kentra.bench.clients", 8);
    private static final int ROUNDS = Integer.getInteger("kentra.bench.rounds", 3);
    private static final Duration PHASE = Duration.ofSeconds(Integer.getInteger("kentra.bench.phase-seconds", 8));
    /** Warm-up before the measured rounds; C2 (production's JVM settings) needs minutes on 2 cores, C1 seconds. */
    private static final int WARM_UP = Integer.getInteger("kentra.bench.warmup-seconds", 18);
    private static final int POPULATION = Integer.getInteger("kentra.bench.population", 20_000);
    private static final int REGISTERED = 400;
    private static final String JVM = System.getProperty("kentra.bench.jvm", "local");
    private static final boolean PROFILE = Boolean.getBoolean("kentra.bench.profile");

    /**
     * What production runs (Helm chart: {@code -XX:MaxRAMPercentage=75} in a 1.5 GiB container, where the JVM's
     * ergonomics pick SerialGC because it sees less than 1,792 MB): full tiered compilation (C2), a 1,152 MB heap.
     */
    static final String PRODUCTION_JVM = "-Xmx1152m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError";

    private static final String[] FIRST = {"Γεώργιος", "Ιωάννης", "Κωνσταντίνος", "Δημήτριος", "Νικόλαος",
        "Μαρία", "Ελένη", "Αικατερίνη", "Βασιλική", "Σοφία", "Αγγελική", "Παναγιώτης", "Χρήστος", "Ευάγγελος",
        "Αναστασία", "Ειρήνη", "Δέσποινα", "Σταύρος", "Αθηνά", "Πέτρος"};
    private static final String[] LAST = {"Παπαδόπουλος", "Γεωργίου", "Οικονόμου", "Παπαγεωργίου", "Νικολάου",
        "Ιωάννου", "Βασιλείου", "Κωνσταντίνου", "Δημητρίου", "Παπανικολάου", "Μακρής", "Αθανασίου", "Παππάς",
        "Αντωνίου", "Χριστοδούλου", "Γεωργιάδης", "Καραγιάννης", "Πετρόπουλος", "Αλεξίου", "Μιχαηλίδης",
        "Ευαγγέλου", "Σταυρόπουλος", "Λαμπρόπουλος", "Κυριακίδης", "Ζαχαρίου", "Σιδηρόπουλος", "Μαυρίδης",
        "Τσακίρης", "Χατζηδάκης", "Ψαρουδάκης"};
    private static final boolean PAGES = Boolean.getBoolean("kentra.bench.pages");
    private static final Duration PAGE_PHASE = Duration.ofSeconds(Long.getLong("kentra.bench.page-seconds", 4));
    private static final List<String> QUERIES = List.of("Παπαδόπουλος", "papadopoulos", "Γεωργίου", "maria",
            "Νικόλαος Παπα", "ioannou", "Ελένη Μακρή", "Χατζηδάκης", "psaroudakis", "papadopulos", "Σταυρούλα",
            "Κυριακιδης", "tsakiris", "Αθηνά Ζαχαρίου", "lampropoulos", "Μαυρίδη");

    @Test
    void measuresTheRequestPathAgainstItsDatabaseFloor() throws Exception {
        Path out = Path.of(System.getProperty("kentra.repository-root", "../..")).toAbsolutePath().normalize()
                .resolve("target/bench");
        Files.createDirectories(out);
        Map<String, String> raised = raiseRateLimits();
        System.out.println("BENCH rate limits raised for this run (gateway, documented settings): " + raised);
        if (JVM.equals("production")) {
            System.setProperty(ServiceProcess.JVM_OPTIONS_PROPERTY, PRODUCTION_JVM);
        }
        String jvmFlags = System.getProperty(ServiceProcess.JVM_OPTIONS_PROPERTY,
                "-Xms64m -Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        System.out.println("BENCH service JVM flags (" + JVM + "): " + jvmFlags);
        Instant begun = Instant.now();

        Platform platform = SystemUnderTest.platform();
        ServiceProcess cases = platform.service("case-service");
        ServiceProcess gateway = platform.service("gateway");
        String reader = platform.keycloak().passwordGrant(READ_CENTRE + "-social", "demo");
        String id = register(platform.gatewayUrl(), READ_CENTRE, reader, "Μέτρηση", "Ανάγνωσης", 1);
        fillSearchCentre(platform);

        String viaGateway = platform.gatewayUrl() + "/t/" + READ_CENTRE + "/api/beneficiaries/" + id;
        String direct = cases.baseUrl() + "/api/beneficiaries/" + id;
        Path script = writeScript(out, schema(READ_CENTRE));
        Path tenancyScript = writeTenancyScript(out, schema(READ_CENTRE));
        List<String> pgVariables = List.of("id=" + id);

        // Warm-up: both JITs (C2 needs thousands of calls) and the pools.
        for (int warmed = 0; warmed < WARM_UP; warmed += 18) {
            String token = platform.keycloak().passwordGrant(READ_CENTRE + "-social", "demo");
            LoadDriver.run("warm-up gateway", CLIENTS, Duration.ofSeconds(12), i -> get(viaGateway, token, null));
            LoadDriver.run("warm-up direct", CLIENTS, Duration.ofSeconds(6), i -> get(direct, token, READ_CENTRE));
        }
        PgBench.run(platform.postgres(), Platform.CASES_DATABASE, script, CLIENTS, Duration.ofSeconds(3), pgVariables);

        if (PROFILE) {
            Profiles.start(cases.pid());
            Profiles.start(gateway.pid());
        }
        LoadDriver.Result throughGateway = null;
        LoadDriver.Result straight = null;
        PgBench.Result floor = null;
        PgBench.Result tenancyFloor = null;
        Duration caseCpuGateway = Duration.ZERO;
        Duration gatewayCpu = Duration.ZERO;
        Duration caseCpuDirect = Duration.ZERO;
        for (int round = 0; round < ROUNDS; round++) {
            String token = platform.keycloak().passwordGrant(READ_CENTRE + "-social", "demo");
            Duration c0 = cpu(cases);
            Duration g0 = cpu(gateway);
            LoadDriver.Result g = LoadDriver.run("read through the gateway", CLIENTS, PHASE,
                    i -> get(viaGateway, token, null));
            caseCpuGateway = caseCpuGateway.plus(cpu(cases).minus(c0));
            gatewayCpu = gatewayCpu.plus(cpu(gateway).minus(g0));
            Duration c1 = cpu(cases);
            LoadDriver.Result d = LoadDriver.run("read straight to case-service", CLIENTS, PHASE,
                    i -> get(direct, token, READ_CENTRE));
            caseCpuDirect = caseCpuDirect.plus(cpu(cases).minus(c1));
            PgBench.Result p = PgBench.run(platform.postgres(), Platform.CASES_DATABASE, script, CLIENTS, PHASE,
                    pgVariables);
            PgBench.Result t = PgBench.run(platform.postgres(), Platform.CASES_DATABASE, tenancyScript, CLIENTS, PHASE,
                    pgVariables);
            System.out.println("BENCH round " + (round + 1) + "\n  " + g + "\n  " + d + "\n  " + p
                    + "\n  with the tenancy statements: " + t);
            tenancyFloor = tenancyFloor == null ? t : tenancyFloor.plus(t);
            throughGateway = throughGateway == null ? g : throughGateway.plus(g);
            straight = straight == null ? d : straight.plus(d);
            floor = floor == null ? p : floor.plus(p);
        }
        Map<String, String> profiles = new LinkedHashMap<>();
        if (PROFILE) {
            profiles.put("case-service", Profiles.dumpAndSummarise(cases.pid(), out.resolve("case-service.jfr"), 25));
            profiles.put("gateway", Profiles.dumpAndSummarise(gateway.pid(), out.resolve("gateway.jfr"), 25));
        }

        String searcher = platform.keycloak().passwordGrant(SEARCH_CENTRE + "-social", "demo");
        String searchUrl = platform.gatewayUrl() + "/t/" + SEARCH_CENTRE + "/api/beneficiaries?q=";
        LoadDriver.run("warm-up search", 1, Duration.ofSeconds(4), i -> get(searchUrl + query(i), searcher, null));
        LoadDriver.Result search = LoadDriver.run("search, 1 client", 1, Duration.ofSeconds(15),
                i -> get(searchUrl + query(i), searcher, null));
        LoadDriver.Result searchLoaded = LoadDriver.run("search, " + CLIENTS + " clients", CLIENTS,
                Duration.ofSeconds(10), i -> get(searchUrl + query(i), searcher, null));
        Map<String, LoadDriver.Result> pages = PAGES ? pages(platform, searcher) : Map.of();

        double gatewayRps = throughGateway.throughput();
        double directRps = straight.throughput();
        ObjectNode summary = Http.JSON.createObjectNode();
        summary.put("date", begun.toString());
        summary.put("note", "taken on a busy machine: other builds share the cores; compare ratios, not absolutes");
        ObjectNode machine = summary.putObject("machine");
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        machine.put("loadAverage", Files.readString(Path.of("/proc/loadavg")).strip());
        summary.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        summary.put("jvm", JVM);
        summary.put("jvmFlags", jvmFlags);
        summary.put("clients", CLIENTS);
        summary.put("warmUpSeconds", WARM_UP);
        summary.put("rounds", ROUNDS + " × " + PHASE.toSeconds() + " s per figure, interleaved");
        summary.put("rateLimits", raised.toString());
        ObjectNode figures = summary.putObject("figures");
        figure(figures, "read through the gateway vs pgbench (req/s vs tx/s)", gatewayRps, floor.tps(), "≥ 0.25");
        figure(figures, "read through the gateway vs straight to case-service (req/s)", gatewayRps, directRps,
                "≥ 0.70");
        figure(figures, "read straight to case-service vs pgbench (req/s vs tx/s)", directRps, floor.tps(), null);
        ObjectNode added = figures.putObject("median added by the gateway (ms)");
        added.put("value", round(throughGateway.millis(0.5) - straight.millis(0.5)));
        added.put("gatewayMedian", round(throughGateway.millis(0.5)));
        added.put("directMedian", round(straight.millis(0.5)));
        added.put("target", "≤ 2");
        latency(figures, "read through the gateway", throughGateway);
        latency(figures, "read straight to case-service", straight);
        ObjectNode pg = figures.putObject("pgbench (read + audit insert + commit)");
        pg.put("tps", round(floor.tps()));
        pg.put("meanLatencyMs", round(floor.latencyMillis()));
        figure(figures, "read through the gateway vs pgbench with the per-request tenancy statements (req/s vs tx/s)",
                gatewayRps, tenancyFloor.tps(), null);
        ObjectNode cpu = figures.putObject("CPU per read (ms)");
        cpu.put("case-service, through the gateway", round(perRequest(caseCpuGateway, throughGateway)));
        cpu.put("gateway", round(perRequest(gatewayCpu, throughGateway)));
        cpu.put("case-service, straight", round(perRequest(caseCpuDirect, straight)));
        ObjectNode searchFigure = latency(figures, "search p95, " + POPULATION + " people, 1 client (ms)", search);
        searchFigure.put("target", "p95 ≤ 25");
        latency(figures, "search, " + POPULATION + " people, " + CLIENTS + " clients (ms)", searchLoaded);
        profiles.forEach((service, text) -> summary.putObject("profile").put(service,
                "see target/bench/" + service + "-summary.txt"));
        Files.writeString(out.resolve("summary.json"), Http.JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsString(summary));

        System.out.println("BENCH summary (" + out.resolve("summary.json") + "):\n" + throughGateway + "\n" + straight
                + "\n" + floor + "\n" + search + "\n" + searchLoaded + "\n"
                + Http.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(figures));
        profiles.forEach((service, text) -> System.out.println("BENCH profile " + service + ":\n" + text));
        pages.values().forEach(page -> System.out.println("BENCH page " + page + (page.firstError() == null ? ""
                : "  first error: " + page.firstError().substring(0, Math.min(200, page.firstError().length())))));
        assertThat(throughGateway.errors()).as(throughGateway.firstError()).isZero();
        assertThat(straight.errors()).as(straight.firstError()).isZero();
        assertThat(search.errors()).as(search.firstError()).isZero();
    }

    /**
     * The staff pages in the centre of 20,000 through the gateway, one client, a bearer token (the gateway relays a
     * browser session's token the same way): the header box's suggestions typed a letter at a time, the home page
     * and the parts htmx loads into it, a card and its parts, the timeline, every list. The page's HTML as the
     * gateway's client receives it; no browser rendering.
     */
    private static Map<String, LoadDriver.Result> pages(Platform platform, String social) throws Exception {
        String t = platform.gatewayUrl() + "/t/" + SEARCH_CENTRE;
        String coordinator = platform.keycloak().passwordGrant(SEARCH_CENTRE + "-coord", "demo");
        String person = Http.get(t + "/api/beneficiaries?size=1&q=" + query(0), social).json().path("items").path(0)
                .path("id").asString();
        List<String> typed = new ArrayList<>();
        for (String word : List.of("Παπαδόπουλος", "papadopoulou", "Γεωργίου", "hatzidakis", "Νίκος Παπα", "ioannou")) {
            for (int end = 2; end <= word.length(); end++) {
                typed.add(URLEncoder.encode(word.substring(0, end), StandardCharsets.UTF_8));
            }
        }
        Map<String, LoadDriver.Result> results = new LinkedHashMap<>();
        results.put("as you type", page("as you type",
                i -> html(t + "/people/suggestions?q=" + typed.get(i % typed.size()), social)));
        long since = Instant.now().minus(Duration.ofDays(7)).getEpochSecond();
        for (String path : List.of("/", "/appointments/today", "/referrals/due", "/requests/overdue",
                "/assessments/reviews-due", "/walk-ins", "/requests/since?since=" + since, "/requests/open",
                "/people/" + person, "/people/" + person + "/requests", "/people/" + person + "/sessions",
                "/people/" + person + "/history", "/people/" + person + "/profile")) {
            String name = path.startsWith("/people/") ? path.replace("/people/" + person, "card")
                    : "home " + path.replaceFirst("\\?.*", "");
            results.put(name, page(name, i -> html(t + path, social)));
        }
        for (String path : List.of("/people/" + person + "/timeline", "/requests", "/referrals", "/appointments",
                "/investigations", "/homeless-register", "/distributions", "/events", "/caseload", "/audit")) {
            String name = path.replace("/people/" + person, "card");
            results.put(name, page(name, i -> html(t + path, coordinator)));
        }
        return results;
    }

    private static LoadDriver.Result page(String name, java.util.function.IntFunction<HttpRequest> request) {
        LoadDriver.run("warm-up " + name, 1, Duration.ofSeconds(1), request);
        return LoadDriver.run(name, 1, PAGE_PHASE, request);
    }

    private static HttpRequest html(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "text/html").GET().build();
    }

    /** Raises the gateway's per-user and per-centre limits far above what one benchmark client can reach. */
    private static Map<String, String> raiseRateLimits() {
        Map<String, String> raised = new LinkedHashMap<>();
        for (String limit : List.of("per-user.per-second", "per-user.burst", "per-centre.per-second",
                "per-centre.burst")) {
            raised.put("kentra.limits." + limit, "1000000");
        }
        raised.forEach((key, value) -> System.setProperty("kentra.launcher.gateway." + key, value));
        return raised;
    }

    private static void figure(ObjectNode figures, String name, double value, double baseline, String target) {
        ObjectNode figure = figures.putObject(name);
        figure.put("value", round(value));
        figure.put("baseline", round(baseline));
        figure.put("ratio", Math.round(value / baseline * 1000) / 1000.0);
        if (target != null) {
            figure.put("target", target);
        }
    }

    private static ObjectNode latency(ObjectNode figures, String name, LoadDriver.Result result) {
        ObjectNode figure = figures.putObject(name);
        figure.put("throughput", round(result.throughput()));
        figure.put("p50", round(result.millis(0.50)));
        figure.put("p95", round(result.millis(0.95)));
        figure.put("p99", round(result.millis(0.99)));
        figure.put("requests", result.requests());
        figure.put("errors", result.errors());
        return figure;
    }

    private static double perRequest(Duration cpu, LoadDriver.Result result) {
        return cpu.toNanos() / 1e6 / Math.max(1, result.requests());
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static Duration cpu(ServiceProcess service) {
        return ProcessHandle.of(service.pid()).flatMap(p -> p.info().totalCpuDuration()).orElse(Duration.ZERO);
    }

    private static String query(int i) {
        return URLEncoder.encode(QUERIES.get(i % QUERIES.size()), StandardCharsets.UTF_8);
    }

    private static HttpRequest get(String url, String token, String tenantHeader) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (tenantHeader != null) {
            builder.header("X-Kentra-Tenant", tenantHeader);
        }
        return builder.GET().build();
    }

    private static String register(String gateway, String centre, String token, String first, String last, int n) {
        Http.Response created = Http.post(gateway + "/t/" + centre + "/api/beneficiaries", token, """
                {"firstName":"%s","lastName":"%s","dateOfBirth":"19%02d-%02d-%02d","gender":"%s"}"""
                .formatted(first, last, 40 + n % 60, 1 + n % 12, 1 + n % 28, n % 2 == 0 ? "FEMALE" : "MALE"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /**
     * {@value #REGISTERED} people registered through the API (so that their search text is the service's own),
     * then copied in SQL with new ids and dates of birth (identity numbers left empty, they are unique) up to
     * {@link #POPULATION}: common names repeat as in a real registry.
     */
    private static void fillSearchCentre(Platform platform) throws Exception {
        String token = platform.keycloak().passwordGrant(SEARCH_CENTRE + "-social", "demo");
        AtomicInteger next = new AtomicInteger();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < CLIENTS; c++) {
                threads.submit(() -> {
                    for (int n = next.getAndIncrement(); n < REGISTERED; n = next.getAndIncrement()) {
                        register(platform.gatewayUrl(), SEARCH_CENTRE, token, FIRST[n % FIRST.length],
                                LAST[(n / FIRST.length + n) % LAST.length], n);
                    }
                    return null;
                });
            }
        }
        String schema = schema(SEARCH_CENTRE);
        try (Connection db = DriverManager.getConnection(platform.postgres().jdbcUrl(Platform.CASES_DATABASE),
                platform.postgres().username(), platform.postgres().password());
             Statement statement = db.createStatement()) {
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select column_name from information_schema.columns"
                    + " where table_schema = '" + schema + "' and table_name = 'beneficiary' order by ordinal_position")) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
            List<String> values = columns.stream().map(column -> switch (column) {
                case "id" -> "gen_random_uuid()";
                case "amka", "afm" -> "null";
                case "date_of_birth" -> "b.date_of_birth - ((g * 97) % 9000)";
                default -> "b." + column;
            }).toList();
            int copies = (POPULATION + REGISTERED - 1) / REGISTERED - 1;
            long started = System.nanoTime();
            statement.execute("insert into \"" + schema + "\".beneficiary (" + String.join(", ", columns)
                    + ") select " + String.join(", ", values) + " from \"" + schema + "\".beneficiary b,"
                    + " generate_series(1, " + copies + ") g");
            statement.execute("analyze \"" + schema + "\".beneficiary");
            try (ResultSet rs = statement.executeQuery("select count(*) from \"" + schema + "\".beneficiary")) {
                rs.next();
                System.out.printf("BENCH %s holds %,d people (%d registered through the API, copied in %.1f s)%n",
                        SEARCH_CENTRE, rs.getLong(1), REGISTERED, (System.nanoTime() - started) / 1e9);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not fill " + SEARCH_CENTRE, e);
        }
    }

    /**
     * The same plus what case-service adds to every request on its connection (tenancy.MoveLock): one statement
     * that takes the shared move lock, checks the schema and sets it as the search path, and one that releases the
     * lock and resets the search path (issue 15: these were four statements, plus Hibernate reading the schema).
     */
    private static Path writeTenancyScript(Path out, String schema) throws java.io.IOException {
        return Files.writeString(out.resolve("record-read-with-tenancy.sql"), """
                SELECT CASE WHEN NOT pg_try_advisory_lock_shared(1263816022, hashtext('%1$s')) THEN 'MOVING' WHEN to_regnamespace('"%1$s"') IS NULL THEN 'SCHEMA_GONE' WHEN set_config('search_path', '"%1$s"', false) IS NOT NULL THEN 'HELD' END;
                BEGIN;
                SELECT * FROM "%1$s".beneficiary WHERE id = :id;
                INSERT INTO "%1$s".audit_event (id, occurred_at, actor, beneficiary_id, record_type, record_id, action, fields, reason)
                  VALUES (gen_random_uuid(), now(), 'moschato-tavros-social', :id, 'BENEFICIARY', :id, 'READ', NULL, NULL);
                COMMIT;
                SELECT pg_advisory_unlock_shared(1263816022, hashtext('%1$s')), set_config('search_path', 'platform', false);
                """.formatted(schema));
    }

    private static String schema(String centre) {
        return "t_" + centre.replace('-', '_');
    }

    /** The record read's own SQL, as Hibernate sends it: the row, one audit line, commit. */
    private static Path writeScript(Path out, String schema) throws java.io.IOException {
        return Files.writeString(out.resolve("record-read.sql"), """
                BEGIN;
                SELECT * FROM "%1$s".beneficiary WHERE id = :id;
                INSERT INTO "%1$s".audit_event (id, occurred_at, actor, beneficiary_id, record_type, record_id, action, fields, reason)
                  VALUES (gen_random_uuid(), now(), 'moschato-tavros-social', :id, 'BENEFICIARY', :id, 'READ', NULL, NULL);
                COMMIT;
                """.formatted(schema));
    }
}
