package gr.kentra.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * tenant-service's {@code /internal/centres/status} and {@code /internal/centres/names} in the test JVM: answers
 * what it is told, or fails.
 */
final class CentreStatuses {

    private static final String ALL_ACTIVE = "{\"unavailable\":{}}";

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile String body = ALL_ACTIVE;
    private volatile int status = 200;
    private volatile String lastAuthorization;
    private volatile String names = "{}";
    private volatile int namesStatus = 200;

    CentreStatuses() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/internal/centres/status", exchange -> {
            requests.incrementAndGet();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            lastAuthorization = authorization;
            // Like tenant-service: no answer without a bearer token.
            boolean bearer = authorization != null && authorization.startsWith("Bearer ");
            byte[] bytes = (bearer ? body : "{\"title\":\"unauthorized\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(bearer ? status : 401, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.createContext("/internal/centres/names", exchange -> {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            boolean bearer = authorization != null && authorization.startsWith("Bearer ");
            byte[] bytes = (bearer && namesStatus == 200 ? "{\"names\":" + names + "}" : "{\"title\":\"refused\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(bearer ? namesStatus : 401, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/internal/centres/status";
    }

    void answer(String unavailableJson) {
        status = 200;
        body = "{\"unavailable\":" + unavailableJson + "}";
    }

    void failWith(int failure) {
        status = failure;
        body = "{\"title\":\"down\"}";
    }

    void allActive() {
        status = 200;
        body = ALL_ACTIVE;
    }

    /** The centres' names, as {@code {"slug":{"el":"…","en":"…"}}}. */
    void names(String namesJson) {
        namesStatus = 200;
        names = namesJson;
    }

    void failNamesWith(int failure) {
        namesStatus = failure;
    }

    /** The Authorization header of the latest poll, or null. */
    String lastAuthorization() {
        return lastAuthorization;
    }

    int requests() {
        return requests.get();
    }
}
