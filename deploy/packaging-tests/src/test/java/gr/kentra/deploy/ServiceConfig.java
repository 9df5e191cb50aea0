package gr.kentra.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one service knows as configuration: the keys of its application.yml (flattened, with their values) and
 * the properties of its {@code @ConfigurationProperties} records (read from the sources), plus Spring Boot's own.
 */
record ServiceConfig(String name, int port, Map<String, String> yaml, Set<String> properties, Set<String> mapProperties) {

    static final List<String> NAMES = List.of("gateway", "tenant-service", "case-service", "reporting-service");
    private static final Pattern ANNOTATION = Pattern.compile(
            "@ConfigurationProperties\\(\\s*(?:(?:prefix|value)\\s*=\\s*)?\"([^\"]+)\"\\s*\\)");
    private static final Pattern RECORD = Pattern.compile("record\\s+(\\w+)\\s*\\(");
    private static final Pattern ANNOTATIONS_IN_PARAMETER = Pattern.compile("@[\\w.]+(\\([^)]*\\))?");

    static ServiceConfig of(String service) {
        Map<String, String> yaml = new LinkedHashMap<>();
        flatten("", Repository.yaml(service + "/src/main/resources/application.yml"), yaml);
        Set<String> properties = new TreeSet<>(yaml.keySet());
        Set<String> maps = new TreeSet<>();
        for (Path source : Repository.files(service + "/src/main/java", ".java")) {
            String text = Repository.read(source);
            Matcher annotation = ANNOTATION.matcher(text);
            while (annotation.find()) {
                Matcher record = RECORD.matcher(text);
                if (!record.find(annotation.end())) {
                    throw new IllegalStateException("Cannot read the properties record of " + source);
                }
                addComponents(text, record, annotation.group(1), properties, maps);
            }
        }
        int port = Integer.parseInt(yaml.get("server.port"));
        return new ServiceConfig(service, port, yaml, properties, maps);
    }

    /** The property an environment variable binds to (Spring Boot's relaxed binding), if this service knows it. */
    Optional<String> propertyOf(String environmentVariable) {
        BootMetadata boot = BootMetadata.get();
        for (Set<String> known : List.of(properties, boot.properties())) {
            for (String property : known) {
                if (!property.contains("*") && envForm(property).equals(environmentVariable)) {
                    return Optional.of(property);
                }
            }
        }
        for (Set<String> known : List.of(mapProperties, boot.mapProperties())) {
            for (String map : known) {
                if (environmentVariable.startsWith(envForm(map) + "_")) {
                    return Optional.of(map + ".<key>");
                }
            }
        }
        return Optional.empty();
    }

    /** Keys whose local value is a secret (a password or a client secret written in application.yml). */
    Set<String> secretsWithLocalDefaults() {
        Set<String> secrets = new LinkedHashSet<>();
        yaml.forEach((key, value) -> {
            String last = key.substring(key.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            if ((last.contains("secret") || last.contains("password")) && !value.startsWith("${")) {
                secrets.add(key);
            }
        });
        return secrets;
    }

    /** Keys whose local value points at this machine: a deployment must replace every one of them. */
    Set<String> localhostDefaults() {
        Set<String> local = new LinkedHashSet<>();
        yaml.forEach((key, value) -> {
            if (!value.startsWith("${") && (value.contains("localhost") || value.contains("127.0.0.1"))) {
                local.add(key);
            }
        });
        return local;
    }

    static String envForm(String property) {
        return property.replace("[", "_").replace("]", "").replace('.', '_').replace("-", "")
                .toUpperCase(Locale.ROOT);
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static void addComponents(String text, Matcher record, String prefix, Set<String> properties,
            Set<String> maps) {
        for (String parameter : topLevel(text, record.end())) {
            String plain = ANNOTATIONS_IN_PARAMETER.matcher(parameter).replaceAll(" ").trim();
            int space = plain.lastIndexOf(' ');
            String type = plain.substring(0, space).trim();
            String property = prefix + "." + kebab(plain.substring(space + 1).trim());
            if (type.startsWith("Map<")) {
                maps.add(property);
                String valueType = type.substring(type.indexOf(',') + 1, type.lastIndexOf('>')).trim();
                nested(text, valueType).ifPresent(r -> addComponents(text, r, property + ".*", properties, maps));
            } else {
                properties.add(property);
                nested(text, type).ifPresent(r -> addComponents(text, r, property, properties, maps));
            }
        }
    }

    private static Optional<Matcher> nested(String text, String type) {
        Matcher matcher = Pattern.compile("record\\s+" + Pattern.quote(type) + "\\s*\\(").matcher(text);
        return matcher.find() ? Optional.of(matcher) : Optional.empty();
    }

    /** The parameters of a record header starting after its "(": split at commas outside (), <> and "". */
    private static List<String> topLevel(String text, int start) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        StringBuilder current = new StringBuilder();
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '(' || c == '<')) {
                depth++;
            } else if (!quoted && c == '>') {
                depth--;
            } else if (!quoted && c == ')') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (!quoted && c == ',' && depth == 0) {
                parts.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        if (!current.toString().isBlank()) {
            parts.add(current.toString());
        }
        return parts;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object node, Map<String, String> into) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, value, into));
        } else if (node instanceof List<?> list) {
            into.put(prefix, String.join(",", list.stream().map(String::valueOf).toList()));
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), into);
            }
        } else {
            into.put(prefix, String.valueOf(node));
        }
    }
}
