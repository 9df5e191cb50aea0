package gr.kentra.cases.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.UnaryOperator;

import gr.kentra.cases.CaseServiceIntegrationTest;
import gr.kentra.commons.tenant.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hostile-input suite (issue 11): every operation of the public API, read from the service's own
 * {@code /v3/api-docs}, gets requests a careless script or a hostile insider would send, one field or one parameter
 * spoilt at a time (wrong types, nulls, missing fields, huge strings, NUL, lone surrogates, invalid UTF-8, injection
 * strings, out-of-range dates and numbers, lenient ids, unknown enum values), plus whole-body spoilers (wrong
 * content types, duplicate keys, broken JSON). Each answer: no 5xx; a refusal is {@code application/problem+json},
 * stores nothing (row counts of the centre's schema before and after) and echoes none of what it refused. A new
 * endpoint is covered without anyone adding it here.
 *
 * <p>Seeded: {@code -Dhostile.seed=N} repeats a run (the seed is printed on failure); {@code -Dhostile.samples=N}
 * sets how many requests a run sends ({@code all} for every case). See RELIABILITY.md.
 */
class HostileInputTest extends CaseServiceIntegrationTest {

    private static final String CENTRE = "hostile-input";
    private static final int DEFAULT_SAMPLES = 700;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Markers replaced in the serialised body: Jackson would not write these as a client can. */
    private static final String NUL = "@@NUL@@";
    private static final String SURROGATE = "@@SURROGATE@@";
    private static final List<String> ROLES = List.of("coordinator", "social-worker", "psychologist");

    /** One request to send: what it spoils, and how. */
    record Case(String operation, String what, HttpMethod method, String path, Map<String, String> parameters,
            byte[] body, String contentType, String refusedValue) {
    }

    @Test
    void noHostileRequestBreaksTheServiceOrStoresWhatItRefused() throws Exception {
        long seed = Long.getLong("hostile.seed", System.nanoTime());
        String samples = System.getProperty("hostile.samples", String.valueOf(DEFAULT_SAMPLES));
        provision(CENTRE);
        String person = registerPerson(CENTRE, "Πηνελόπη", "Δέλτα", "1977-07-07");
        JsonNode docs = JSON.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));

        List<Case> cases = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = docs.get("paths").properties().iterator();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                cases.addAll(casesOf(docs, path.getKey(), operation.getKey(), operation.getValue(), person));
            }
        }
        assertThat(cases).hasSizeGreaterThan(500);
        Collections.shuffle(cases, new Random(seed));
        List<Case> chosen = "all".equals(samples) ? cases
                : cases.subList(0, Math.min(cases.size(), Integer.parseInt(samples)));

        System.out.printf("hostile-input: seed %d, %d of %d cases%n", seed, chosen.size(), cases.size());
        List<String> failures = new ArrayList<>();
        for (Case hostile : chosen) {
            String failure = check(hostile);
            if (failure != null) {
                failures.add(failure);
            }
        }
        assertThat(failures).as("hostile-input failures (seed %d, %d of %d cases; repeat with -Dhostile.seed=%d)",
                seed, chosen.size(), cases.size(), seed).isEmpty();
    }

    private String check(Case hostile) throws Exception {
        long before = rows();
        MockHttpServletResponse answer = null;
        for (String role : ROLES) {
            MockHttpServletRequestBuilder request = request(hostile.method(), hostile.path());
            hostile.parameters().forEach(request::param);
            if (hostile.body() != null) {
                request.header("Content-Type", hostile.contentType()).content(hostile.body());
            }
            try {
                answer = mvc.perform(in(CENTRE, role, request, null)).andReturn().getResponse();
            } catch (Exception e) {
                // An exception nothing turned into an answer: a real container would answer 500.
                return hostile.method() + " " + hostile.path() + " [" + hostile.what() + "]: unhandled "
                        + abbreviate(String.valueOf(e.getMessage()));
            }
            if (answer.getStatus() != 403) {
                break;
            }
        }
        int status = answer.getStatus();
        String body = answer.getContentAsString(StandardCharsets.UTF_8);
        String name = hostile.method() + " " + hostile.path() + " [" + hostile.what() + "]";
        if (status >= 500) {
            return name + ": " + status + " " + abbreviate(body);
        }
        if (status >= 400) {
            if (body.isEmpty() && answer.isCommitted()) {
                // sendError: a real container forwards it to /error, which answers a problem (ProblemErrorController).
                return rows() == before ? null : name + ": refused with " + status + " but rows changed";
            }
            if (!String.valueOf(answer.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
                return name + ": " + status + " as " + answer.getContentType() + " " + abbreviate(body);
            }
            long after = rows();
            if (after != before) {
                return name + ": refused with " + status + " but the centre's rows went from " + before + " to " + after;
            }
            if (hostile.refusedValue() != null && hostile.refusedValue().length() >= 8
                    && body.contains(hostile.refusedValue())) {
                return name + ": the refusal echoes the refused value";
            }
        }
        return null;
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    /** Every row of the centre's schema, in one query. */
    private long rows() {
        String schema = TenantId.of(CENTRE).schemaName();
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables where table_schema = ?"
                + " and table_type = 'BASE TABLE' and table_name not like 'databasechangelog%'", String.class, schema);
        String sum = tables.stream().map(t -> "(select count(*) from " + TenantId.of(CENTRE).quotedSchemaName() + ".\""
                + t + "\")").reduce((a, b) -> a + " + " + b).orElse("0");
        return jdbc.queryForObject("select " + sum, Long.class);
    }

    // --- generation ---------------------------------------------------------------------------------------------

    private List<Case> casesOf(JsonNode docs, String template, String verb, JsonNode operation, String person) {
        HttpMethod method = HttpMethod.valueOf(verb.toUpperCase());
        // DELETE of the fixture person would erase it: deletions get unknown ids.
        String path = template.replaceAll("\\{[^}]*}", method == HttpMethod.DELETE ? UUID.randomUUID().toString()
                : person);
        String name = verb.toUpperCase() + " " + template;
        List<Case> cases = new ArrayList<>();
        Map<String, String> baseParameters = new java.util.LinkedHashMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            String in = parameter.path("in").asString();
            String parameterName = parameter.path("name").asString();
            if (in.equals("path")) {
                for (String value : List.of("1-1-1-1-1", "a\u0000b", "+999999999-12-31", "x".repeat(5000))) {
                    String spoilt = template.replace("{" + parameterName + "}", value).replaceAll("\\{[^}]*}", person);
                    cases.add(new Case(name, "path " + parameterName + "=" + shortly(value), method,
                            spoilt, Map.of(), null, null, null));
                }
            } else if (in.equals("query")) {
                for (String value : hostileStrings()) {
                    Map<String, String> parameters = new java.util.LinkedHashMap<>(baseParameters);
                    parameters.put(parameterName, value.replace(NUL, "\u0000").replace(SURROGATE, "\ud800"));
                    cases.add(new Case(name, "query " + parameterName + "=" + shortly(value), method, path, parameters,
                            null, null, value.contains("@@") ? null : value));
                }
            }
        }
        JsonNode content = operation.path("requestBody").path("content");
        if (content.isMissingNode()) {
            return cases;
        }
        JsonNode schema = resolve(docs, content.path("application/json").path("schema"));
        if (schema.isMissingNode()) {
            return cases;
        }
        JsonNode example = schema.has("example") ? schema.get("example") : sample(docs, schema, 0);
        byte[] valid = bytes(example);
        for (String type : List.of("application/*", "text/plain", "application/xml",
                "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json;charset=latin1")) {
            cases.add(new Case(name, "content type " + type, method, path, Map.of(), valid, type, null));
        }
        for (String broken : List.of("", "null", "[]", "{", "{\"a\":1,\"a\":2}", "\"text\"", "{}{}")) {
            cases.add(new Case(name, "body " + broken, method, path, Map.of(), broken.getBytes(StandardCharsets.UTF_8),
                    MediaType.APPLICATION_JSON_VALUE, null));
        }
        if (example instanceof ObjectNode object) {
            for (String field : names(schema, object)) {
                JsonNode fieldSchema = resolve(docs, schema.path("properties").path(field));
                for (Map.Entry<String, UnaryOperator<ObjectNode>> spoil : spoilers(docs, field, fieldSchema).entrySet()) {
                    ObjectNode copy = object.deepCopy();
                    spoil.getValue().apply(copy);
                    JsonNode value = copy.get(field);
                    String refused = value != null && value.isString() && !value.asString().contains("@@")
                            ? value.asString() : null;
                    cases.add(new Case(name, field + ": " + spoil.getKey(), method, path, Map.of(), bytes(copy),
                            MediaType.APPLICATION_JSON_VALUE, refused));
                }
                ObjectNode copy = object.deepCopy();
                String text = JSON.writeValueAsString(copy);
                if (copy.has(field)) {
                    // The same key twice: which value was meant?
                    String duplicated = text.replaceFirst("\\{", "{\"" + field + "\":" + JSON.writeValueAsString(
                            copy.get(field)) + ",");
                    cases.add(new Case(name, field + ": duplicate key", method, path, Map.of(),
                            duplicated.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON_VALUE, null));
                }
                for (byte[] bad : List.of(new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xC0, (byte) 0x80},
                        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xFE})) {
                    ObjectNode withMarker = object.deepCopy();
                    withMarker.put(field, "ok@@BYTES@@ok");
                    cases.add(new Case(name, field + ": invalid UTF-8 " + java.util.HexFormat.of().formatHex(bad), method,
                            path, Map.of(), splice(bytes(withMarker), bad), MediaType.APPLICATION_JSON_VALUE, null));
                }
            }
            ObjectNode unknown = object.deepCopy();
            unknown.put("notAField", "x");
            cases.add(new Case(name, "unknown property", method, path, Map.of(), bytes(unknown),
                    MediaType.APPLICATION_JSON_VALUE, null));
        }
        return cases;
    }

    private static List<String> names(JsonNode schema, ObjectNode example) {
        List<String> names = new ArrayList<>();
        schema.path("properties").propertyNames().forEach(names::add);
        example.propertyNames().forEach(name -> {
            if (!names.contains(name)) {
                names.add(name);
            }
        });
        return names;
    }

    private static String shortly(String value) {
        String shown = value.length() > 24 ? value.substring(0, 24) + "…(" + value.length() + ")" : value;
        return shown.replace("\u0000", "\\0");
    }

    /** Values for a field, whatever its type: each replaces the field's value (or removes it). */
    private Map<String, UnaryOperator<ObjectNode>> spoilers(JsonNode docs, String field, JsonNode schema) {
        Map<String, UnaryOperator<ObjectNode>> spoilers = new java.util.LinkedHashMap<>();
        spoilers.put("missing", o -> { o.remove(field); return o; });
        spoilers.put("null", o -> o.putNull(field));
        spoilers.put("number", o -> o.put(field, 123));
        spoilers.put("decimal", o -> o.put(field, 12.5));
        spoilers.put("boolean", o -> o.put(field, true));
        spoilers.put("object", o -> { o.putObject(field); return o; });
        spoilers.put("array", o -> { o.putArray(field).add("x"); return o; });
        spoilers.put("huge number", o -> o.put(field, new java.math.BigInteger("99999999999999999999999")));
        spoilers.put("min long", o -> o.put(field, Long.MIN_VALUE));
        spoilers.put("1e308", o -> o.put(field, 1e308));
        for (String value : hostileStrings()) {
            spoilers.put("string " + shortly(value), o -> o.put(field, value));
        }
        JsonNode items = resolve(docs, schema.path("items"));
        if (!items.isMissingNode()) {
            spoilers.put("10000 items", o -> {
                ArrayNode array = o.putArray(field);
                JsonNode item = sample(docs, items, 0);
                for (int i = 0; i < 10_000; i++) {
                    array.add(item.deepCopy());
                }
                return o;
            });
            spoilers.put("null item", o -> { o.putArray(field).addNull(); return o; });
        }
        return spoilers;
    }

    private static List<String> hostileStrings() {
        return List.of("", " ", "x".repeat(100_000), "Α".repeat(5_000), "a" + NUL + "b", NUL, "a" + SURROGATE,
                "'; drop table beneficiary; --", "<script>alert(1)</script>", "${jndi:ldap://x/y}", "../../etc/passwd",
                "+999999999-12-31", "-999999999-01-01", "0001-01-01", "9999-12-31", "2026-02-30", "20260302",
                "1-1-1-1-1", "AAAAAAAAAAAAAAAAAAAAAA==", "00000000-0000-0000-0000-00000000000G", "-1", "2147483648",
                "NaN", "true", "female", "NOT_A_VALUE", "Σίσυφος ς", "Ζωή\u0301", "Ἀλέξανδρος 😀",
                "2026-03-02T25:61", "P1D");
    }

    private static byte[] bytes(JsonNode node) {
        String text = JSON.writeValueAsString(node).replace(NUL, "\\u0000").replace(SURROGATE, "\\ud800");
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] splice(byte[] body, byte[] bad) {
        byte[] marker = "@@BYTES@@".getBytes(StandardCharsets.UTF_8);
        String text = new String(body, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(new String(marker, StandardCharsets.ISO_8859_1));
        byte[] spliced = new byte[body.length - marker.length + bad.length];
        System.arraycopy(body, 0, spliced, 0, at);
        System.arraycopy(bad, 0, spliced, at, bad.length);
        System.arraycopy(body, at + marker.length, spliced, at + bad.length, body.length - at - marker.length);
        return spliced;
    }

    private static JsonNode resolve(JsonNode docs, JsonNode schema) {
        JsonNode ref = schema.path("$ref");
        if (ref.isString()) {
            return docs.path("components").path("schemas").path(ref.asString().substring(ref.asString()
                    .lastIndexOf('/') + 1));
        }
        return schema;
    }

    /** A plausible value from a schema without an example. */
    private static JsonNode sample(JsonNode docs, JsonNode schema, int depth) {
        schema = resolve(docs, schema);
        if (schema.has("example")) {
            return schema.get("example");
        }
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asString()
                : schema.path("type").asString("object");
        String format = schema.path("format").asString("");
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        return switch (type) {
            case "string" -> switch (format) {
                case "date" -> NODES.stringNode("2026-01-05");
                case "date-time" -> NODES.stringNode("2026-01-05T10:00:00");
                case "uuid" -> NODES.stringNode(UUID.randomUUID().toString());
                default -> NODES.stringNode("Δοκιμή");
            };
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(false);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 4) {
                    array.add(sample(docs, schema.path("items"), depth + 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                        object.set(property.getKey(), sample(docs, property.getValue(), depth + 1));
                    }
                }
                yield object;
            }
        };
    }

    /** For the record of what a request spoilt. */
    @SuppressWarnings("unused")
    private static String describe(Case hostile) {
        return hostile.operation() + " " + hostile.what();
    }
}
