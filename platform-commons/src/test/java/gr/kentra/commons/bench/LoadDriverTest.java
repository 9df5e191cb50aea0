package gr.kentra.commons.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The load driver and its connection against the JDK's own HTTP server: every framing, errors, a closed connection. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LoadDriverTest {

    private HttpServer server;
    private String base;
    private final ConcurrentLinkedQueue<String> received = new ConcurrentLinkedQueue<>();

    @BeforeEach
    void server() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.createContext("/fixed", exchange -> answer(exchange, 200, "ένα σώμα με μήκος".repeat(100), false));
        server.createContext("/chunked", exchange -> answer(exchange, 200, "κομμάτια".repeat(3000), true));
        server.createContext("/empty", exchange -> {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/missing", exchange -> answer(exchange, 404, "{\"title\":\"not here\"}", false));
        server.createContext("/echo", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization") + " " + body);
            answer(exchange, 201, body, false);
        });
        server.createContext("/closing", exchange -> {
            exchange.getResponseHeaders().add("Connection", "close");
            answer(exchange, 200, "bye", false);
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange, int status, String body, boolean chunked) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, chunked ? 0 : bytes.length);
        try (var out = exchange.getResponseBody()) {
            if (chunked) {
                for (int i = 0; i < bytes.length; i += 1000) {
                    out.write(bytes, i, Math.min(1000, bytes.length - i));
                    out.flush();
                }
            } else {
                out.write(bytes);
            }
        }
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET().build();
    }

    @Test
    void readsAnswersOfEveryFramingOnOneKeptConnection() throws IOException {
        try (KeepAliveConnection connection = new KeepAliveConnection(Duration.ofSeconds(10))) {
            for (int round = 0; round < 3; round++) {
                assertThat(connection.send(get("/fixed")).status()).isEqualTo(200);
                assertThat(connection.send(get("/chunked")).status()).isEqualTo(200);
                assertThat(connection.send(get("/empty")).status()).isEqualTo(204);
            }
            KeepAliveConnection.Answer missing = connection.send(get("/missing"));
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.errorBody()).isEqualTo("{\"title\":\"not here\"}");
            assertThat(connection.send(get("/fixed?after=404")).status()).isEqualTo(200);
        }
    }

    @Test
    void sendsTheMethodQueryHeadersAndBodyAsGiven() throws IOException {
        HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/echo?q=%CE%B1"))
                .header("Authorization", "Bearer abc").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"firstName\":\"Ελένη\"}")).build();
        try (KeepAliveConnection connection = new KeepAliveConnection(Duration.ofSeconds(10))) {
            assertThat(connection.send(post).status()).isEqualTo(201);
        }

        assertThat(received).containsExactly("POST /echo?q=%CE%B1 Bearer abc {\"firstName\":\"Ελένη\"}");
    }

    @Test
    void opensANewConnectionAfterTheServerClosedOne() throws IOException {
        try (KeepAliveConnection connection = new KeepAliveConnection(Duration.ofSeconds(10))) {
            assertThat(connection.send(get("/closing")).status()).isEqualTo(200);
            assertThat(connection.send(get("/closing")).status()).isEqualTo(200);
            assertThat(connection.send(get("/fixed")).status()).isEqualTo(200);
        }
    }

    @Test
    void aServerThatIsGoneIsAnErrorNotAHang() throws IOException {
        int port;
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = gone.getLocalPort();
        }

        LoadDriver.Result result = LoadDriver.run("gone", 1, Duration.ofMillis(200),
                i -> HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).GET().build());

        assertThat(result.errors()).isPositive().isEqualTo(result.requests());
        assertThat(result.firstError()).contains("Connect");
    }

    @Test
    void anAnswerThatIsNotHttpIsAnErrorOfItsRequest() throws Exception {
        try (ServerSocket odd = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread answering = Thread.ofPlatform().daemon().start(() -> {
                try (var socket = odd.accept()) {
                    socket.getInputStream().read(new byte[8192]);
                    socket.getOutputStream().write("HTTP/1.1 200 OK\r\nno colon here\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
                    socket.getOutputStream().flush();
                } catch (IOException ignored) {
                    // The client has gone: nothing more to answer.
                }
            });
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + odd.getLocalPort() + "/"))
                    .GET().build();

            try (KeepAliveConnection connection = new KeepAliveConnection(Duration.ofSeconds(10))) {
                assertThatThrownBy(() -> connection.send(request)).isInstanceOf(IOException.class)
                        .hasMessageContaining("Malformed answer");
            }
            answering.join();
        }
    }

    @Test
    void countsEveryAnswerAndTimesOnlyTheSuccessfulOnes() {
        LoadDriver.Result result = LoadDriver.run("mixed", 4, Duration.ofMillis(500),
                i -> get(i % 4 == 3 ? "/missing" : i % 2 == 0 ? "/chunked" : "/fixed"));

        assertThat(result.requests()).isPositive();
        assertThat(result.errors()).isPositive().isLessThan(result.requests());
        assertThat((long) result.nanos().length).isEqualTo(result.requests() - result.errors());
        assertThat(result.firstError()).startsWith("404 ");
        assertThat(result.throughput()).isPositive();
    }
}
