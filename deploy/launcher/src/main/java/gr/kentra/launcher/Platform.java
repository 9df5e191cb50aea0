package gr.kentra.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole platform on one machine: embedded PostgreSQL, Keycloak and the four services as separate
 * JVMs on their own ports, wired as in production. Used by the local stack and the system tests.
 */
public final class Platform implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Platform.class);
    private static final Duration SERVICE_START_TIMEOUT = Duration.ofMinutes(4);
    private static final Pattern READY = Pattern.compile("\"schemaStatus\"\\s*:\\s*\"READY\"");

    public static final String REGISTRY_DATABASE = "kentra_registry";
    public static final String CASES_DATABASE = "kentra_cases";
    public static final String REPORTING_DATABASE = "kentra_reporting";

    /**
     * {@code -Dkentra.launcher.second-cell=true}: case-service gets a second database cell, {@value #SECOND_CELL}
     * (database {@value #SECOND_CELL_DATABASE} on the same server, its own pool), and tenant-service may place centres
     * there ({@link #place}). Off by default: the local stack and {@code verify} run on one cell. The resilience suite
     * turns it on to take one cell down while the other works.
     */
    public static final String SECOND_CELL_PROPERTY = "kentra.launcher.second-cell";
    public static final String SECOND_CELL = "cell-2";
    public static final String SECOND_CELL_DATABASE = "kentra_cases_cell2";

    private final PostgresServer postgres;
    private volatile KeycloakServer keycloak;
    private final Map<String, ServiceProcess> services;
    /** Starts Keycloak again on its port with the data it has (the resilience suite stops it). */
    private final java.util.function.Supplier<KeycloakServer> keycloakAgain;

    private Platform(PostgresServer postgres, KeycloakServer keycloak, Map<String, ServiceProcess> services,
            java.util.function.Supplier<KeycloakServer> keycloakAgain) {
        this.postgres = postgres;
        this.keycloak = keycloak;
        this.services = new java.util.concurrent.ConcurrentHashMap<>(services);
        this.order = List.copyOf(services.keySet());
        this.keycloakAgain = keycloakAgain;
    }

    private final List<String> order;
    private boolean secondCell;

    public static Platform start(PlatformSettings settings) {
        long started = System.nanoTime();
        Path work = settings.workDirectory().toAbsolutePath();
        PostgresServer postgres = PostgresServer.start(work.resolve("postgres"), settings.ports().postgres());
        List<AutoCloseable> running = new ArrayList<>(List.of(postgres));
        try {
            postgres.createDatabaseIfMissing(REGISTRY_DATABASE);
            postgres.createDatabaseIfMissing(CASES_DATABASE);
            postgres.createDatabaseIfMissing(REPORTING_DATABASE);
            boolean secondCell = Boolean.getBoolean(SECOND_CELL_PROPERTY);
            if (secondCell) {
                postgres.createDatabaseIfMissing(SECOND_CELL_DATABASE);
            }

            int keycloakPort = settings.ports().keycloak() > 0 ? settings.ports().keycloak() : Processes.freePort();
            // Keycloak starts in the background; the services boot meanwhile (they fetch keys lazily).
            CompletableFuture<KeycloakServer> keycloakStart = CompletableFuture.supplyAsync(() -> {
                Path home = KeycloakDistribution.unpack(settings.keycloakZip(), work.resolve("keycloak"));
                return KeycloakServer.start(home, settings.realmDirectory(), keycloakPort, !settings.keepData(),
                        work.resolve("logs/keycloak.log"));
            });
            ServiceWiring wiring = new ServiceWiring(settings, postgres, keycloakPort, secondCell);
            Map<String, ServiceProcess> services = new LinkedHashMap<>();
            for (ServiceWiring.Service service : wiring.services()) {
                ServiceProcess process = ServiceProcess.start(service.name(), settings.jar(service.name()),
                        service.port(), service.properties(), work.resolve("logs/" + service.name() + ".log"));
                services.put(service.name(), process);
                running.add(process);
            }
            KeycloakServer keycloak;
            try {
                keycloak = keycloakStart.join();
            } catch (RuntimeException e) {
                throw new IllegalStateException("Keycloak did not start", e.getCause() != null ? e.getCause() : e);
            }
            running.add(keycloak);
            services.values().parallelStream().forEach(service -> service.awaitHealthy(SERVICE_START_TIMEOUT));
            log.info("Kentra platform ready in {} s", (System.nanoTime() - started) / 1_000_000_000.0);
            Path keycloakHome = work.resolve("keycloak");
            Platform platform = new Platform(postgres, keycloak, services, () -> KeycloakServer.start(
                    KeycloakDistribution.unpack(settings.keycloakZip(), keycloakHome), settings.realmDirectory(),
                    keycloakPort, false, work.resolve("logs/keycloak.log")));
            platform.secondCell = secondCell;
            return platform;
        } catch (RuntimeException e) {
            for (int i = running.size() - 1; i >= 0; i--) {
                closeQuietly(running.get(i));
            }
            throw e;
        }
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    /** Stops Keycloak (the resilience suite); {@link #startKeycloak()} brings it back with its data. */
    public void stopKeycloak() {
        keycloak.close();
    }

    public void startKeycloak() {
        keycloak = keycloakAgain.get();
    }

    /** Stops a service gracefully (SIGTERM, as a rolling restart does); {@link #startAgain(String)} restarts it. */
    public void stop(String name) {
        service(name).close();
    }

    /** Kills a service at once (SIGKILL: a crash); {@link #startAgain(String)} restarts it. */
    public void kill(String name) {
        service(name).kill();
    }

    /** Starts a stopped or killed service again with the same settings and waits until it is healthy. */
    public ServiceProcess startAgain(String name) {
        ServiceProcess again = service(name).startedAgain();
        services.put(name, again);
        again.awaitHealthy(SERVICE_START_TIMEOUT);
        return again;
    }

    public ServiceProcess service(String name) {
        ServiceProcess service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException("No service " + name);
        }
        return service;
    }

    /**
     * Waits until tenant-service reports the centres' schemas as made (it provisions them in the background,
     * once case-service and Keycloak are up), asking as the demo platform administrator through the gateway.
     */
    public void awaitCentresReady(List<String> centres, String adminUser, String adminPassword, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> waiting = new ArrayList<>(centres);
        String token = keycloak.passwordGrant(adminUser, adminPassword);
        while (!waiting.isEmpty()) {
            waiting.removeIf(centre -> READY.matcher(fetch(http, gatewayUrl() + "/admin/api/tenants/" + centre, token))
                    .find());
            if (waiting.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Schemas of " + waiting + " not ready within " + timeout.toSeconds()
                        + " s; see the tenant-service and case-service logs");
            }
            Processes.pause(Duration.ofMillis(300));
        }
    }

    private static String fetch(HttpClient http, String url, String token) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token).GET().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** Whether case-service has the second cell ({@link #SECOND_CELL_PROPERTY}). */
    public boolean hasSecondCell() {
        return secondCell;
    }

    /**
     * Places a centre on a database cell through the admin API, as a platform administrator would (case-service moves
     * its data; the answer comes once the centre works there). Returns the API's answer: status and body.
     */
    public HttpResponse<String> place(String centre, String cell, String adminToken) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            return http.send(HttpRequest.newBuilder(URI.create(gatewayUrl() + "/admin/api/tenants/" + centre
                            + "/placement")).timeout(Duration.ofMinutes(5))
                    .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"cell\":\"" + cell + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Placing " + centre + " on " + cell + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    public String gatewayUrl() {
        return service(ServiceWiring.GATEWAY).baseUrl();
    }

    @Override
    public void close() {
        List<ServiceProcess> reversed = new ArrayList<>(order.stream().map(services::get).toList());
        java.util.Collections.reverse(reversed);
        reversed.parallelStream().forEach(Platform::closeQuietly);
        closeQuietly(keycloak);
        closeQuietly(postgres);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            log.warn("Could not stop {}: {}", closeable, e.toString());
        }
    }
}
