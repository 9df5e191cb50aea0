package gr.kentra.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
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

import gr.kentra.commons.bench.LoadDriver;
import gr.kentra.commons.bench.ThreadCpu;
import gr.kentra.launcher.Platform;
import gr.kentra.launcher.ServiceProcess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The request path against its database floor, on the real platform (issue 15). Measured side by side in one run,
 * in interleaved rounds so that the machine's drift hits every figure alike: (a) a social worker's record read
 * {@code GET /t/{centre}/api/beneficiaries/{id}} through the gateway, (b) the same straight to case-service,
 * (c) {@code pgbench} running that request's SQL (read the row, insert the audit line, commit) at the same
 * concurrency against the same PostgreSQL (and again with the statements case-service adds to every request's
 * connection: the shared move lock, the schema set and reset), (a') and (b') the same two reads by one client (the
 * latency the gateway adds when no queue forms in front of the cores), then (d) search {@code GET …/beneficiaries?q=} in a centre of 20,000
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
    /** The launcher's override of case-service's access logger (one DEBUG line per centre request). */
    private static final String ACCESS_LOG_LEVEL = "kentra.launcher.case-service.logging.level.gr.kentra.cases.access";
    /** Each 1-client read phase; one client makes a few hundred requests a second, enough for a stable median. */
    private static final Duration SOLO_PHASE = Duration.ofSeconds(Integer.getInteger("kentra.bench.solo-seconds", 4));
    /** Warm-up before the measured rounds; C2 (production's JVM settings) needs minutes on 2 cores, C1 seconds. */
    private static final int WARM_UP = Integer.getInteger("kentra.bench.warmup-seconds", 18);
    private static final int POPULATION = Integer.getInteger("kentra.bench.population", 20_000);
    private static final int REGISTERED = 400;
    private static final String JVM = System.getProperty("kentra.bench.jvm", "local");
    private static final List<String> SERVICES = List.of("tenant-service", "case-service", "reporting-service",
            "gateway");
    private static final boolean PROFILE = Boolean.getBoolean("kentra.bench.profile");
    /**
     * Tenant spread and heap per centre: the same read load on one centre and spread over this many (needs the
     * registry filled: {@code -Dkentra.bench.registry-size=250}); 0 leaves the phase out.
     */
    private static final int SPREAD = Integer.getInteger("kentra.bench.spread-centres", 0);
    /** The spread's warm-up over all its centres (see {@link #spread}). */
    private static final Duration SPREAD_WARM_UP = Duration.ofSeconds(
            Integer.getInteger("kentra.bench.spread-warmup-seconds", 15));
    /** Set on the generated centres' coordinators for the spread (the realm's policy wants 12 characters or more). */
    private static final String SPREAD_PASSWORD = "bench-spread-" + Long.toString(System.nanoTime(), 36);
    /** Registration (the write path: the person, its audit line, its outbox fact) against its pgbench floor. */
    private static final boolean REGISTRATION = Boolean.getBoolean("kentra.bench.registration");

    /**
     * What production runs, per service: the Helm chart's national values (deploy/helm/kentra/values-national.yaml)
     * give case-service and reporting-service a 2 GiB memory limit, the gateway and tenant-service 768 MiB
     * (values.yaml), and every container {@code JAVA_TOOL_OPTIONS=-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError}
     * (templates/_helpers.tpl) with full tiered compilation (C1 + C2). {@code -XX:MaxRAM} stands for the container's
     * limit (heaps of 1,536 and 576 MB, as there); the collector is named because here the JVM sees the machine's
     * 24 GiB: in the container its ergonomics pick G1 at 2 GiB and SerialGC below 1,792 MB (a "server-class
     * machine" needs 2 CPUs and 2 GB less 256 MB).
     */
    static final Map<String, String> PRODUCTION_JVM = Map.of(
            "case-service", "-XX:MaxRAM=2g -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -XX:+UseG1GC",
            "reporting-service", "-XX:MaxRAM=2g -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -XX:+UseG1GC",
            "gateway", "-XX:MaxRAM=768m -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -XX:+UseSerialGC",
            "tenant-service", "-XX:MaxRAM=768m -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -XX:+UseSerialGC");

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
            PRODUCTION_JVM.forEach((service, flags) ->
                    System.setProperty(ServiceProcess.jvmOptionsProperty(service), flags));
            // Production's default too: case-service's access line is off unless an operator switches it on
            // (OPERATIONS.md); the launcher switches it on for the local stack. -Dkentra.bench.access-log=true keeps it.
            if (!Boolean.getBoolean("kentra.bench.access-log")) {
                System.setProperty(ACCESS_LOG_LEVEL, "INFO");
            }
        }
        System.out.println("BENCH case-service's access line: "
                + ("INFO".equals(System.getProperty(ACCESS_LOG_LEVEL)) ? "off (production's default)" : "on"));
        String jvmFlags = JVM.equals("production") ? new java.util.TreeMap<>(PRODUCTION_JVM).toString()
                : System.getProperty(ServiceProcess.JVM_OPTIONS_PROPERTY,
                        "-Xms64m -Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        System.out.println("BENCH service JVM flags (" + JVM + "): " + jvmFlags);
        Instant begun = Instant.now();

        long startFrom = System.nanoTime();
        Platform platform = SystemUnderTest.platform();
        double platformStart = (System.nanoTime() - startFrom) / 1e9;
        ServiceProcess cases = platform.service("case-service");
        ServiceProcess gateway = platform.service("gateway");
        // The generated centres are onboarded in the background: wait for all of them before measuring anything.
        // A failure of an opt-in phase is reported at the end, without losing the other figures.
        List<String> failures = new ArrayList<>();
        List<String> spreadCentres = List.of();
        if (SPREAD > 0) {
            try {
                spreadCentres = activeCentres(platform, SPREAD);
            } catch (RuntimeException | AssertionError e) {
                failures.add("waiting for " + SPREAD + " centres: " + e);
            }
        }
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
        // Where each process's CPU went, by thread group (request threads, GC, JIT, exporters).
        ThreadCpu.Spent gatewayThreads = ThreadCpu.Spent.NONE;
        ThreadCpu.Spent caseThreadsGateway = ThreadCpu.Spent.NONE;
        ThreadCpu.Spent caseThreadsDirect = ThreadCpu.Spent.NONE;
        // The whole machine's CPU by process in each phase: the platform and its clients share the two cores.
        Map<String, Double> machineGateway = Map.of();
        Map<String, Double> machineDirect = Map.of();
        Map<String, Double> machineFloor = Map.of();
        Map<String, Long> pids = servicePids(platform);
        ArrayNode readStatements = null;
        for (int round = 0; round < ROUNDS; round++) {
            String token = platform.keycloak().passwordGrant(READ_CENTRE + "-social", "demo");
            ThreadCpu ct0 = ThreadCpu.of(cases.pid());
            ThreadCpu gt0 = ThreadCpu.of(gateway.pid());
            boolean statements = PgStatements.enabled() && round == ROUNDS - 1;
            if (statements) {
                PgStatements.reset(platform.postgres());
            }
            MachineCpu m0 = MachineCpu.now(pids);
            LoadDriver.Result g = LoadDriver.run("read through the gateway", CLIENTS, PHASE,
                    i -> get(viaGateway, token, null));
            machineGateway = MachineCpu.add(machineGateway, MachineCpu.now(pids).since(m0));
            if (statements) {
                readStatements = PgStatements.since(platform.postgres(), g.requests(), 12);
            }
            gatewayThreads = gatewayThreads.plus(ThreadCpu.of(gateway.pid()).since(gt0));
            caseThreadsGateway = caseThreadsGateway.plus(ThreadCpu.of(cases.pid()).since(ct0));
            ThreadCpu ct1 = ThreadCpu.of(cases.pid());
            MachineCpu m1 = MachineCpu.now(pids);
            LoadDriver.Result d = LoadDriver.run("read straight to case-service", CLIENTS, PHASE,
                    i -> get(direct, token, READ_CENTRE));
            machineDirect = MachineCpu.add(machineDirect, MachineCpu.now(pids).since(m1));
            caseThreadsDirect = caseThreadsDirect.plus(ThreadCpu.of(cases.pid()).since(ct1));
            MachineCpu m2 = MachineCpu.now(pids);
            PgBench.Result p = PgBench.run(platform.postgres(), Platform.CASES_DATABASE, script, CLIENTS, PHASE,
                    pgVariables);
            machineFloor = MachineCpu.add(machineFloor, MachineCpu.now(pids).since(m2));
            PgBench.Result t = PgBench.run(platform.postgres(), Platform.CASES_DATABASE, tenancyScript, CLIENTS, PHASE,
                    pgVariables);
            System.out.println("BENCH round " + (round + 1) + "\n  " + g + "\n  " + d + "\n  " + p
                    + "\n  with the tenancy statements: " + t);
            tenancyFloor = tenancyFloor == null ? t : tenancyFloor.plus(t);
            throughGateway = throughGateway == null ? g : throughGateway.plus(g);
            straight = straight == null ? d : straight.plus(d);
            floor = floor == null ? p : floor.plus(p);
        }
        // The floor again at the rate the gateway reached: what PostgreSQL's processes spend per transaction when
        // they wait between requests, as behind the platform, rather than at pgbench's full speed.
        MachineCpu m3 = MachineCpu.now(pids);
        PgBench.Result atGatewayRate = PgBench.run(platform.postgres(), Platform.CASES_DATABASE, tenancyScript, CLIENTS,
                PHASE, pgVariables, throughGateway.throughput());
        Map<String, Double> machineAtGatewayRate = MachineCpu.now(pids).since(m3);
        System.out.println("BENCH pgbench at the gateway's rate: " + atGatewayRate);
        Map<String, String> profiles = new LinkedHashMap<>();
        if (PROFILE) {
            profiles.put("case-service", Profiles.dumpAndSummarise(cases.pid(), out.resolve("case-service.jfr"), 25));
            profiles.put("gateway", Profiles.dumpAndSummarise(gateway.pid(), out.resolve("gateway.jfr"), 25));
        }

        // The same read by one client, interleaved: with 8 clients on 2 cores the median is mostly the queue in
        // front of the cores, so this is the latency the gateway itself adds when nothing waits.
        LoadDriver.Result gatewayAlone = null;
        LoadDriver.Result straightAlone = null;
        for (int round = 0; round < ROUNDS; round++) {
            String token = platform.keycloak().passwordGrant(READ_CENTRE + "-social", "demo");
            LoadDriver.Result g = LoadDriver.run("read through the gateway, 1 client", 1, SOLO_PHASE,
                    i -> get(viaGateway, token, null));
            LoadDriver.Result d = LoadDriver.run("read straight to case-service, 1 client", 1, SOLO_PHASE,
                    i -> get(direct, token, READ_CENTRE));
            System.out.println("BENCH 1-client round " + (round + 1) + "\n  " + g + "\n  " + d);
            gatewayAlone = gatewayAlone == null ? g : gatewayAlone.plus(g);
            straightAlone = straightAlone == null ? d : straightAlone.plus(d);
        }

        String searcher = platform.keycloak().passwordGrant(SEARCH_CENTRE + "-social", "demo");
        String searchUrl = platform.gatewayUrl() + "/t/" + SEARCH_CENTRE + "/api/beneficiaries?q=";
        LoadDriver.run("warm-up search", 1, Duration.ofSeconds(4), i -> get(searchUrl + query(i), searcher, null));
        LoadDriver.Result search = LoadDriver.run("search, 1 client", 1, Duration.ofSeconds(15),
                i -> get(searchUrl + query(i), searcher, null));
        LoadDriver.Result searchLoaded = LoadDriver.run("search, " + CLIENTS + " clients", CLIENTS,
                Duration.ofSeconds(10), i -> get(searchUrl + query(i), searcher, null));
        Map<String, Object> spread = Map.of();
        if (spreadCentres.size() > 1) {
            try {
                spread = spread(platform, cases, spreadCentres);
            } catch (Exception | AssertionError e) {
                e.printStackTrace(System.out);
                failures.add("tenant spread: " + e);
            }
        }
        Map<String, Object> registration = Map.of();
        if (REGISTRATION) {
            try {
                registration = registration(platform, cases, out);
            } catch (Exception | AssertionError e) {
                e.printStackTrace(System.out);
                failures.add("registration: " + e);
            }
        }
        Map<String, LoadDriver.Result> pages = PAGES ? pages(platform, searcher) : Map.of();

        double gatewayRps = throughGateway.throughput();
        double directRps = straight.throughput();
        ObjectNode summary = Http.JSON.createObjectNode();
        summary.put("date", begun.toString());
        summary.put("note", "taken on a busy machine: other builds share the cores; compare ratios, not absolutes");
        ObjectNode machine = summary.putObject("machine");
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("cpu", Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(line -> line.startsWith("model name")).map(line -> line.replaceFirst("^[^:]*:\\s*", ""))
                .findFirst().orElse("unknown"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        machine.put("loadAverage", Files.readString(Path.of("/proc/loadavg")).strip());
        summary.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        summary.put("jvm", JVM);
        summary.put("jvmFlags", jvmFlags);
        summary.put("caseServiceAccessLine", "INFO".equals(System.getProperty(ACCESS_LOG_LEVEL)) ? "off" : "on");
        ObjectNode inEffect = summary.putObject("jvmFlagsInEffect");
        for (String service : SERVICES) {
            try {
                inEffect.put(service, Profiles.jvmFlagsInEffect(platform.service(service).pid()));
            } catch (IOException | RuntimeException e) {
                inEffect.put(service, "not read: " + e.getMessage());
            }
        }
        summary.put("clients", CLIENTS);
        summary.put("warmUpSeconds", WARM_UP);
        summary.put("rounds", ROUNDS + " × " + PHASE.toSeconds() + " s per figure, interleaved");
        summary.put("rateLimits", raised.toString());
        // Start-up under these JVM flags (issue 15 asks whether the local stack keeps C1 only): the platform as a
        // whole (Keycloak starts beside the services and usually decides it) and each service's own Spring start.
        ObjectNode startUp = summary.putObject("startUp");
        startUp.put("platformReadyWithSeedSchemasSeconds", round(platformStart));
        for (String service : SERVICES) {
            startUp.put(service + "StartedSeconds", springStart(platform.service(service)));
        }
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
        ObjectNode addedAlone = figures.putObject("median added by the gateway, 1 client (ms)");
        addedAlone.put("value", round(gatewayAlone.millis(0.5) - straightAlone.millis(0.5)));
        addedAlone.put("gatewayMedian", round(gatewayAlone.millis(0.5)));
        addedAlone.put("directMedian", round(straightAlone.millis(0.5)));
        addedAlone.put("p95Added", round(gatewayAlone.millis(0.95) - straightAlone.millis(0.95)));
        addedAlone.put("target", "≤ 2 (the issue's figure is the 8-client one above)");
        latency(figures, "read through the gateway", throughGateway);
        latency(figures, "read straight to case-service", straight);
        ObjectNode pg = figures.putObject("pgbench (read + audit insert + commit)");
        pg.put("tps", round(floor.tps()));
        pg.put("meanLatencyMs", round(floor.latencyMillis()));
        figure(figures, "read through the gateway vs pgbench with the per-request tenancy statements (req/s vs tx/s)",
                gatewayRps, tenancyFloor.tps(), null);
        // Each process's whole CPU is the machine figure's below; this splits the gateway's and case-service's.
        ObjectNode byThread = figures.putObject("CPU per read by thread group (ms)");
        threadGroups(byThread.putObject("gateway"), gatewayThreads, machineGateway.getOrDefault("gateway", 0.0),
                throughGateway);
        threadGroups(byThread.putObject("case-service, through the gateway"), caseThreadsGateway,
                machineGateway.getOrDefault("case-service", 0.0), throughGateway);
        threadGroups(byThread.putObject("case-service, straight"), caseThreadsDirect,
                machineDirect.getOrDefault("case-service", 0.0), straight);
        ObjectNode byProcess = figures.putObject("machine CPU per request by process (ms)");
        machineParts(byProcess.putObject("read through the gateway"), machineGateway, throughGateway.requests());
        machineParts(byProcess.putObject("read straight to case-service"), machineDirect, straight.requests());
        machineParts(byProcess.putObject("pgbench (read + audit insert + commit), per transaction"), machineFloor,
                floor.transactions());
        machineParts(byProcess.putObject("pgbench with the tenancy statements at the gateway's rate ("
                + Math.round(atGatewayRate.tps()) + " tx/s), per transaction"), machineAtGatewayRate,
                atGatewayRate.transactions());
        if (readStatements != null) {
            figures.set("PostgreSQL's statements per read through the gateway (last round, pg_stat_statements)",
                    readStatements);
        }
        ObjectNode searchFigure = latency(figures, "search p95, " + POPULATION + " people, 1 client (ms)", search);
        searchFigure.put("target", "p95 ≤ 25");
        latency(figures, "search, " + POPULATION + " people, " + CLIENTS + " clients (ms)", searchLoaded);
        if (!spread.isEmpty()) {
            LoadDriver.Result one = (LoadDriver.Result) spread.get("one");
            LoadDriver.Result many = (LoadDriver.Result) spread.get("many");
            figure(figures, "tenant spread: read spread over " + spreadCentres.size() + " centres vs one centre (req/s)",
                    many.throughput(), one.throughput(), "≥ 0.90");
            latency(figures, "read, one centre (coordinator token)", one);
            latency(figures, "read spread over " + spreadCentres.size() + " centres", many);
            ObjectNode heap = figures.putObject("case-service heap after GC per additional centre (MiB)");
            long before = (Long) spread.get("heapOne");
            long after = (Long) spread.get("heapMany");
            heap.put("value", round((after - before) / 1048576.0 / (spreadCentres.size() - 1)));
            heap.put("heapAfterOneCentreMiB", round(before / 1048576.0));
            heap.put("heapAfterAllCentresMiB", round(after / 1048576.0));
            heap.put("target", "≤ 1");
        }
        if (!registration.isEmpty()) {
            LoadDriver.Result registered = (LoadDriver.Result) registration.get("gateway");
            PgBench.Result registrationFloor = (PgBench.Result) registration.get("pgbench");
            figure(figures, "registration through the gateway vs pgbench with its SQL shape (req/s vs tx/s)",
                    registered.throughput(), registrationFloor.tps(), "≥ 0.20");
            figure(figures, "registration through the gateway vs pgbench with every statement of the request (req/s vs"
                    + " tx/s; the tenancy statement, people of varied names and birth dates, the duplicate check)",
                    registered.throughput(), ((PgBench.Result) registration.get("pgbenchWhole")).tps(), "≥ 0.20");
            figure(figures, "registration through the gateway vs pgbench with its SQL shape, people of varied names"
                    + " (req/s vs tx/s)", registered.throughput(),
                    ((PgBench.Result) registration.get("pgbenchVaried")).tps(), "≥ 0.20");
            latency(figures, "registration through the gateway", registered);
            ObjectNode writeByProcess = figures.putObject("machine CPU per registration by process (ms)");
            @SuppressWarnings("unchecked")
            Map<String, Double> registrationMachine = (Map<String, Double>) registration.get("machine");
            @SuppressWarnings("unchecked")
            Map<String, Double> registrationFloorMachine = (Map<String, Double>) registration.get("machineFloor");
            machineParts(writeByProcess.putObject("registration through the gateway"), registrationMachine,
                    registered.requests());
            machineParts(writeByProcess.putObject("pgbench with its SQL shape, per transaction"), registrationFloorMachine,
                    registrationFloor.transactions());
            PgBench.Result atRate = (PgBench.Result) registration.get("pgbenchAtRate");
            @SuppressWarnings("unchecked")
            Map<String, Double> atRateMachine = (Map<String, Double>) registration.get("machineAtRate");
            machineParts(writeByProcess.putObject("pgbench with its SQL shape at the gateway's rate ("
                    + Math.round(atRate.tps()) + " tx/s), per transaction"), atRateMachine, atRate.transactions());
            if (registration.containsKey("statements")) {
                figures.set("PostgreSQL's statements per registration (last round, pg_stat_statements)",
                        (ArrayNode) registration.get("statements"));
            }
            if (registration.containsKey("profile")) {
                profiles.put("case-service-registration", (String) registration.get("profile"));
            }
        }
        if (!profiles.isEmpty()) {
            ObjectNode profileFiles = summary.putObject("profile");
            profiles.keySet().forEach(service -> profileFiles.put(service, "see target/bench/" + service + "-summary.txt"));
        }
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
        assertThat(gatewayAlone.errors()).as(gatewayAlone.firstError()).isZero();
        assertThat(straightAlone.errors()).as(straightAlone.firstError()).isZero();
        assertThat(failures).as("opt-in phases").isEmpty();
        if (!spread.isEmpty()) {
            assertThat(((LoadDriver.Result) spread.get("many")).errors()).isZero();
        }
        if (!registration.isEmpty()) {
            LoadDriver.Result registered = (LoadDriver.Result) registration.get("gateway");
            assertThat(registered.errors()).as(registered.firstError()).isZero();
        }
    }

    /**
     * Tenant spread (issue 15): 8 clients read one person's record, first all in one centre, then each request in
     * the next of {@code centres} (one coordinator token and one registered person per centre), in interleaved
     * rounds. case-service's heap after GC is taken before the spread (only the seed centres served) and after it.
     */
    private static Map<String, Object> spread(Platform platform, ServiceProcess cases, List<String> centres)
            throws Exception {
        long tokensFrom = System.nanoTime();
        List<String> tokens = coordinatorTokens(platform, centres);
        System.out.printf("BENCH %d coordinator tokens in %.1f s%n", tokens.size(), (System.nanoTime() - tokensFrom) / 1e9);
        List<String> urls = new ArrayList<>();
        for (int c = 0; c < centres.size(); c++) {
            String id = register(platform.gatewayUrl(), centres.get(c), tokens.get(c), "Διασπορά", "Κέντρων", c);
            urls.add(platform.gatewayUrl() + "/t/" + centres.get(c) + "/api/beneficiaries/" + id);
        }
        LoadDriver.run("warm-up one centre", CLIENTS, Duration.ofSeconds(4), i -> get(urls.get(0), tokens.get(0), null));
        // The spread is warmed up like the one centre: a PostgreSQL backend loads a schema's catalog entries on its
        // first statement there, once per pooled connection's life (30 minutes), so the first pass over the centres
        // measured that, not the steady spread (it was every run's lowest round). About 30 visits per centre reach
        // nearly every one of case-service's 10 connections.
        LoadDriver.run("warm-up " + centres.size() + " centres", CLIENTS, SPREAD_WARM_UP,
                i -> get(urls.get(i % urls.size()), tokens.get(i % urls.size()), null));
        long heapOne = Profiles.heapAfterGc(cases.pid());
        LoadDriver.Result one = null;
        LoadDriver.Result many = null;
        for (int round = 0; round < ROUNDS; round++) {
            LoadDriver.Result o = LoadDriver.run("read, one centre", CLIENTS, PHASE,
                    i -> get(urls.get(0), tokens.get(0), null));
            LoadDriver.Result m = LoadDriver.run("read, " + centres.size() + " centres", CLIENTS, PHASE,
                    i -> get(urls.get(i % urls.size()), tokens.get(i % urls.size()), null));
            System.out.println("BENCH spread round " + (round + 1) + "\n  " + o + "\n  " + m);
            one = one == null ? o : one.plus(o);
            many = many == null ? m : many.plus(m);
        }
        long heapMany = Profiles.heapAfterGc(cases.pid());
        System.out.printf("BENCH case-service heap after GC: %.1f MiB after one centre, %.1f MiB after %d%n",
                heapOne / 1048576.0, heapMany / 1048576.0, centres.size());
        return Map.of("one", one, "many", many, "heapOne", heapOne, "heapMany", heapMany);
    }

    /** The first {@code count} centres once all of them are ACTIVE (schema, Keycloak Organization, coordinator). */
    private static List<String> activeCentres(Platform platform, int count) {
        String list = platform.gatewayUrl() + "/admin/api/tenants?status=ACTIVE";
        long started = System.nanoTime();
        org.awaitility.Awaitility.await("%d centres ACTIVE".formatted(count)).atMost(Duration.ofMinutes(8))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> Http.get(list + "&size=1", platform.keycloak().passwordGrant("platform-admin", "demo"))
                        .json().path("total").asLong() >= count);
        String admin = platform.keycloak().passwordGrant("platform-admin", "demo");
        List<String> centres = new ArrayList<>();
        for (int page = 0; centres.size() < count; page++) {
            var items = Http.get(list + "&size=50&page=" + page, admin).json().path("items");
            assertThat(items.size()).as("page %d of the active centres", page).isPositive();
            items.forEach(item -> centres.add(item.path("id").asString()));
        }
        System.out.printf("BENCH %d centres ACTIVE after %.0f s%n", count, (System.nanoTime() - started) / 1e9);
        return List.copyOf(centres.subList(0, count));
    }

    /**
     * A token of each centre's coordinator ({@code <centre>-coord}): generated centres' coordinators have a
     * temporary password, so the benchmark sets a known one through Keycloak's admin API first (the seed centres'
     * demo coordinators keep theirs).
     */
    private static List<String> coordinatorTokens(Platform platform, List<String> centres) throws Exception {
        String users = platform.keycloak().baseUrl() + "/admin/realms/kentra/users";
        String[] tokens = new String[centres.size()];
        AtomicInteger next = new AtomicInteger();
        List<java.util.concurrent.Future<Object>> workers = new ArrayList<>();
        try (var threads = Executors.newFixedThreadPool(4)) {
            for (int t = 0; t < 4; t++) {
                workers.add(threads.submit(() -> {
                    String admin = platform.keycloak().adminToken();
                    long adminAt = System.nanoTime();
                    for (int c = next.getAndIncrement(); c < centres.size(); c = next.getAndIncrement()) {
                        if (System.nanoTime() - adminAt > Duration.ofSeconds(30).toNanos()) {
                            admin = platform.keycloak().adminToken();
                            adminAt = System.nanoTime();
                        }
                        String username = centres.get(c) + "-coord";
                        if (SystemUnderTest.SEED_CENTRES.contains(centres.get(c))) {
                            tokens[c] = platform.keycloak().passwordGrant(username, "demo");
                            continue;
                        }
                        String user = Http.get(users + "?exact=true&username=" + username, admin).json().path(0)
                                .path("id").asString();
                        Http.Response reset = Http.put(users + "/" + user + "/reset-password", admin,
                                "{\"type\":\"password\",\"value\":\"" + SPREAD_PASSWORD + "\",\"temporary\":false}");
                        assertThat(reset.status()).as(username + ": " + reset.body()).isEqualTo(204);
                        tokens[c] = platform.keycloak().passwordGrant(username, SPREAD_PASSWORD);
                    }
                    return null;
                }));
            }
        }
        for (var worker : workers) {
            worker.get();
        }
        return List.of(tokens);
    }

    /**
     * Registration (issue 15): 8 clients register new people in one centre through the gateway (the person, the
     * audit line, the outbox fact, the duplicate check), interleaved with pgbench running the write path's SQL
     * shape at the same concurrency: the person copied from a registered one with a new id, the audit line, a
     * fact of the same size into a copy of the outbox table (so the relay does not deliver made-up facts), commit;
     * the same writes with people of varied names, as the API's are; and every statement the request sends (the
     * tenancy statement and the duplicate check too, see {@link #writeRegistrationScript}).
     */
    private static Map<String, Object> registration(Platform platform, ServiceProcess cases, Path out)
            throws Exception {
        String url = platform.gatewayUrl() + "/t/" + READ_CENTRE + "/api/beneficiaries";
        String template = register(platform.gatewayUrl(), READ_CENTRE,
                platform.keycloak().passwordGrant(READ_CENTRE + "-social", "demo"), "Πρότυπο", "Εγγραφής", 7);
        Path script = writeRegistrationScript(platform, out, schema(READ_CENTRE));
        Path wholeScript = out.resolve("registration-whole.sql");
        Path variedScript = out.resolve("registration-varied.sql");
        PgBench.Result wholeFloor = null;
        PgBench.Result variedFloor = null;
        List<String> variables = List.of("id=" + template);
        AtomicInteger people = new AtomicInteger();
        LoadDriver.Result registered = null;
        PgBench.Result floor = null;
        Map<String, Long> pids = servicePids(platform);
        Map<String, Double> machineRegistration = Map.of();
        ArrayNode registrationStatements = null;
        Map<String, Double> machineFloor = Map.of();
        for (int round = 0; round < ROUNDS; round++) {
            String token = platform.keycloak().passwordGrant(READ_CENTRE + "-social", "demo");
            if (round == 0) {
                LoadDriver.run("warm-up registration", CLIENTS, Duration.ofSeconds(Math.max(4, WARM_UP / 4)),
                        i -> post(url, token, person(people.incrementAndGet())));
                if (PROFILE) {
                    Profiles.start(cases.pid());
                }
            }
            boolean statements = PgStatements.enabled() && round == ROUNDS - 1;
            if (statements) {
                PgStatements.reset(platform.postgres());
            }
            MachineCpu m0 = MachineCpu.now(pids);
            LoadDriver.Result g = LoadDriver.run("registration through the gateway", CLIENTS, PHASE,
                    i -> post(url, token, person(people.incrementAndGet())));
            machineRegistration = MachineCpu.add(machineRegistration, MachineCpu.now(pids).since(m0));
            if (statements) {
                registrationStatements = PgStatements.since(platform.postgres(), g.requests(), 16);
            }
            MachineCpu m1 = MachineCpu.now(pids);
            PgBench.Result p = PgBench.run(platform.postgres(), Platform.CASES_DATABASE, script, CLIENTS, PHASE,
                    variables);
            machineFloor = MachineCpu.add(machineFloor, MachineCpu.now(pids).since(m1));
            PgBench.Result v = PgBench.run(platform.postgres(), Platform.CASES_DATABASE, variedScript, CLIENTS, PHASE,
                    variables);
            PgBench.Result w = PgBench.run(platform.postgres(), Platform.CASES_DATABASE, wholeScript, CLIENTS, PHASE,
                    variables);
            System.out.println("BENCH registration round " + (round + 1) + "\n  " + g + "\n  " + p
                    + "\n  people of varied names: " + v + "\n  with every statement of the request: " + w);
            variedFloor = variedFloor == null ? v : variedFloor.plus(v);
            registered = registered == null ? g : registered.plus(g);
            floor = floor == null ? p : floor.plus(p);
            wholeFloor = wholeFloor == null ? w : wholeFloor.plus(w);
        }
        MachineCpu m2 = MachineCpu.now(pids);
        PgBench.Result atRate = PgBench.run(platform.postgres(), Platform.CASES_DATABASE, script, CLIENTS, PHASE,
                variables, registered.throughput());
        Map<String, Double> machineAtRate = MachineCpu.now(pids).since(m2);
        System.out.println("BENCH registration's pgbench at the gateway's rate: " + atRate);
        Map<String, Object> result = new LinkedHashMap<>(Map.of("gateway", registered, "pgbench", floor, "machine",
                machineRegistration, "machineFloor", machineFloor, "pgbenchAtRate", atRate, "machineAtRate",
                machineAtRate));
        result.put("pgbenchWhole", wholeFloor);
        result.put("pgbenchVaried", variedFloor);
        if (registrationStatements != null) {
            result.put("statements", registrationStatements);
        }
        if (PROFILE) {
            result.put("profile", Profiles.dumpAndSummarise(cases.pid(), out.resolve("case-service-registration.jfr"),
                    25));
        }
        return result;
    }

    /** The service's own start ("Started … in N seconds" in its log), -1 when its log does not say. */
    private static double springStart(ServiceProcess service) {
        try {
            java.util.regex.Matcher started = java.util.regex.Pattern.compile("Started \\S+ in ([0-9.]+) seconds")
                    .matcher(Files.readString(service.logFile()));
            return started.find() ? Double.parseDouble(started.group(1)) : -1;
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    private static String person(int n) {
        return """
                {"firstName":"%s","lastName":"%s","dateOfBirth":"19%02d-%02d-%02d","gender":"%s"}"""
                .formatted(FIRST[n % FIRST.length], LAST[(n / FIRST.length + n) % LAST.length], 30 + n % 70,
                        1 + n % 12, 1 + n % 28, n % 2 == 0 ? "FEMALE" : "MALE");
    }

    private static HttpRequest post(String url, String token, String json) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    /**
     * The registration's floors: {@code registration.sql} its writes (the person copied from the template, the audit
     * line, the fact); {@code registration-varied.sql} the same writes with the person copied from one of the
     * searched centre's people of distinct names (the API's registrations cycle through the same first and last
     * names), so the three trigram indexes take as varied names as the platform's inserts give them rather than one
     * name again and again; and {@code registration-whole.sql} every statement it sends, in its order: the tenancy
     * statement, the varied writes with a birth date of its own per person (as people registered through the API
     * have, so that the duplicate check meets as many people born that day as there), the duplicate check, commit.
     */
    private static Path writeRegistrationScript(Platform platform, Path out, String schema) throws Exception {
        try (Connection db = platform.postgres().connect(Platform.CASES_DATABASE);
             Statement statement = db.createStatement()) {
            statement.execute("create table if not exists \"" + schema + "\".bench_outbox (like \"" + schema
                    + "\".indicator_outbox including all)");
            List<String> columns = beneficiaryColumns(statement, schema);
            String names = "\\set p random(1, " + benchPeople(statement, columns, schema) + ")\n";
            String varied = "\"" + schema + "\".bench_people b WHERE b.n = :p";
            Files.writeString(out.resolve("registration-whole.sql"), names + "\\set day random(0, 25567)\nBEGIN;\n"
                    + TENANCY_STATEMENT.formatted(schema)
                    + registrationWrites(schema, columns, "date '1930-01-01' + CAST(:day AS integer)", varied) + """
                    SELECT b.id FROM "%1$s".beneficiary b WHERE b.date_of_birth = date '1930-01-01' + CAST(:day AS integer) AND b.id <> :id AND b.status <> 'ERASED' AND extensions.similarity(b.normalised_name, (SELECT t.normalised_name FROM "%1$s".bench_people t WHERE t.n = :p)) >= 0.5 ORDER BY extensions.similarity(b.normalised_name, (SELECT t.normalised_name FROM "%1$s".bench_people t WHERE t.n = :p)) DESC LIMIT 5;
                    COMMIT;
                    """.formatted(schema));
            Files.writeString(out.resolve("registration-varied.sql"), names + "BEGIN;\n"
                    + registrationWrites(schema, columns, "b.date_of_birth", varied) + "COMMIT;\n");
            return Files.writeString(out.resolve("registration.sql"), "BEGIN;\n"
                    + registrationWrites(schema, columns, "b.date_of_birth",
                            "\"" + schema + "\".beneficiary b WHERE b.id = :id") + "COMMIT;\n");
        }
    }

    /**
     * People to copy for the varied floors: one per distinct name among the searched centre's (registered through the
     * API with the names the registrations use), numbered from 1 in {@code bench_people} of {@code schema}. Returns
     * how many.
     */
    private static int benchPeople(Statement statement, List<String> columns, String schema) throws SQLException {
        String list = String.join(", ", columns);
        statement.execute("drop table if exists \"" + schema + "\".bench_people");
        statement.execute("create table \"" + schema + "\".bench_people as select row_number() over (order by"
                + " normalised_name) as n, " + list + " from (select distinct on (normalised_name) " + list + " from \""
                + schema(SEARCH_CENTRE) + "\".beneficiary order by normalised_name, id) distinct_names");
        statement.execute("alter table \"" + schema + "\".bench_people add primary key (n)");
        try (ResultSet rs = statement.executeQuery("select count(*) from \"" + schema + "\".bench_people")) {
            rs.next();
            if (rs.getInt(1) < 100) {
                throw new IllegalStateException("Only " + rs.getInt(1) + " distinct names to copy in " + SEARCH_CENTRE);
            }
            return rs.getInt(1);
        }
    }

    /**
     * The registration's writes: the person copied from {@code source} (a table aliased b and its condition) with a
     * new id, no identifiers and the given birth date, its audit line, a fact of the same size into the copy of the
     * outbox table.
     */
    private static String registrationWrites(String schema, List<String> columns, String birthDate, String source) {
        List<String> values = columns.stream().map(column -> switch (column) {
            case "id" -> "gen_random_uuid()";
            case "amka", "afm" -> "null";
            case "date_of_birth" -> birthDate;
            default -> "b." + column;
        }).toList();
        return """
                INSERT INTO "%1$s".beneficiary (%2$s) SELECT %3$s FROM %4$s;
                INSERT INTO "%1$s".audit_event (id, occurred_at, actor, beneficiary_id, record_type, record_id, action, fields, reason)
                  VALUES (gen_random_uuid(), now(), 'moschato-tavros-social', :id, 'BENEFICIARY', :id, 'CREATE', NULL, NULL);
                INSERT INTO "%1$s".bench_outbox (id, fact, trace_parent)
                  VALUES (gen_random_uuid(), jsonb_build_object('type', 'BENEFICIARY_REGISTERED', 'id', gen_random_uuid(), 'tenant', 'moschato-tavros', 'beneficiary', CAST(:id AS text), 'on', current_date), '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01');
                """.formatted(schema, String.join(", ", columns), String.join(", ", values), source);
    }

    private static List<String> beneficiaryColumns(Statement statement, String schema) throws SQLException {
        List<String> columns = new ArrayList<>();
        // Generated columns (latin_search_text) are the database's to fill: an insert naming them is refused.
        try (ResultSet rs = statement.executeQuery("select column_name from information_schema.columns"
                + " where table_schema = '" + schema + "' and table_name = 'beneficiary' and is_generated = 'NEVER'"
                + " order by ordinal_position")) {
            while (rs.next()) {
                columns.add(rs.getString(1));
            }
        }
        return columns;
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

    /** Each group's CPU per read, and what no surviving thread accounts for (threads that ended, rounding). */
    private static void threadGroups(ObjectNode figure, ThreadCpu.Spent spent, double wholeMillis,
            LoadDriver.Result result) {
        long reads = Math.max(1, result.requests());
        spent.groups().forEach((group, millis) -> figure.put(group, Math.round(millis / reads * 1000) / 1000.0));
        figure.put("(threads that ended, and rounding)",
                Math.round((wholeMillis - spent.millis()) / reads * 1000) / 1000.0);
        figure.put("(of all the above, in the kernel)", Math.round(spent.kernelMillis() / reads * 1000) / 1000.0);
    }

    /** Each part's CPU per request (the whole machine first, the rest last), to the microsecond. */
    private static void machineParts(ObjectNode figure, Map<String, Double> parts, long requests) {
        parts.forEach((part, millis) -> figure.put(part, Math.round(millis / Math.max(1, requests) * 1000) / 1000.0));
    }

    private static Map<String, Long> servicePids(Platform platform) {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String service : SERVICES) {
            pids.put(service, platform.service(service).pid());
        }
        return pids;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
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
        try (Connection db = platform.postgres().connect(Platform.CASES_DATABASE);
             Statement statement = db.createStatement()) {
            List<String> columns = beneficiaryColumns(statement, schema);
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

    /** case-service's tenancy statement for a centre's schema: the move lock shared, the schema there, its path set. */
    private static final String TENANCY_STATEMENT = """
            SELECT CASE WHEN NOT pg_try_advisory_xact_lock_shared(1263816022, hashtext('%1$s')) THEN 'MOVING' WHEN to_regnamespace('"%1$s"') IS NULL THEN 'SCHEMA_GONE' WHEN set_config('search_path', '"%1$s"', true) IS NOT NULL THEN 'HELD' END;
            """;

    /**
     * The same plus what case-service adds to every request's transaction (tenancy.MoveLock): one statement, the
     * transaction's first, that takes the shared move lock for the transaction, checks the schema and sets it as
     * the transaction's search path; the commit releases both (issue 15: these were four statements, plus
     * Hibernate reading the schema; until session 16 two, the second releasing the lock and the search path).
     */
    private static Path writeTenancyScript(Path out, String schema) throws java.io.IOException {
        return Files.writeString(out.resolve("record-read-with-tenancy.sql"), ("BEGIN;\n" + TENANCY_STATEMENT + """
                SELECT * FROM "%1$s".beneficiary WHERE id = :id;
                INSERT INTO "%1$s".audit_event (id, occurred_at, actor, beneficiary_id, record_type, record_id, action, fields, reason)
                  VALUES (gen_random_uuid(), now(), 'moschato-tavros-social', :id, 'BENEFICIARY', :id, 'READ', NULL, NULL);
                COMMIT;
                """).formatted(schema));
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
