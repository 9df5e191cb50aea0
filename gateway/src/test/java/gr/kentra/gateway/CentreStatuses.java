package gr.kentra.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/** tenant-service's {@code /internal/centres/status} in the test JVM: answers what it is told, or fails. */
final class CentreStatuses {

    private static final String ALL_ACTIVE = "{\"unavailable\":{}}";

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile String body = ALL_ACTIVE;
    private volatile int status = 200;

    CentreStatuses() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/internal/centres/status", exchange -> {
            requests.incrementAndGet();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
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

    int requests() {
        return requests.get();
    }
}
