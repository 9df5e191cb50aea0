package gr.kentra.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser against the platform: one cookie jar, redirects followed by hand (so each hop can be
 * checked), and the login through the gateway and Keycloak's pages (confidential client {@code kentra-gateway}).
 */
final class Browser {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"",
            Pattern.CASE_INSENSITIVE);

    private final LocalhostCookies cookies = new LocalhostCookies();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String gateway;

    Browser(String gateway) {
        this.gateway = gateway;
    }

    /**
     * Starts at the gateway's login, signs in on Keycloak's pages (identifier-first when organizations are on:
     * username, then password) and returns the answer once back at the gateway.
     */
    HttpResponse<String> logIn(String username, String password, String keycloakIssuer) throws Exception {
        HttpResponse<String> response = get(gateway + "/oauth2/authorization/keycloak");
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(keycloakIssuer + "/protocol/openid-connect/auth")
                .contains("client_id=kentra-gateway");
        response = follow(get(location));
        // Keycloak's pages until the answer comes from the gateway (where each person now lands on a real page).
        for (int step = 0; step < 4 && response.statusCode() == 200 && !response.uri().toString().startsWith(gateway);
                step++) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("username", username);
            form.put("password", password);
            response = follow(postForm(formAction(response.body()), form));
        }
        assertThat(response.uri().toString()).as("back at the gateway after login").startsWith(gateway);
        return response;
    }

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html,application/json")
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request as a page's script sends it: any method, optional body and headers, no redirect followed. */
    HttpResponse<String> send(String method, String url, String contentType, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    String cookie(String name) {
        return cookies.value(name);
    }

    HttpResponse<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 10 && current.statusCode() / 100 == 3; hops++) {
            String location = current.headers().firstValue("Location").orElseThrow();
            current = get(current.uri().resolve(location).toString());
        }
        return current;
    }

    private HttpResponse<String> postForm(String url, Map<String, String> form)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send("POST", url, "application/x-www-form-urlencoded", body, Map.of());
    }

    private static String formAction(String html) {
        Matcher matcher = FORM_ACTION.matcher(html);
        assertThat(matcher.find()).as("a login form in:\n" + html).isTrue();
        return matcher.group(1).replace("&amp;", "&");
    }
}
