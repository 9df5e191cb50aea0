package gr.kentra.gateway.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A service's OpenAPI document as the outside sees it through the gateway: "Try it out" goes to the gateway
 * (the one server listed is the gateway's path prefix for that service, never the service's own address)
 * and the internal API ({@code /internal/**}, actuator) is not listed at all.
 */
final class ApiDocs {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String serverUrl;
    private final String description;
    private final String tenantExample;

    private ApiDocs(String serverUrl, String description, String tenantExample) {
        this.serverUrl = serverUrl;
        this.description = description;
        this.tenantExample = tenantExample;
    }

    /** case-service's {@code /api/…} is {@code /t/{tenant}/api/…} at the gateway: the centre is a server variable. */
    static ApiDocs underTenant() {
        return new ApiDocs("/t/{tenant}", "Kentra gateway, one centre", "moschato-tavros");
    }

    /** tenant-service and reporting-service keep their paths at the gateway. */
    static ApiDocs unchanged() {
        return new ApiDocs("/", "Kentra gateway", null);
    }

    /** The document rewritten; anything that is not a JSON object is passed through untouched. */
    String rewrite(String document) {
        JsonNode parsed;
        try {
            parsed = JSON.readTree(document);
        } catch (JacksonException notJson) {
            return document;
        }
        if (!(parsed instanceof ObjectNode root)) {
            return document;
        }
        ArrayNode servers = root.putArray("servers");
        ObjectNode server = servers.addObject().put("url", serverUrl).put("description", description);
        if (tenantExample != null) {
            server.putObject("variables").putObject("tenant").put("default", tenantExample)
                    .put("description", "The centre's id (municipality slug)");
        }
        if (root.get("paths") instanceof ObjectNode paths) {
            List<String> hidden = new ArrayList<>();
            for (String path : paths.propertyNames()) {
                if (isInternal(path)) {
                    hidden.add(path);
                }
            }
            paths.remove(hidden);
        }
        return JSON.writeValueAsString(root);
    }

    private static boolean isInternal(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.startsWith("/internal") || lower.startsWith("/actuator") || lower.contains("/internal/");
    }
}
