package gr.kentra.system;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The tenant-scoped operations of a service, read from its OpenAPI document, so that the adversarial suite covers
 * an endpoint as soon as it exists. Also makes a minimal valid-looking body for an operation from its schema.
 */
final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    /** One operation: {@code path} is the service's own ({@code /api/...}), as the gateway relays it. */
    record Operation(String method, String path, JsonNode spec) {

        boolean hasPathParameters() {
            return path.contains("{");
        }

        boolean hasBody() {
            return !spec.path("requestBody").isMissingNode();
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }

        /** The path with each parameter filled in by {@code value(parameterName, pathBeforeIt)}. */
        String fill(java.util.function.BiFunction<String, String, String> value) {
            Matcher matcher = PARAMETER.matcher(path);
            StringBuilder filled = new StringBuilder();
            while (matcher.find()) {
                String before = path.substring(0, matcher.start());
                matcher.appendReplacement(filled, Matcher.quoteReplacement(value.apply(matcher.group(1),
                        before.endsWith("/") ? before.substring(0, before.length() - 1) : before)));
            }
            matcher.appendTail(filled);
            return filled.toString();
        }
    }

    private final JsonNode document;

    OpenApiOperations(JsonNode document) {
        this.document = document;
    }

    /** Every operation under {@code /api/} (what a centre's {@code /t/{tenant}/api/...} reaches). */
    List<Operation> tenantScoped() {
        List<Operation> operations = new ArrayList<>();
        JsonNode paths = document.path("paths");
        for (String path : paths.propertyNames()) {
            String relative = path.startsWith("/t/{tenant}") ? path.substring("/t/{tenant}".length()) : path;
            if (!relative.startsWith("/api/")) {
                continue;
            }
            JsonNode item = paths.path(path);
            for (String method : item.propertyNames()) {
                if (METHODS.contains(method)) {
                    operations.add(new Operation(method, relative, item.path(method)));
                }
            }
        }
        return operations;
    }

    /**
     * A body for the operation built from its JSON schema: required properties only, each the simplest value of
     * its type (a date for dates, the first constant of an enumeration, {@code uuid(name)} for a UUID).
     */
    JsonNode body(Operation operation, Function<String, String> uuid, String text) {
        JsonNode schema = operation.spec().path("requestBody").path("content").path("application/json").path("schema");
        return value(schema, "body", uuid, text, 0);
    }

    private JsonNode value(JsonNode schema, String name, Function<String, String> uuid, String text, int depth) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonNode resolved = resolve(schema);
        if (depth > 4 || resolved.isMissingNode()) {
            return nodes.nullNode();
        }
        if (resolved.has("example") && !resolved.path("example").isObject()) {
            return resolved.path("example");
        }
        if (resolved.has("enum")) {
            return resolved.path("enum").get(0);
        }
        String type = resolved.path("type").asString("object");
        String format = resolved.path("format").asString("");
        switch (type) {
            case "string":
                if (format.equals("uuid")) {
                    return nodes.stringNode(uuid.apply(name));
                }
                if (format.equals("date")) {
                    return nodes.stringNode("2024-03-15");
                }
                if (format.equals("date-time")) {
                    return nodes.stringNode("2024-03-15T10:00:00Z");
                }
                return nodes.stringNode(resolved.has("pattern") ? "1" : text);
            case "integer":
            case "number":
                return nodes.numberNode(1);
            case "boolean":
                return nodes.booleanNode(false);
            case "array":
                ArrayNode array = nodes.arrayNode();
                if (resolved.path("minItems").asInt(0) > 0) {
                    array.add(value(resolved.path("items"), name, uuid, text, depth + 1));
                }
                return array;
            default:
                ObjectNode object = nodes.objectNode();
                Set<String> required = new java.util.HashSet<>();
                resolved.path("required").forEach(r -> required.add(r.asString()));
                JsonNode properties = resolved.path("properties");
                for (Iterator<Map.Entry<String, JsonNode>> it = properties.properties().iterator(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = it.next();
                    if (required.contains(property.getKey())) {
                        object.set(property.getKey(), value(property.getValue(), property.getKey(), uuid, text,
                                depth + 1));
                    }
                }
                return object;
        }
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        if (ref.startsWith("#/components/schemas/")) {
            return document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        JsonNode allOf = schema.path("allOf");
        return allOf.isArray() && !allOf.isEmpty() ? resolve(allOf.get(0)) : schema;
    }
}
