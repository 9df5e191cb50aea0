package gr.kentra.cases;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * tenant-service's {@code /internal/centres/**} and a token endpoint, in this JVM, for every case-service test: the
 * statuses of centres that are not active and the schema-deletion check, as a test sets them. The system tests run
 * the real registry.
 */
public final class RegistryStandIn {

    private static final Map<String, String> statuses = new ConcurrentHashMap<>();
    private static final Map<String, String[]> names = new ConcurrentHashMap<>();
    private static final Set<String> deletable = ConcurrentHashMap.newKeySet();
    private static final List<String> authorizations = new CopyOnWriteArrayList<>();
    private static final HttpServer server = start();

    private RegistryStandIn() {
    }

    public static String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** SUSPENDED, ARCHIVED or DELETED; {@code null} makes the centre active again. */
    public static void status(String centre, String status) {
        if (status == null) {
            statuses.remove(centre);
        } else {
            statuses.put(centre, status);
        }
    }

    /** The centre's display names in Greek and English ({@code en} may be null). */
    public static void name(String centre, String el, String en) {
        names.put(centre, new String[] {el, en});
    }

    /** The registry says the centre is archived, exported and past retention. */
    public static void allowSchemaDeletion(String centre) {
        deletable.add(centre);
    }

    /** The Authorization headers of the calls received, for checking that case-service called as itself. */
    public static List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    private static HttpServer start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            http.createContext("/token", exchange -> respond(exchange, 200,
                    "{\"access_token\":\"case-service-token\",\"token_type\":\"Bearer\",\"expires_in\":300}"));
            http.createContext("/internal/centres/status", exchange -> {
                authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
                respond(exchange, 200, "{\"unavailable\":{" + statuses.entrySet().stream()
                        .map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
                        .collect(Collectors.joining(",")) + "}}");
            });
            http.createContext("/internal/centres/names", exchange -> {
                authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
                respond(exchange, 200, "{\"names\":{" + names.entrySet().stream()
                        .map(e -> "\"" + e.getKey() + "\":{\"el\":\"" + e.getValue()[0] + "\""
                                + (e.getValue()[1] == null ? "" : ",\"en\":\"" + e.getValue()[1] + "\"") + "}")
                        .collect(Collectors.joining(",")) + "}}");
            });
            http.createContext("/internal/centres/", exchange -> {
                authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
                String[] parts = exchange.getRequestURI().getPath().split("/");
                String centre = parts.length > 3 ? parts[3] : "";
                respond(exchange, 200, deletable.contains(centre) ? "{\"allowed\":true}"
                        : "{\"allowed\":false,\"reason\":\"the centre is not archived\"}");
            });
            http.start();
            return http;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
