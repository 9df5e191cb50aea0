package gr.kentra.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/** Small process and port helpers shared by the runners. */
final class Processes {

    private Processes() {
    }

    /** Ports below Linux's default ephemeral range (32768–60999) and the IANA one (49152–65535). */
    private static final int LOWEST = 10_000;
    private static final int HIGHEST = 32_767;
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    /**
     * Handed out by this JVM: a port is promised until its server binds it, so it is not promised twice. Two JVMs
     * picking at the same moment could still meet on one (a one-in-twenty-thousand chance per pick, and the builds
     * here run their JVMs one at a time).
     */
    private static final Set<Integer> PROMISED = ConcurrentHashMap.newKeySet();

    /**
     * A port nothing listens on, outside the kernel's ephemeral range. A port from that range (what binding port 0
     * gives) is free only until the next outgoing connection takes it as its local port; Keycloak binds its port
     * 20 s after it was picked, and a clean-clone CI run lost it that way ("Port already bound").
     */
    static int freePort() {
        return freePort(ephemeralRange(EPHEMERAL_RANGE));
    }

    static int freePort(int[] ephemeral) {
        int highest = Math.min(HIGHEST, ephemeral[0] - 1);
        if (highest - LOWEST < 1_000) {
            // The kernel hands out (nearly) every port: no range is safe from it, so let it pick one.
            return boundByKernel();
        }
        return firstFree(LOWEST, highest);
    }

    /** A free port between {@code lowest} and {@code highest} from a random start, else one the kernel picks. */
    static int firstFree(int lowest, int highest) {
        int span = highest - lowest + 1;
        int start = ThreadLocalRandom.current().nextInt(span);
        for (int i = 0; i < span; i++) {
            int port = lowest + (start + i) % span;
            if (!PROMISED.contains(port) && bindable(port) && PROMISED.add(port)) {
                return port;
            }
        }
        return boundByKernel();
    }

    static boolean promised(int port) {
        return PROMISED.contains(port);
    }

    /** The kernel's ephemeral range from {@code file} ("low high"), or the IANA range where it cannot be read. */
    static int[] ephemeralRange(Path file) {
        try {
            // Read as lines: Files.readString and readAllBytes return only the first byte of this /proc/sys file.
            String[] bounds = Files.readAllLines(file, StandardCharsets.US_ASCII).getFirst().trim().split("\\s+");
            return new int[] {Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1])};
        } catch (IOException | RuntimeException e) {
            return new int[] {49_152, 65_535};
        }
    }

    /** Free for a server on every address: no listener on any, and (without address reuse) no closing connection. */
    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int boundByKernel() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port", e);
        }
    }

    /** Stops the process and its descendants: politely first, forcibly after {@code grace}. */
    static void stop(Process process, Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                children.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log at " + file + ")";
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
