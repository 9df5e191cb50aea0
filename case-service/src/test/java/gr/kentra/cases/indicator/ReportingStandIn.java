package gr.kentra.cases.indicator;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * reporting-service's intake ({@code /internal/facts}) and a token endpoint as an in-test HTTP endpoint that records
 * what it receives (the system tests run the real one). A test makes it answer 503 to everything, to one centre's
 * batches, or hold one centre's batches without answer until released.
 */
final class ReportingStandIn {

    /** Every call's status (or {@code stall}) and body, in arrival order. */
    final List<String> batches = new CopyOnWriteArrayList<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    final List<String> traceparents = new CopyOnWriteArrayList<>();
    /** The answer to every batch not singled out below. */
    volatile int status = 200;
    /** Centres whose batches are answered with 503 (the others go through). */
    final Set<String> failingCentres = ConcurrentHashMap.newKeySet();
    /** Centres whose batches are held without answer until released (past the read timeout). */
    final Set<String> stalledCentres = ConcurrentHashMap.newKeySet();
    private volatile CountDownLatch stallsReleased = new CountDownLatch(1);
    /** When each batch answered with 503 arrived ({@link System#nanoTime()}), by centre. */
    private final Map<String, Queue<Long>> refusedAt = new ConcurrentHashMap<>();
    /** The ids of the facts answered with 200, by centre, each as often as it came. */
    private final Map<String, Queue<String>> acknowledged = new ConcurrentHashMap<>();
    private final HttpServer server;

    private ReportingStandIn(HttpServer server) {
        this.server = server;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** An address where nothing listens, as a reporting-service out of reach: a connection to it is refused. */
    static String closedAddress() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    void stop() {
        server.stop(0);
    }

    /** Answers everything with 200 again, and forgets which facts it acknowledged. */
    void reset() {
        status = 200;
        acknowledged.clear();
        refusedAt.clear();
        failingCentres.clear();
        releaseStalls();
        stallsReleased = new CountDownLatch(1);
    }

    void releaseStalls() {
        stalledCentres.clear();
        stallsReleased.countDown();
    }

    /** Facts of one centre in the batches that were acknowledged with 200, as JSON. */
    List<String> received(String tenant) {
        return batches.stream().filter(b -> b.startsWith("200 "))
                .flatMap(b -> JsonPath.<List<Object>>read(b.substring(4), "$.facts").stream())
                .map(f -> net.minidev.json.JSONValue.toJSONString(f))
                .filter(f -> f.contains("\"tenant\":\"" + tenant + "\""))
                .toList();
    }

    /** The ids of the centre's facts acknowledged with 200, a fact sent twice twice. */
    List<String> acknowledgedIds(String tenant) {
        return List.copyOf(acknowledged.getOrDefault(tenant, new ConcurrentLinkedQueue<>()));
    }

    int acknowledgedCount(String tenant) {
        Queue<String> ids = acknowledged.get(tenant);
        return ids == null ? 0 : ids.size();
    }

    /** Facts of every centre acknowledged with 200 since the last reset. */
    long acknowledgedTotal() {
        return acknowledged.values().stream().mapToLong(Queue::size).sum();
    }

    /** Batches of the centre answered with 503. */
    long failures(String tenant) {
        return batches.stream().filter(b -> b.startsWith("503 ") && b.contains("\"tenant\":\"" + tenant + "\""))
                .count();
    }

    /** When the centre's batches answered with 503 arrived, in {@link System#nanoTime()}'s nanoseconds, in order. */
    List<Long> refusalTimes(String tenant) {
        return List.copyOf(refusedAt.getOrDefault(tenant, new ConcurrentLinkedQueue<>()));
    }

    /** Batches of the centre held without answer. */
    long stalls(String tenant) {
        return batches.stream().filter(b -> b.startsWith("stall ") && b.contains("\"tenant\":\"" + tenant + "\""))
                .count();
    }

    static ReportingStandIn start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            ReportingStandIn intake = new ReportingStandIn(http);
            http.createContext("/token", exchange -> respond(exchange, 200,
                    "{\"access_token\":\"relay-token\",\"token_type\":\"Bearer\",\"expires_in\":300}"));
            http.createContext("/internal/facts", intake::receive);
            // Each call on its own thread, so a held call holds only its own centre.
            http.setExecutor(Executors.newCachedThreadPool());
            http.start();
            return intake;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void receive(HttpExchange exchange) throws IOException {
        int answer = status;
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
        traceparents.add(String.valueOf(exchange.getRequestHeaders().getFirst("traceparent")));
        List<Map<String, Object>> facts = JsonPath.read(body, "$.facts");
        if (facts.stream().anyMatch(fact -> stalledCentres.contains(String.valueOf(fact.get("tenant"))))) {
            // A hung reporting for this centre: no answer until released, long after the read timeout.
            batches.add("stall " + body);
            try {
                stallsReleased.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        if (facts.stream().anyMatch(fact -> failingCentres.contains(String.valueOf(fact.get("tenant"))))) {
            answer = 503;
            long now = System.nanoTime();
            facts.stream().map(fact -> String.valueOf(fact.get("tenant"))).distinct().forEach(centre -> refusedAt
                    .computeIfAbsent(centre, c -> new ConcurrentLinkedQueue<>()).add(now));
        }
        batches.add(answer + " " + body);
        if (answer == 200) {
            facts.forEach(fact -> acknowledged.computeIfAbsent(String.valueOf(fact.get("tenant")),
                    centre -> new ConcurrentLinkedQueue<>()).add(String.valueOf(fact.get("id"))));
        }
        respond(exchange, answer, answer == 200 ? receipt(facts) : "{}");
    }

    /** Like reporting-service: a month outside 20xx is refused, fact by fact; the rest is received. */
    private static String receipt(List<Map<String, Object>> facts) {
        List<String> refused = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            if (!String.valueOf(facts.get(i).get("month")).matches("20[0-9]{2}-[0-9]{2}")) {
                refused.add(("{\"index\":%d,\"id\":\"%s\",\"errors\":[{\"field\":\"facts[%d].month\","
                        + "\"code\":\"field.format\",\"message\":\"does not have a valid format\"}]}")
                        .formatted(i, facts.get(i).get("id"), i));
            }
        }
        return "{\"received\":%d,\"duplicates\":0,\"refused\":[%s]}".formatted(facts.size() - refused.size(),
                String.join(",", refused));
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
