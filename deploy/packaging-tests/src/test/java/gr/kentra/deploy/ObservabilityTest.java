package gr.kentra.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** deploy/observability: alert rules and dashboards read only series the services publish. */
class ObservabilityTest {

    private static final Pattern SERVICE_LABEL = Pattern.compile("service=\"([^\"]+)\"");
    private static final Pattern URI_LABEL = Pattern.compile("uri=\"([^\"]+)\"");

    @Test
    @SuppressWarnings("unchecked")
    void everyAlertRuleParsesAndSaysHowBadAndWhatHappened() {
        Map<String, Object> rules = (Map<String, Object>) Repository.yaml("deploy/observability/prometheus/alerts.yml");
        List<Map<String, Object>> all = rules().values().stream().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(5);
        for (Map<String, Object> rule : all) {
            assertThat((Map<String, Object>) rule.get("labels")).as("%s", rule.get("alert")).containsKey("severity");
            assertThat((Map<String, Object>) rule.get("annotations")).containsKeys("summary", "description");
        }
        assertThat(rules().keySet()).contains("KentraInstanceDown", "KentraDatabaseCellDown", "KentraFactRelayFailing",
                "KentraOutboxNotDraining", "KentraHighErrorRate");
        assertThat(rules).containsKey("groups");
    }

    @Test
    void everyDashboardParsesWithAUniqueIdAndQueriesInEveryPanel() {
        Set<String> uids = new HashSet<>();
        for (Map.Entry<String, JsonNode> dashboard : dashboards().entrySet()) {
            JsonNode json = dashboard.getValue();
            assertThat(uids.add(json.path("uid").asString())).as("uid of %s", dashboard.getKey()).isTrue();
            assertThat(json.path("title").asString()).startsWith("Kentra");
            assertThat(json.path("panels").size()).isPositive();
            for (JsonNode panel : json.path("panels")) {
                assertThat(panel.path("targets").size()).as("%s: %s", dashboard.getKey(), panel.path("title")).isPositive();
            }
        }
        assertThat(uids).contains("kentra-requests", "kentra-jvm-pools", "kentra-indicators-tenancy");
    }

    @Test
    void everySeriesARuleOrPanelReadsIsOneTheServicesPublish() {
        Set<String> published = new HashSet<>(PublishedMetrics.STANDARD);
        published.addAll(PublishedMetrics.kentra());
        assertThat(published).as("Kentra's own meters found in the code")
                .contains("kentra_cells_available", "kentra_tenancy_migrations_total", "kentra_tenant_moves_total");
        List<String> unknown = new ArrayList<>();
        expressions().forEach((where, expression) -> PublishedMetrics.seriesIn(expression).stream()
                .filter(series -> !published.contains(series)).forEach(series -> unknown.add(where + ": " + series)));
        assertThat(unknown).isEmpty();
    }

    @Test
    void everyServiceAndClientRouteNamedInAQueryExists() {
        Set<String> services = new HashSet<>();
        ServiceConfig.NAMES.forEach(name -> services.add(ServiceConfig.of(name).yaml().get("management.metrics.tags.service")));
        String sources = String.join("\n", ServiceConfig.NAMES.stream().flatMap(name ->
                Repository.files(name + "/src/main/java", ".java").stream().map(Repository::read)).toList());
        expressions().forEach((where, expression) -> {
            Matcher service = SERVICE_LABEL.matcher(expression);
            while (service.find()) {
                assertThat(services).as("%s: service label", where).contains(service.group(1));
            }
            Matcher uri = URI_LABEL.matcher(expression);
            while (uri.find()) {
                assertThat(sources).as("%s: uri %s is a route or a call of the code", where, uri.group(1))
                        .contains("\"" + uri.group(1) + "\"");
            }
        });
    }

    @Test
    void percentilesReadBucketsThatEveryDeploymentAsksFor() {
        boolean buckets = expressions().values().stream().anyMatch(e -> e.contains("http_server_requests_seconds_bucket"));
        if (buckets) {
            assertThat(ComposeInstallTest.environment("gateway")).containsKey("MANAGEMENT_METRICS_DISTRIBUTION_SLO_HTTP_SERVER_REQUESTS");
            assertThat(ChartText.define(ChartText.helpers(), "kentra.commonEnv"))
                    .contains("- name: MANAGEMENT_METRICS_DISTRIBUTION_SLO_HTTP_SERVER_REQUESTS");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void prometheusOfTheComposeInstallScrapesEveryServiceOnItsManagementPortWithTheRules() {
        Map<String, Object> config = (Map<String, Object>) Repository.yaml("deploy/compose/prometheus/prometheus.yml");
        assertThat((List<String>) config.get("rule_files")).contains("/etc/prometheus/alerts.yml");
        String text = Repository.read("deploy/compose/prometheus/prometheus.yml");
        for (String service : ServiceConfig.NAMES) {
            String port = ComposeInstallTest.environment(service).get("MANAGEMENT_SERVER_PORT");
            assertThat(text).contains("\"" + service + ":" + port + "\"");
        }
        assertThat(text).contains("metrics_path: /actuator/prometheus");
        ServiceConfig.NAMES.forEach(service -> assertThat(ServiceConfig.of(service).yaml()
                .get("management.endpoints.web.exposure.include")).contains("prometheus"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> rules() {
        Map<String, Object> file = (Map<String, Object>) Repository.yaml("deploy/observability/prometheus/alerts.yml");
        Map<String, Map<String, Object>> rules = new LinkedHashMap<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) file.get("groups")) {
            for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                rules.put(String.valueOf(rule.get("alert")), rule);
            }
        }
        return rules;
    }

    private static Map<String, JsonNode> dashboards() {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, JsonNode> dashboards = new LinkedHashMap<>();
        for (Path file : Repository.files("deploy/observability/grafana", ".json")) {
            dashboards.put(file.getFileName().toString(), json.readTree(Repository.read(file)));
        }
        assertThat(dashboards).isNotEmpty();
        return dashboards;
    }

    /** Every PromQL expression: alert rules by name, panels by dashboard and title. */
    private static Map<String, String> expressions() {
        Map<String, String> expressions = new LinkedHashMap<>();
        rules().forEach((name, rule) -> expressions.put("rule " + name, String.valueOf(rule.get("expr"))));
        dashboards().forEach((file, dashboard) -> {
            for (JsonNode panel : dashboard.path("panels")) {
                for (JsonNode target : panel.path("targets")) {
                    expressions.put(file + " / " + panel.path("title").asString() + " / " + target.path("refId").asString(),
                            target.path("expr").asString());
                }
            }
        });
        return expressions;
    }
}
