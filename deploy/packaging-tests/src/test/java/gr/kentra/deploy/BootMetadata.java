package gr.kentra.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring Boot's own properties, from the configuration metadata its jars ship: what a deployment may set beside
 * a service's application.yml (management.server.port, server.forward-headers-strategy, ...).
 */
final class BootMetadata {

    private static final List<String> RESOURCES = List.of("META-INF/spring-configuration-metadata.json",
            "META-INF/additional-spring-configuration-metadata.json");
    private static final BootMetadata INSTANCE = load();

    private final Set<String> properties;
    private final Set<String> mapProperties;

    private BootMetadata(Set<String> properties, Set<String> mapProperties) {
        this.properties = properties;
        this.mapProperties = mapProperties;
    }

    static BootMetadata get() {
        return INSTANCE;
    }

    Set<String> properties() {
        return properties;
    }

    /** Properties of a Map type: any key below them is theirs. */
    Set<String> mapProperties() {
        return mapProperties;
    }

    private static BootMetadata load() {
        Set<String> properties = new HashSet<>();
        Set<String> maps = new HashSet<>();
        JsonMapper json = JsonMapper.builder().build();
        ClassLoader loader = BootMetadata.class.getClassLoader();
        try {
            for (String resource : RESOURCES) {
                for (URL url : Collections.list(loader.getResources(resource))) {
                    try (InputStream in = url.openStream()) {
                        JsonNode root = json.readTree(in);
                        for (JsonNode property : root.path("properties")) {
                            String name = property.path("name").asString();
                            properties.add(name);
                            if (property.path("type").asString("").startsWith("java.util.Map<")) {
                                maps.add(name);
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!properties.contains("management.server.port")) {
            throw new IllegalStateException("Spring Boot's configuration metadata is not on the test classpath");
        }
        return new BootMetadata(Set.copyOf(properties), Set.copyOf(maps));
    }
}
