package gr.kentra.tenants.lifecycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server in the test JVM standing in for case-service's {@code /internal/tenants} archive API, Keycloak's
 * token endpoint and the Organization part of its admin API. Records every request as "METHOD path Bearer token";
 * case-service's and Keycloak's answers can be switched to a failure status.
 */
final class ArchiveStandIn implements AutoCloseable {

    static final String TOKEN_PATH = gr.kentra.tenants.StandIns.TOKEN_PATH;
    private static final String ADMIN = "/admin/realms/kentra";

    final List<String> caseService = new CopyOnWriteArrayList<>();
    final List<String> keycloak = new CopyOnWriteArrayList<>();
    volatile int exportStatus = 200;
    volatile int deleteStatus = 204;
    volatile int keycloakStatus = 200;
    private final HttpServer server;

    ArchiveStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(TOKEN_PATH, exchange -> respond(exchange, 200,
                "{\"access_token\":\"service-token\",\"token_type\":\"Bearer\",\"expires_in\":300}"));
        server.createContext("/internal/tenants/", this::caseService);
        server.createContext(ADMIN + "/organizations", this::keycloak);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void reset() {
        caseService.clear();
        keycloak.clear();
        exportStatus = 200;
        deleteStatus = 204;
        keycloakStatus = 200;
    }

    static String fileOf(String tenant) {
        return tenant + "_20260110T090000000Z.zip";
    }

    static String sha256Of(String tenant) {
        return ("%064x").formatted(Math.abs((long) tenant.hashCode()));
    }

    private void caseService(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        caseService.add(line(exchange, path));
        String tenant = path.substring("/internal/tenants/".length()).replace("/archive", "");
        if (exchange.getRequestMethod().equals("POST") && path.endsWith("/archive")) {
            respond(exchange, exportStatus, exportStatus != 200 ? "{\"status\":" + exportStatus + "}" : """
                    {"tenant":"%s","schema":"t_x","file":"%s","size":2048,"sha256":"%s","totalRows":42,"tables":[]}"""
                    .formatted(tenant, fileOf(tenant), sha256Of(tenant)));
        } else if (exchange.getRequestMethod().equals("DELETE")) {
            respond(exchange, deleteStatus, deleteStatus == 204 ? "" : "{\"status\":" + deleteStatus + "}");
        } else {
            respond(exchange, 405, "");
        }
    }

    /** Every tenant has one Organization, id {@code org-<tenant>}, found by its domain. */
    private void keycloak(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring(ADMIN.length());
        keycloak.add(line(exchange, path));
        if (keycloakStatus != 200) {
            respond(exchange, keycloakStatus, "{\"error\":\"unavailable\"}");
        } else if (exchange.getRequestMethod().equals("GET")) {
            String query = exchange.getRequestURI().getQuery();
            String search = query.replaceAll("^.*search=([^&]*).*$", "$1");
            String alias = search.replace(".kentra.local", "");
            respond(exchange, 200, search.endsWith(".kentra.local")
                    ? "[{\"id\":\"org-%s\",\"alias\":\"%s\",\"name\":\"Κέντρο\"}]".formatted(alias, alias) : "[]");
        } else if (exchange.getRequestMethod().equals("DELETE")) {
            respond(exchange, 204, "");
        } else {
            respond(exchange, 405, "");
        }
    }

    private static String line(HttpExchange exchange, String path) {
        return exchange.getRequestMethod() + " " + path + " " + exchange.getRequestHeaders().getFirst("Authorization");
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        exchange.getRequestBody().readAllBytes();
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
