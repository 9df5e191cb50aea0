package gr.kentra.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** deploy/helm/kentra, checked without a helm binary: values, templates and what they give each service. */
class HelmChartTest {

    static final List<String> SERVICES = ServiceConfig.NAMES;
    static final List<String> OVERLAYS = List.of("values-small.yaml", "values-national.yaml", "values-test.yaml");
    private static final Set<String> NOT_PROPERTIES = Set.of("JAVA_TOOL_OPTIONS");
    /**
     * Maps whose keys are free (Kubernetes labels, PostgreSQL parameters, resources, extra variables) or one of
     * several (a PodDisruptionBudget's minAvailable or maxUnavailable).
     */
    private static final Set<String> FREE_MAPS = Set.of("parameters", "env", "annotations", "podLabels", "resources", "pdb",
            "ingressNamespaceSelector", "monitoringNamespaceSelector", "cnpgNamespaceSelector");
    private static final Pattern CELL_NAME = Pattern.compile("^[a-z][a-z0-9-]{1,39}$");
    private static final Map<String, String> VALUES_KEY = Map.of("gateway", "gateway", "tenant-service", "tenantService",
            "case-service", "caseService", "reporting-service", "reportingService");

    @SuppressWarnings("unchecked")
    static Map<String, Object> values(String file) {
        return (Map<String, Object>) Repository.yaml(ChartText.CHART + "/" + file);
    }

    @Test
    void chartAndEveryValuesFileParse() {
        Map<?, ?> chart = (Map<?, ?>) Repository.yaml(ChartText.CHART + "/Chart.yaml");
        assertThat(chart.get("apiVersion")).isEqualTo("v2");
        assertThat(chart.get("name")).isEqualTo("kentra");
        assertThat(values("values.yaml")).containsKeys("image", "secrets", "keycloak", "cells", "services");
        OVERLAYS.forEach(overlay -> assertThat(values(overlay)).as(overlay).isNotEmpty());
    }

    @Test
    void everyTemplateClosesWhatItOpens() throws IOException {
        for (Path template : Repository.files(ChartText.CHART + "/templates", "")) {
            String text = Repository.read(template);
            assertThat(ChartText.unclosedBlocks(text)).as("%s: if/range/with/define without end", template).isZero();
            assertThat(text).as("%s: the chart never holds a Secret's value", template).doesNotContain("kind: Secret");
        }
    }

    @Test
    void everyValuePathATemplateUsesExistsInValuesYaml() {
        Map<String, Object> defaults = values("values.yaml");
        List<String> missing = new ArrayList<>();
        for (Path template : Repository.files(ChartText.CHART + "/templates", "")) {
            for (String path : ChartText.valuesPaths(Repository.read(template))) {
                if (!exists(defaults, path.split("\\."))) {
                    missing.add(template.getFileName() + ": .Values." + path);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyKeyOfAnOverlayIsOneTheChartKnows(String overlay) {
        List<String> unknown = new ArrayList<>();
        unknownKeys("", values(overlay), values("values.yaml"), unknown);
        assertThat(unknown).as("keys of %s that values.yaml does not have (typos are silently ignored by helm)", overlay)
                .isEmpty();
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void everyVariableGivenToAServiceIsAPropertyItKnows(String service) {
        ServiceConfig config = ServiceConfig.of(service);
        List<String> unknown = ChartText.environment(service).stream()
                .filter(variable -> !NOT_PROPERTIES.contains(variable))
                .filter(variable -> config.propertyOf(variable).isEmpty()).toList();
        assertThat(unknown).as("variables of %s in the chart that bind to no property of it", service).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void everySecretAndLocalAddressOfAServiceIsReplacedAndSecretsComeFromSecrets(String service) {
        ServiceConfig config = ServiceConfig.of(service);
        Set<String> given = new TreeSet<>();
        ChartText.environment(service).forEach(variable -> config.propertyOf(variable).ifPresent(given::add));
        assertThat(given).containsAll(config.secretsWithLocalDefaults()).containsAll(config.localhostDefaults());

        String own = ChartText.define(ChartText.template(service + ".yaml"), "kentra." + service + ".env");
        for (String variable : ChartText.environment(service)) {
            if (Secrets.SECRET_NAME.matcher(variable).matches() && own.contains("- name: " + variable)) {
                assertThat(ChartText.valueLineOf(own, variable)).as("%s of %s", variable, service).contains("secretKeyRef");
            }
        }
        if (service.equals("case-service")) {
            assertThat(ChartText.valueLineOf(own, "KENTRA_INDICATORS_PSEUDONYMKEYID")).as("the pseudonym key's id")
                    .contains("key: key-id");
        }
        String credentials = ChartText.define(ChartText.helpers(), "kentra.dbCredentialsEnv");
        assertThat(credentials).contains("secretKeyRef: {name: {{ .secret }}, key: password}");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void probesAskTheActuatorEndpointsTheServiceServesOnItsManagementPort(String service) {
        ServiceConfig config = ServiceConfig.of(service);
        assertThat(config.yaml()).containsEntry("management.endpoint.health.probes.enabled", "true");
        assertThat(config.yaml().get("management.endpoints.web.exposure.include")).contains("health");
        String deployment = ChartText.define(ChartText.helpers(), "kentra.deployment");
        assertThat(deployment).contains("readinessProbe:\n            httpGet: {path: /actuator/health/readiness, port: management}")
                .contains("livenessProbe:\n            httpGet: {path: /actuator/health/liveness, port: management}")
                .contains("containerPort: {{ $root.Values.management.port }}");
        assertThat(ChartText.define(ChartText.helpers(), "kentra.commonEnv"))
                .contains("- name: MANAGEMENT_SERVER_PORT\n  value: {{ .Values.management.port | quote }}");
        Map<?, ?> values = (Map<?, ?>) ((Map<?, ?>) values("values.yaml").get("services")).get(VALUES_KEY.get(service));
        assertThat(values.get("port")).as("%s listens on", service).isEqualTo(config.port());
    }

    @Test
    void podsRunAsNonRootAndShutDownWithinTheirGracePeriod() {
        Map<String, Object> defaults = values("values.yaml");
        assertThat((Map<String, Object>) defaults.get("podSecurityContext")).containsEntry("runAsNonRoot", true);
        @SuppressWarnings("unchecked")
        Map<String, Object> container = (Map<String, Object>) defaults.get("containerSecurityContext");
        assertThat(container).containsEntry("readOnlyRootFilesystem", true).containsEntry("allowPrivilegeEscalation", false);
        assertThat(String.valueOf(container.get("capabilities"))).contains("ALL");
        Map<?, ?> shutdown = (Map<?, ?>) defaults.get("shutdown");
        int spring = (int) Duration.parse("PT" + String.valueOf(shutdown.get("springTimeout")).toUpperCase()).toSeconds();
        assertThat((Integer) shutdown.get("terminationGracePeriodSeconds"))
                .isGreaterThan(spring + (Integer) shutdown.get("preStopSeconds"));
        assertThat(ChartText.define(ChartText.helpers(), "kentra.deployment")).contains("preStop:", "terminationGracePeriodSeconds");
    }

    @Test
    @SuppressWarnings("unchecked")
    void cellsAreNamedAsThePlacementTableWantsWithTheDefaultCellFirst() {
        for (String file : concat("values.yaml", OVERLAYS)) {
            List<Map<String, Object>> cells = (List<Map<String, Object>>) values(file).get("cells");
            if (cells == null) {
                continue;
            }
            assertThat(cells.getFirst().get("name")).as("%s: the default cell first", file).isEqualTo("cell-1");
            Set<Object> names = new HashSet<>();
            for (Map<String, Object> cell : cells) {
                assertThat(String.valueOf(cell.get("name"))).matches(CELL_NAME);
                assertThat(names.add(cell.get("name"))).as("%s: cell %s twice", file, cell.get("name")).isTrue();
                assertThat(cell).as("%s: %s", file, cell.get("name")).containsKeys("database", "credentialsSecret");
                if (Boolean.TRUE.equals(cell.get("managed"))) {
                    assertThat(cell).containsKeys("instances", "storage");
                } else {
                    assertThat(String.valueOf(cell.get("host"))).as("%s: external cell's host", file).isNotBlank();
                }
            }
        }
    }

    @Test
    void extraCellsGiveCaseServiceOnlyPropertiesOfItsCells() {
        ServiceConfig cases = ServiceConfig.of("case-service");
        String template = ChartText.template("case-service.yaml");
        int start = template.indexOf("cells:");
        String cellsBlock = template.substring(start, template.indexOf("{{- else }}", start));
        Matcher key = Pattern.compile("(?m)^ {10}([a-z-]+):").matcher(cellsBlock);
        List<String> keys = new ArrayList<>();
        while (key.find()) {
            keys.add(key.group(1));
        }
        assertThat(keys).containsExactly("url", "username", "password", "maximum-pool-size");
        assertThat(cases.mapProperties()).contains("kentra.cells");
        keys.forEach(k -> assertThat(cases.properties()).contains("kentra.cells.*." + k));
        assertThat(cellsBlock).as("passwords as placeholders of Secret-backed variables").contains("password: ${{ \"{\" }}{{ $var }}PASSWORD}");
        assertThat(ChartText.define(template, "kentra.case-service.env"))
                .contains("include \"kentra.dbCredentialsEnv\" (dict \"prefix\" (printf \"KENTRA_CELL_%s_\"");
    }

    @Test
    void onlyCaseServiceReachesTenantCellsAndOnlyTheIngressReachesTheGateway() {
        String policies = ChartText.template("networkpolicies.yaml");
        String cells = policies.substring(policies.indexOf("{{- range .Values.cells }}"), policies.indexOf("{{- if .Values.platformDatabase.managed }}"));
        assertThat(cells).contains("\"name\" \"case-service\"").doesNotContain("\"gateway\"", "\"tenant-service\"",
                "\"reporting-service\"");
        String gateway = policies.substring(policies.indexOf("name: {{ .Release.Name }}-gateway"), policies.indexOf("{{- $callers"));
        assertThat(gateway).contains("ingressNamespaceSelector").doesNotContain("podSelector:\n            matchLabels:");
        assertThat(policies).contains("-default-deny");
    }

    @Test
    @SuppressWarnings("unchecked")
    void tenantServiceStaysOneInstanceEverywhere() {
        // Its onboarding reconcilers hold no lock across instances (deploy/SCALING.md).
        for (String file : concat("values.yaml", OVERLAYS)) {
            Map<String, Object> services = (Map<String, Object>) values(file).getOrDefault("services", Map.of());
            Map<String, Object> tenant = (Map<String, Object>) services.getOrDefault("tenantService", Map.of());
            Map<String, Object> autoscaling = (Map<String, Object>) tenant.getOrDefault("autoscaling", Map.of());
            assertThat(autoscaling.getOrDefault("enabled", false)).as(file).isEqualTo(false);
            assertThat(tenant.getOrDefault("replicas", 1)).as(file).isEqualTo(1);
        }
    }

    @Test
    void noSecretValueIsWrittenIntoAnyValuesFile() {
        List<String> inlined = new ArrayList<>();
        for (String file : concat("values.yaml", OVERLAYS)) {
            secretsIn(file, "", values(file), inlined);
        }
        assertThat(inlined).isEmpty();
    }

    @Test
    void filesTheChartReadsAreLinksIntoTheRepository() throws IOException {
        Path files = Repository.path(ChartText.CHART + "/files");
        assertThat(Files.readSymbolicLink(files.resolve("alerts.yml")).toString())
                .isEqualTo("../../../observability/prometheus/alerts.yml");
        assertThat(files.resolve("alerts.yml")).exists();
        assertThat(Files.readSymbolicLink(files.resolve("kentra-realm-production.json")).toString())
                .isEqualTo("../../../keycloak/kentra-realm-production.json");
    }

    private static void secretsIn(String file, String path, Object node, List<String> inlined) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> secretsIn(file, path + "." + key, value, inlined));
        } else if (node instanceof List<?> list) {
            list.forEach(item -> secretsIn(file, path, item, inlined));
        } else if (node != null) {
            String value = String.valueOf(node);
            String key = path.substring(path.lastIndexOf('.') + 1);
            if ((Secrets.SECRET_NAME.matcher(key).matches() && !Secrets.isSecretReference(value))
                    || Secrets.looksGenerated(value)) {
                inlined.add(file + ": " + path.substring(1));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static boolean exists(Map<String, Object> values, String[] path) {
        Object node = values;
        for (String segment : path) {
            if (node instanceof List<?>) {
                return true;
            }
            if (!(node instanceof Map<?, ?> map) || !map.containsKey(segment)) {
                return false;
            }
            node = ((Map<String, Object>) map).get(segment);
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static void unknownKeys(String path, Object overlay, Object base, List<String> unknown) {
        if (overlay instanceof Map<?, ?> map) {
            if (!(base instanceof Map<?, ?> baseMap)) {
                unknown.add(path + " (not a map in values.yaml)");
                return;
            }
            map.forEach((key, value) -> {
                String child = path.isEmpty() ? String.valueOf(key) : path + "." + key;
                if (!baseMap.containsKey(key)) {
                    unknown.add(child);
                } else if (!FREE_MAPS.contains(String.valueOf(key))) {
                    unknownKeys(child, value, baseMap.get(key), unknown);
                }
            });
        } else if (overlay instanceof List<?> list && base instanceof List<?> baseList && !baseList.isEmpty()
                && baseList.getFirst() instanceof Map<?, ?>) {
            // A list of records (cells): every item against the shape of values.yaml's first item.
            for (int i = 0; i < list.size(); i++) {
                unknownKeys(path + "[" + i + "]", list.get(i), baseList.getFirst(), unknown);
            }
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }
}
