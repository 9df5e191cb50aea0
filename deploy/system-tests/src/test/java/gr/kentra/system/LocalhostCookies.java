package gr.kentra.system;

import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A browser's cookie jar for one host, as browsers treat {@code http://localhost}: a secure context, so
 * Keycloak's {@code Secure; SameSite=None} cookies are sent back over plain HTTP (Java's CookieManager
 * would drop them). Cookies are kept by name; names of Keycloak and the gateway do not collide.
 */
final class LocalhostCookies extends CookieHandler {

    private final Map<String, String> cookies = new ConcurrentHashMap<>();

    /** The current value of a cookie, or null. */
    String value(String name) {
        return cookies.get(name);
    }

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        if (cookies.isEmpty()) {
            return Map.of();
        }
        String header = cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
        return Map.of("Cookie", List.of(header));
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) {
        responseHeaders.forEach((name, values) -> {
            if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                for (String value : values) {
                    for (HttpCookie cookie : HttpCookie.parse(value)) {
                        if (cookie.hasExpired() || cookie.getValue().isEmpty()) {
                            cookies.remove(cookie.getName());
                        } else {
                            cookies.put(cookie.getName(), cookie.getValue());
                        }
                    }
                }
            }
        });
    }
}
