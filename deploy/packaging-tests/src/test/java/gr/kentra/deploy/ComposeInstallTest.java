package gr.kentra.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** deploy/compose: the one-host install, checked against the services' configuration. */
class ComposeInstallTest {

    static final List<String> SERVICES = ServiceConfig.NAMES;
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::?[-?][^}]*)?}");
    private static final Pattern SERVICE_URL = Pattern.compile("http://(gateway|tenant-service|case-service|reporting-service):(\\d+)");
    /** Environment variables that are not Spring properties (read by the JVM itself). */
    private static final Set<String> NOT_PROPERTIES = Set.of("JAVA_TOOL_OPTIONS");

    @SuppressWarnings("unchecked")
    static Map<String, Object> compose() {
        return (Map<String, Object>) Repository.yaml("deploy/compose/compose.yaml");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> service(String name) {
        Map<String, Object> services = (Map<String, Object>) compose().get("services");
        assertThat(services).as("services of compose.yaml").containsKey(name);
        return (Map<String, Object>) services.get(name);
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> environment(String name) {
        Map<String, String> env = new LinkedHashMap<>();
        ((Map<String, Object>) service(name).getOrDefault("environment", Map.of()))
                .forEach((key, value) -> env.put(key, String.valueOf(value)));
        return env;
    }

    @Test
    void everyFileOfTheInstallParses() {
        assertThat(compose()).containsKeys("services", "volumes", "networks");
        assertThat(Repository.yaml("deploy/compose/prometheus/prometheus.yml")).isInstanceOf(Map.class);
        assertThat(Repository.yaml("deploy/compose/grafana/provisioning/datasources/prometheus.yaml")).isInstanceOf(Map.class);
        assertThat(Repository.yaml("deploy/compose/grafana/provisioning/dashboards/kentra.yaml")).isInstanceOf(Map.class);
        assertThat(Repository.read("deploy/compose/caddy/Caddyfile")).contains("{$KENTRA_HOSTNAME}", "{$KENTRA_AUTH_HOSTNAME}");
        assertThat(Repository.read("deploy/compose/postgres/10-kentra-databases.sh"))
                .contains("kentra_registry", "kentra_cases", "kentra_reporting", "keycloak");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void everyVariableGivenToAServiceIsAPropertyItKnows(String name) {
        ServiceConfig config = ServiceConfig.of(name);
        List<String> unknown = new ArrayList<>();
        environment(name).keySet().stream().filter(variable -> !NOT_PROPERTIES.contains(variable))
                .filter(variable -> config.propertyOf(variable).isEmpty()).forEach(unknown::add);
        assertThat(unknown).as("variables of %s in compose.yaml that bind to no property of it", name).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void everySecretAndEveryLocalAddressOfAServiceIsReplaced(String name) {
        ServiceConfig config = ServiceConfig.of(name);
        Set<String> given = new TreeSet<>();
        environment(name).keySet().forEach(variable -> config.propertyOf(variable).ifPresent(given::add));
        assertThat(given).as("%s: secrets with a local default in application.yml", name)
                .containsAll(config.secretsWithLocalDefaults());
        assertThat(given).as("%s: settings pointing at localhost in application.yml", name)
                .containsAll(config.localhostDefaults());
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void imageIsTheServicesOwnAtTheConfiguredVersion(String name) {
        assertThat(service(name).get("image")).asString().startsWith("kentra/" + name + ":${KENTRA_VERSION");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void healthcheckAsksTheReadinessProbeOnTheManagementPortTheServiceServes(String name) {
        ServiceConfig config = ServiceConfig.of(name);
        assertThat(config.yaml()).as("%s serves the Kubernetes probes", name)
                .containsEntry("management.endpoint.health.probes.enabled", "true");
        assertThat(config.yaml().get("management.endpoints.web.exposure.include")).contains("health");
        String managementPort = environment(name).get("MANAGEMENT_SERVER_PORT");
        assertThat(managementPort).as("%s: actuator on its own port", name).isNotBlank();
        assertThat(String.valueOf(((Map<?, ?>) service(name).get("healthcheck")).get("test")))
                .contains("/dev/tcp/127.0.0.1/" + managementPort, "GET /actuator/health/readiness");
    }

    @Test
    void servicesCallEachOtherOnThePortsTheyListenOn() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        SERVICES.forEach(name -> ports.put(name, ServiceConfig.of(name).port()));
        for (String name : SERVICES) {
            environment(name).forEach((variable, value) -> {
                Matcher url = SERVICE_URL.matcher(value);
                while (url.find()) {
                    assertThat(Integer.parseInt(url.group(2))).as("%s.%s", name, variable).isEqualTo(ports.get(url.group(1)));
                }
            });
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void onlyTheTlsProxyIsPublishedAndTheToolsOnlyOnLoopback() {
        Map<String, Object> services = (Map<String, Object>) compose().get("services");
        services.forEach((name, definition) -> {
            List<Object> ports = (List<Object>) ((Map<String, Object>) definition).getOrDefault("ports", List.of());
            for (Object port : ports) {
                if (!name.equals("caddy")) {
                    assertThat(String.valueOf(port)).as("port of %s", name).startsWith("127.0.0.1:");
                }
            }
        });
        assertThat(SERVICES).allSatisfy(name -> assertThat(service(name)).doesNotContainKey("ports"));
        assertThat(service("keycloak")).doesNotContainKey("ports");
        assertThat(service("postgres")).doesNotContainKey("ports");
    }

    @Test
    @SuppressWarnings("unchecked")
    void noSecretIsWrittenIntoTheComposeFile() {
        Map<String, Object> services = (Map<String, Object>) compose().get("services");
        List<String> inlined = new ArrayList<>();
        services.forEach((name, definition) -> ((Map<String, Object>) ((Map<String, Object>) definition)
                .getOrDefault("environment", Map.of())).forEach((variable, value) -> {
                    String text = String.valueOf(value);
                    boolean secretName = Secrets.SECRET_NAME.matcher(variable).matches();
                    if ((secretName && !INTERPOLATION.matcher(text).matches()) || Secrets.looksGenerated(text)) {
                        inlined.add(name + "." + variable);
                    }
                }));
        assertThat(inlined).as("secrets written into compose.yaml instead of taken from .env").isEmpty();
    }

    @Test
    void envExampleNamesEveryVariableTheComposeFileUsesWithEverySecretEmpty() {
        Map<String, String> example = envExample();
        Set<String> used = new LinkedHashSet<>();
        Matcher matcher = INTERPOLATION.matcher(Repository.read("deploy/compose/compose.yaml"));
        while (matcher.find()) {
            used.add(matcher.group(1));
        }
        assertThat(example.keySet()).as(".env.example").containsAll(used);
        assertThat(used).as("compose.yaml uses everything .env.example names").containsAll(example.keySet());
        example.forEach((variable, value) -> {
            if (Secrets.SECRET_NAME.matcher(variable).matches() && !variable.endsWith("_USERNAME")) {
                assertThat(value).as("%s in .env.example", variable).isEmpty();
            }
        });
        assertThat(example).as("the secrets an operator must fill").containsKeys("KENTRA_PSEUDONYM_SECRET",
                "KENTRA_GATEWAY_CLIENT_SECRET", "KENTRA_TENANT_SERVICE_CLIENT_SECRET", "KENTRA_CASE_SERVICE_CLIENT_SECRET",
                "KENTRA_CASES_DB_PASSWORD", "KEYCLOAK_DB_PASSWORD");
        // Every fact carries the id of its pseudonym key; an install that leaves it at the local default
        // could not tell its facts from a test stack's after a rotation.
        assertThat(environment("case-service")).containsEntry("KENTRA_INDICATORS_PSEUDONYMKEYID",
                "${KENTRA_PSEUDONYM_KEY_ID:?set KENTRA_PSEUDONYM_KEY_ID in .env}");
        assertThat(example.get("KENTRA_PSEUDONYM_KEY_ID")).matches("[a-z0-9][a-z0-9-]{0,15}");
    }

    @Test
    void keycloakRunsInProductionModeWithItsOwnDatabaseAndTheProductionRealm() {
        Map<String, Object> keycloak = service("keycloak");
        assertThat(String.valueOf(keycloak.get("command"))).contains("start").doesNotContain("start-dev");
        assertThat(environment("keycloak")).containsEntry("KC_DB", "postgres")
                .containsEntry("KC_DB_URL", "jdbc:postgresql://postgres:5432/keycloak")
                .containsKey("KC_HOSTNAME");
        assertThat(String.valueOf(keycloak.get("volumes"))).contains("../keycloak/kentra-realm-production.json");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyNamedVolumeIsDeclared() {
        Set<String> declared = ((Map<String, Object>) compose().get("volumes")).keySet();
        ((Map<String, Object>) compose().get("services")).forEach((name, definition) -> {
            for (Object volume : (List<Object>) ((Map<String, Object>) definition).getOrDefault("volumes", List.of())) {
                String source = String.valueOf(volume).split(":")[0];
                if (!source.startsWith(".") && !source.startsWith("/")) {
                    assertThat(declared).as("volume of %s", name).contains(source);
                }
            }
        });
    }

    static Map<String, String> envExample() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Repository.read("deploy/compose/.env.example").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                int equals = line.indexOf('=');
                values.put(line.substring(0, equals).trim(), line.substring(equals + 1).trim());
            }
        }
        return values;
    }
}
