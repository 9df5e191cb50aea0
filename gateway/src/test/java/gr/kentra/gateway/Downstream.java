package gr.kentra.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;

/** A service behind the gateway, in the test JVM: answers 200 with a small JSON and records what reached it. */
final class Downstream implements AutoCloseable {

    record Received(String method, String path, String query, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

        List<String> all(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).toList();
        }
    }

    private final HttpServer server;
    private final AtomicReference<Received> last = new AtomicReference<>();
    private volatile String location;
    private volatile String answer;
    private volatile Map<String, String> extraHeaders = Map.of();
    private volatile boolean cut;

    Downstream(String name) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String received = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            last.set(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), Map.copyOf(exchange.getRequestHeaders()), received));
            if (cut) {
                // No status line at all: the connection closes under the gateway's relayed request.
                exchange.close();
                return;
            }
            String text = answer != null ? answer : "{\"service\":\"" + name + "\"}";
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            extraHeaders.forEach((header, value) -> exchange.getResponseHeaders().set(header, value));
            if (location != null) {
                exchange.getResponseHeaders().set("Location", location);
            }
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    Received last() {
        return last.get();
    }

    void reset() {
        last.set(null);
        location = null;
        answer = null;
        extraHeaders = Map.of();
        cut = false;
    }

    /** Closes the connection of every request, without an answer, until {@link #reset()}. */
    void cutConnections() {
        cut = true;
    }

    void answerWith(String body, Map<String, String> headers) {
        answer = body;
        extraHeaders = Map.copyOf(headers);
    }

    void answerWithLocation(String value) {
        location = value;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
