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

import gr.kentra.launcher.Platform;
import org.junit.jupiter.api.Test;

/**
 * A person in a browser: the gateway sends her to Keycloak's login pages (confidential client
 * {@code kentra-gateway}), she signs in, and her session's token is relayed to case-service.
 */
class BrowserLoginSystemIT {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new LocalhostCookies())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Test
    void aSocialWorkerLogsInThroughTheGatewayAndReachesHerCentre() throws Exception {
        Platform platform = SystemUnderTest.platform();
        String gateway = platform.gatewayUrl();
        String page = gateway + "/t/moschato-tavros/api/beneficiaries";

        HttpResponse<String> response = get(gateway + "/oauth2/authorization/keycloak");
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(platform.keycloak().issuerUri() + "/protocol/openid-connect/auth")
                .contains("client_id=kentra-gateway");

        response = follow(location);
        // Keycloak's login is identifier-first when organizations are on: username, then password.
        for (int step = 0; step < 4 && response.statusCode() == 200; step++) {
            String action = formAction(response.body());
            Map<String, String> form = new LinkedHashMap<>();
            form.put("username", "moschato-tavros-social");
            form.put("password", "demo");
            response = follow(post(action, form));
        }
        assertThat(response.statusCode()).as("back at the gateway after login").isIn(200, 404);
        assertThat(response.uri().toString()).startsWith(gateway);

        HttpResponse<String> list = get(page);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(list.body()).contains("\"items\"");

        HttpResponse<String> foreign = get(gateway + "/t/elefsina/api/beneficiaries");
        assertThat(foreign.statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 10 && current.statusCode() / 100 == 3; hops++) {
            String location = current.headers().firstValue("Location").orElseThrow();
            current = get(current.uri().resolve(location).toString());
        }
        return current;
    }

    private HttpResponse<String> follow(String url) throws IOException, InterruptedException {
        return follow(get(url));
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html,application/json")
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String formAction(String html) {
        Matcher matcher = FORM_ACTION.matcher(html);
        assertThat(matcher.find()).as("a login form in:\n" + html).isTrue();
        return matcher.group(1).replace("&amp;", "&");
    }
}
