package gr.kentra.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One Kentra service running as its own JVM from its executable jar, as in production. */
public final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final int port;
    private final Process process;
    private final Path logFile;
    private final List<String> command;

    private ServiceProcess(String name, int port, Process process, Path logFile, List<String> command) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.logFile = logFile;
        this.command = List.copyOf(command);
    }

    /** The local stack's JVM flags: they favour start-up time on small machines (see BENCHMARKS.md). */
    static final List<String> DEFAULT_JVM_OPTIONS =
            List.of("-Xms64m", "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /**
     * System property (or environment variable {@code KENTRA_JVM_OPTIONS}) that replaces
     * {@link #DEFAULT_JVM_OPTIONS} for every service, split at spaces; {@code {service}} becomes the service's
     * name. The benchmarks use it to run the services with production's JVM settings.
     */
    public static final String JVM_OPTIONS_PROPERTY = "kentra.launcher.jvm-options";

    /**
     * {@link #JVM_OPTIONS_PROPERTY} followed by {@code .<service>} (e.g. {@code kentra.launcher.jvm-options.gateway}):
     * that service's JVM flags, ahead of the ones for every service; production's settings differ by service (each
     * container's memory limit decides its heap and, through the JVM's ergonomics, its garbage collector).
     */
    public static String jvmOptionsProperty(String service) {
        return JVM_OPTIONS_PROPERTY + "." + service;
    }

    /**
     * Starts {@code java -jar jar --server.port=port --k=v ...}, with {@link #jvmOptions(String)}; the services
     * are stateless, so nothing else is needed.
     */
    public static ServiceProcess start(String name, Path jar, int port, Map<String, String> properties, Path logFile) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No executable jar for " + name + " at " + jar
                    + " (build it first: ./mvnw -DskipTests package)");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions(name));
        command.addAll(List.of("-Dfile.encoding=UTF-8", "-jar", jar.toString(), "--server.port=" + port));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        return launch(name, port, command, logFile, ProcessBuilder.Redirect.to(logFile.toFile()));
    }

    private static ServiceProcess launch(String name, int port, List<String> command, Path logFile,
            ProcessBuilder.Redirect output) {
        try {
            Files.createDirectories(logFile.getParent());
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output)
                    .start();
            return new ServiceProcess(name, port, process, logFile, command);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    /**
     * The same service started again with the same command, port and properties, its output appended to the same
     * log (the resilience suite restarts services it stopped or killed). This one must have ended.
     */
    public ServiceProcess startedAgain() {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        return launch(name, port, command, logFile, ProcessBuilder.Redirect.appendTo(logFile.toFile()));
    }

    /** Kills the JVM at once (SIGKILL): no shutdown hooks, no graceful drain, as a crash or an OOM kill would. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while killing " + name, e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    static List<String> jvmOptions(String service) {
        String configured = System.getProperty(jvmOptionsProperty(service),
                System.getProperty(JVM_OPTIONS_PROPERTY, System.getenv("KENTRA_JVM_OPTIONS")));
        if (configured == null || configured.isBlank()) {
            return DEFAULT_JVM_OPTIONS;
        }
        return java.util.Arrays.stream(configured.strip().split("\\s+"))
                .map(option -> option.replace("{service}", service)).toList();
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The service JVM's process id (for {@code jcmd}: the benchmarks' profiles). */
    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return logFile;
    }

    /** Polls {@code /actuator/health} until it answers 200, the process dies or the time is up. */
    public void awaitHealthy(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "\n" + tail());
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
            Processes.pause(Duration.ofMillis(250));
        }
        throw new IllegalStateException(name + " not healthy after " + timeout + "\n" + tail());
    }

    String tail() {
        return Processes.tail(logFile, 60);
    }

    @Override
    public void close() {
        Processes.stop(process, Duration.ofSeconds(20));
    }
}
