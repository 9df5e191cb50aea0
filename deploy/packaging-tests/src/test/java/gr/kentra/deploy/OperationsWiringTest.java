package gr.kentra.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 16's wiring of both installs: case-service finds tenant-service's registry, the gateway behind TLS sets
 * Secure cookies and HSTS, traces go to a collector only when one is named, and the production realm has the
 * client Prometheus scrapes with.
 */
class OperationsWiringTest {

    @Test
    void composeGivesCaseServiceTheRegistryAndTheGatewayItsTlsSettings() {
        assertThat(ComposeInstallTest.environment("case-service"))
                .containsEntry("KENTRA_REGISTRY_URL", "http://tenant-service:8081");
        assertThat(ComposeInstallTest.environment("gateway"))
                .containsEntry("KENTRA_SESSION_SECURECOOKIE", "true")
                .containsEntry("KENTRA_EDGE_HSTS", "true");
        assertThat(ServiceConfig.of("case-service").propertyOf("KENTRA_REGISTRY_URL")).contains("kentra.registry.url");
        assertThat(ServiceConfig.of("gateway").propertyOf("KENTRA_SESSION_SECURECOOKIE"))
                .contains("kentra.session.secure-cookie");
        assertThat(ServiceConfig.of("gateway").propertyOf("KENTRA_EDGE_HSTS")).contains("kentra.edge.hsts");
    }

    @Test
    void theChartGivesCaseServiceTheRegistryAndTheGatewayItsTlsSettings() {
        assertThat(ChartText.define(ChartText.template("case-service.yaml"), "kentra.case-service.env"))
                .contains("- name: KENTRA_REGISTRY_URL", "-tenant-service:%v");
        assertThat(ChartText.define(ChartText.template("gateway.yaml"), "kentra.gateway.env"))
                .contains("- name: KENTRA_SESSION_SECURECOOKIE\n  value: \"true\"",
                        "- name: KENTRA_EDGE_HSTS\n  value: \"true\"");
    }

    @Test
    void tracesLeaveOnlyForACollectorTheOperatorNames() {
        assertThat(ComposeInstallTest.environment("case-service"))
                .containsEntry("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT", "${KENTRA_OTLP_TRACES_ENDPOINT:-}");
        assertThat(ComposeInstallTest.envExample()).containsEntry("KENTRA_OTLP_TRACES_ENDPOINT", "");
        assertThat(ChartText.define(ChartText.helpers(), "kentra.commonEnv"))
                .contains("{{- with .Values.tracing.otlpEndpoint }}");
        for (String service : ServiceConfig.NAMES) {
            assertThat(ServiceConfig.of(service).yaml()).as(service)
                    .doesNotContainKey("management.opentelemetry.tracing.export.otlp.endpoint")
                    .containsEntry("logging.structured.format.console", "ecs");
            assertThat(Repository.read(service + "/src/main/resources/application-local.yml")).as(service)
                    .contains("console: \"\"");
        }
    }

    @Test
    void theProductionRealmHasAServiceClientForPrometheusThatIsNoPerson() {
        String realm = Repository.read("deploy/keycloak/kentra-realm-production.json");
        assertThat(realm).contains("\"clientId\": \"kentra-metrics\"", "\"secret\": \"${KENTRA_METRICS_CLIENT_SECRET}\"",
                "\"username\": \"service-account-kentra-metrics\"");
        assertThat(Repository.read("deploy/compose/prometheus/prometheus.yml")).contains("client_id: kentra-metrics");
    }
}
