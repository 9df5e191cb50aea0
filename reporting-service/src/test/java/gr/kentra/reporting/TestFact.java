package gr.kentra.reporting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Builds one fact of the contract as JSON, with sensible defaults, for tests. */
public final class TestFact {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private TestFact(String type) {
        fields.put("id", UUID.randomUUID().toString());
        fields.put("tenant", "moschato-tavros");
        fields.put("region", "attica");
        fields.put("operation", "5001910");
        fields.put("month", "2026-03");
        fields.put("type", type);
        if (!"EVENT_HELD".equals(type)) {
            fields.put("pseudonym", pseudonym("person-1"));
            fields.put("gender", "FEMALE");
            fields.put("ageBand", "30-54");
        }
        fields.put("quantity", 1);
    }

    public static TestFact of(String type) {
        return new TestFact(type);
    }

    /** A stable pseudonym for a test person: the same name gives the same 64 hex characters. */
    public static String pseudonym(String person) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(person.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public TestFact with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public TestFact person(String person) {
        return with("pseudonym", pseudonym(person));
    }

    public TestFact centre(String tenant, String region) {
        return with("tenant", tenant).with("region", region);
    }

    public TestFact flags(String... flags) {
        return with("flags", List.of(flags));
    }

    public String json() {
        return fields.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + value(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    public static List<String> json(List<TestFact> facts) {
        List<String> json = new ArrayList<>();
        facts.forEach(f -> json.add(f.json()));
        return json;
    }

    private static String value(Object value) {
        return switch (value) {
            case null -> "null";
            case Number number -> number.toString();
            case List<?> list -> list.stream().map(TestFact::value).collect(Collectors.joining(",", "[", "]"));
            default -> "\"" + value + "\"";
        };
    }
}
