package gr.kentra.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A tiny JSON-over-HTTP client for the system tests. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    static final JsonMapper JSON = JsonMapper.builder().build();

    record Response(int status, String body, HttpResponse<String> raw) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private Http() {
    }

    static Response get(String url, String token, Map<String, String> headers) {
        return send(request(url, token, headers).GET().build());
    }

    static Response get(String url, String token) {
        return get(url, token, Map.of());
    }

    static Response post(String url, String token, String body) {
        return send(request(url, token, Map.of("Content-Type", "application/json"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static Response put(String url, String token, String body) {
        return send(request(url, token, Map.of("Content-Type", "application/json"))
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static Response delete(String url, String token, String body) {
        return send(request(url, token, Map.of("Content-Type", "application/json"))
                .method("DELETE", HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static Response post(String url, String token, String body, Map<String, String> headers) {
        var all = new java.util.HashMap<>(headers);
        all.put("Content-Type", "application/json");
        return send(request(url, token, all).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static HttpRequest.Builder request(String url, String token, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        headers.forEach(builder::header);
        return builder;
    }

    private static Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
