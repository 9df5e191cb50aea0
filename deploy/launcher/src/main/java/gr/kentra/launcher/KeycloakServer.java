package gr.kentra.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Keycloak ({@code keycloak-quarkus-dist}) in dev mode as a child process, with the Kentra realm
 * imported at startup by {@code --import-realm}. Dev mode keeps its H2 database under {@code home/data/h2};
 * {@code --import-realm} skips a realm that already exists, so keeping that folder keeps the data.
 */
public final class KeycloakServer implements AutoCloseable {

    static final String REALM = "kentra";
    static final String CLI_CLIENT = "kentra-cli";
    private static final Logger log = LoggerFactory.getLogger(KeycloakServer.class);
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final Process process;
    private final Path home;
    private final int port;
    private final Path logFile;
    private final HttpClient http;
    private volatile boolean closed;

    private KeycloakServer(Process process, Path home, int port, Path logFile, HttpClient http) {
        this.process = process;
        this.home = home;
        this.port = port;
        this.logFile = logFile;
        this.http = http;
    }

    /**
     * Starts Keycloak from {@code home} (an unpacked distribution) on {@code port} (0 = a free one), importing
     * {@code kentra-realm.json} and {@code kentra-users-*.json} from {@code realmDir}. With {@code freshData}
     * the previous H2 database is deleted so the realm is imported anew. Blocks until the realm answers.
     */
    public static KeycloakServer start(Path home, Path realmDir, int port, boolean freshData, Path logFile) {
        return start(home, realmDir, port, freshData, logFile, Map.of());
    }

    /** As above, with extra environment variables (Keycloak resolves {@code ${VAR}} in the realm files from them). */
    public static KeycloakServer start(Path home, Path realmDir, int port, boolean freshData, Path logFile,
            Map<String, String> environment) {
        Path kcSh = home.resolve("bin/kc.sh");
        if (!Files.isRegularFile(kcSh)) {
            throw new IllegalStateException("No Keycloak distribution at " + home + " (bin/kc.sh missing)");
        }
        int httpPort = port > 0 ? port : Processes.freePort();
        // Keycloak 26 serves health on a separate management port (default 9000): pick a free one so that
        // parallel instances and other programs on 9000 do not collide.
        int managementPort = Processes.freePort();
        try {
            Path data = home.resolve("data");
            if (freshData) {
                deleteTree(data.resolve("h2"));
                deleteTree(data.resolve("import"));
            }
            copyRealmFiles(realmDir, data.resolve("import"));
            copyThemes(realmDir.resolve("themes"), home.resolve("themes"));
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            kcSh.toFile().setExecutable(true);
            // A fixed hostname: in dev mode the issuer otherwise follows the host a token was asked at, and the
            // services (which expect http://localhost:PORT) refuse a token asked as 127.0.0.1.
            ProcessBuilder builder = new ProcessBuilder(kcSh.toAbsolutePath().toString(), "start-dev",
                    "--hostname=" + hostname(httpPort),
                    "--http-port=" + httpPort, "--http-management-port=" + managementPort,
                    "--health-enabled=true", "--import-realm")
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            Map<String, String> env = builder.environment();
            // The distribution must run on this JVM, not on whatever JAVA_HOME the shell happens to export.
            env.put("JAVA_HOME", System.getProperty("java.home"));
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            env.putAll(environment);
            log.info("Starting Keycloak on port {} (fresh data: {}), log {}", httpPort, freshData, logFile);
            long started = System.nanoTime();
            Process process = builder.start();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            KeycloakServer server = new KeycloakServer(process, home, httpPort, logFile, http);
            try {
                server.awaitRealm();
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            log.info("Keycloak ready on {} after {} s", server.baseUrl(), (System.nanoTime() - started) / 1_000_000_000);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak from " + home, e);
        }
    }

    /** The one public address of this Keycloak, whatever loopback name a client uses: the tokens' issuer. */
    static String hostname(int port) {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    /** The distribution this Keycloak runs from, built for dev mode once it has started. */
    public Path home() {
        return home;
    }

    public String baseUrl() {
        return hostname(port);
    }

    public String issuerUri() {
        return baseUrl() + "/realms/" + REALM;
    }

    public String tokenEndpoint() {
        return issuerUri() + "/protocol/openid-connect/token";
    }

    public String jwksUri() {
        return issuerUri() + "/protocol/openid-connect/certs";
    }

    /** Password grant with the public client {@code kentra-cli}; returns the raw access token. */
    public String passwordGrant(String username, String password) {
        return token(tokenEndpoint(), Map.of("grant_type", "password", "client_id", CLI_CLIENT,
                "username", username, "password", password));
    }

    /** An admin REST API token of the bootstrap admin (master realm, {@code admin-cli}). */
    public String adminToken() {
        return token(baseUrl() + "/realms/master/protocol/openid-connect/token", Map.of("grant_type", "password",
                "client_id", "admin-cli", "username", "admin", "password", "admin"));
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        Processes.stop(process, STOP_GRACE);
    }

    private String token(String endpoint, Map<String, String> form) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formEncode(form)))
                .build();
        HttpResponse<String> response = send(request);
        String token = response.statusCode() == 200 ? accessToken(response.body()) : null;
        if (token == null) {
            throw new IllegalStateException("Token request to " + endpoint + " failed: HTTP "
                    + response.statusCode() + " " + response.body());
        }
        return token;
    }

    /** Polls the realm's discovery document: it answers only once the import has finished. */
    private void awaitRealm() {
        URI discovery = URI.create(issuerUri() + "/.well-known/openid-configuration");
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue()
                        + "; last log lines (" + logFile + "):\n" + Processes.tail(logFile, 40));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Keycloak did not serve realm " + REALM + " within "
                        + STARTUP_TIMEOUT.toSeconds() + " s; last log lines (" + logFile + "):\n"
                        + Processes.tail(logFile, 40));
            }
            if (answers200(discovery)) {
                return;
            }
            Processes.pause(Duration.ofMillis(500));
        }
    }

    private boolean answers200(URI uri) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** The {@code access_token} of a token-endpoint JSON answer, or null. JWTs need no JSON unescaping. */
    static String accessToken(String json) {
        Matcher matcher = ACCESS_TOKEN.matcher(json);
        return matcher.find() ? matcher.group(1) : null;
    }

    static String formEncode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /**
     * The realm's own themes ({@code deploy/keycloak/themes/kentra}: the login pages in the platform's look) into the
     * distribution's {@code themes/}, where Keycloak finds them by name; a realm folder without themes keeps the
     * built-in ones (Keycloak falls back to them for a theme it cannot find).
     */
    static void copyThemes(Path themes, Path target) throws IOException {
        if (!Files.isDirectory(themes)) {
            return;
        }
        KeycloakDistribution.copyTree(themes, target, file -> true, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Copies the realm file and the split user files (Keycloak's directory import naming) into {@code target}. */
    static List<Path> copyRealmFiles(Path realmDir, Path target) throws IOException {
        if (!Files.isRegularFile(realmDir.resolve(REALM + "-realm.json"))) {
            throw new IllegalStateException("No " + REALM + "-realm.json in " + realmDir);
        }
        Files.createDirectories(target);
        List<Path> copied;
        try (Stream<Path> files = Files.list(realmDir)) {
            copied = files.filter(KeycloakServer::isRealmFile).sorted().toList();
        }
        for (Path file : copied) {
            Files.copy(file, target.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
        }
        return copied;
    }

    static boolean isRealmFile(Path file) {
        String name = file.getFileName().toString();
        return name.equals(REALM + "-realm.json") || name.matches(Pattern.quote(REALM) + "-users-\\d+\\.json");
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
