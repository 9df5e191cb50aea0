package gr.kentra.tenants.provisioning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The part of Keycloak's admin REST API that onboarding uses, in memory, in the test JVM: a token endpoint,
 * organizations (search by domain or alias, create, members), users (find, create) and realm role mappings.
 * Records every request as "METHOD path Bearer token" and can fail one path prefix with a status. Like Keycloak, it
 * refuses an Organization whose name or alias another has (409), and can play the race Keycloak loses with a 500:
 * the Organization is made by "someone else" while this request fails.
 */
final class FakeKeycloak implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN = "/admin/realms/kentra";
    private static final Pattern MEMBERS = Pattern.compile(ADMIN + "/organizations/([^/]+)/members");
    private static final Pattern ROLES = Pattern.compile(ADMIN + "/users/([^/]+)/role-mappings/realm(/available)?");

    final List<String> requests = new CopyOnWriteArrayList<>();
    final Map<String, JsonNode> organizations = new ConcurrentHashMap<>();
    final Map<String, JsonNode> users = new ConcurrentHashMap<>();
    final Map<String, Set<String>> members = new ConcurrentHashMap<>();
    final Map<String, Set<String>> roles = new ConcurrentHashMap<>();
    private volatile String failingPrefix;
    private volatile int failingStatus;
    private volatile boolean raceNextOrganization;
    private final HttpServer server;

    FakeKeycloak() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    String tokenUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/kentra/protocol/openid-connect/token";
    }

    /** The next Organization creation is won by a concurrent one: stored, and this request answered 500. */
    void raceNextOrganization() {
        raceNextOrganization = true;
    }

    void fail(String pathPrefix, int status) {
        failingPrefix = pathPrefix == null ? null : ADMIN + pathPrefix;
        failingStatus = status;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (path.endsWith("/token")) {
            requests.add("POST token " + (body.contains("grant_type=client_credentials") ? "client_credentials" : body));
            respond(exchange, 200, "{\"access_token\":\"admin-token\",\"token_type\":\"Bearer\",\"expires_in\":300}");
            return;
        }
        requests.add(method + " " + path.substring(ADMIN.length()) + " "
                + exchange.getRequestHeaders().getFirst("Authorization"));
        if (failingPrefix != null && path.startsWith(failingPrefix)) {
            respond(exchange, failingStatus, "{\"error\":\"unavailable\"}");
            return;
        }
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        Matcher membersPath = MEMBERS.matcher(path);
        Matcher rolesPath = ROLES.matcher(path);
        if (path.equals(ADMIN + "/organizations") && method.equals("GET")) {
            String search = query.getOrDefault("search", "");
            respond(exchange, 200, JSON.writeValueAsString(organizations.values().stream()
                    .filter(o -> o.toString().contains(search)).toList()));
        } else if (path.equals(ADMIN + "/organizations")) {
            JsonNode organization = JSON.readTree(body);
            boolean taken = organizations.values().stream().anyMatch(o -> same(o, organization, "alias")
                    || same(o, organization, "name"));
            if (!taken && raceNextOrganization) {
                raceNextOrganization = false;
                String id = UUID.randomUUID().toString();
                organizations.put(id, merge(id, organization));
                respond(exchange, 500, "{\"error\":\"unknown_error\"}");
                return;
            }
            created(exchange, taken, organizations, organization, "/organizations/");
        } else if (membersPath.matches()) {
            boolean added = members.computeIfAbsent(membersPath.group(1), k -> ConcurrentHashMap.newKeySet()).add(body);
            respond(exchange, added ? 201 : 409, "");
        } else if (path.equals(ADMIN + "/users") && method.equals("GET")) {
            String username = query.get("username");
            respond(exchange, 200, JSON.writeValueAsString(users.values().stream()
                    .filter(u -> u.path("username").asString().equals(username)).toList()));
        } else if (path.equals(ADMIN + "/users")) {
            JsonNode user = JSON.readTree(body);
            boolean taken = users.values().stream()
                    .anyMatch(u -> u.path("username").asString().equals(user.path("username").asString()));
            created(exchange, taken, users, user, "/users/");
        } else if (rolesPath.matches()) {
            roles(exchange, method, rolesPath.group(1), rolesPath.group(2) != null, body);
        } else {
            respond(exchange, 404, "{\"error\":\"" + path + "\"}");
        }
    }

    private void roles(HttpExchange exchange, String method, String user, boolean available, String body)
            throws IOException {
        Set<String> granted = roles.computeIfAbsent(user, k -> ConcurrentHashMap.newKeySet());
        if (method.equals("POST")) {
            JSON.readTree(body).forEach(role -> granted.add(role.path("name").asString()));
            respond(exchange, 204, "");
            return;
        }
        List<Map<String, String>> listed = new ArrayList<>();
        for (String role : List.of("coordinator", "social-worker")) {
            if (granted.contains(role) != available) {
                listed.add(Map.of("id", "role-" + role, "name", role));
            }
        }
        respond(exchange, 200, JSON.writeValueAsString(listed));
    }

    private void created(HttpExchange exchange, boolean taken, Map<String, JsonNode> into, JsonNode made,
            String location) throws IOException {
        if (taken) {
            respond(exchange, 409, "{\"errorMessage\":\"exists\"}");
            return;
        }
        String id = UUID.randomUUID().toString();
        into.put(id, merge(id, made));
        exchange.getResponseHeaders().set("Location", "http://127.0.0.1" + ADMIN + location + id);
        respond(exchange, 201, "");
    }

    private static boolean same(JsonNode one, JsonNode other, String field) {
        return one.path(field).asString().equals(other.path(field).asString());
    }

    private static JsonNode merge(String id, JsonNode made) {
        ObjectNode copy = (ObjectNode) made.deepCopy();
        copy.put("id", id);
        return copy;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new ConcurrentHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return query;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
