package gr.kentra.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The aggregated Swagger UI's "Try it out" goes through the gateway, and the internal API is not published
 * (issue 10 item 2, issue 11 item 6).
 */
class ApiDocsTest extends GatewayTest {

    private static final String DOCUMENT = """
            {"openapi":"3.1.0","info":{"title":"case-service","version":"1"},
             "servers":[{"url":"http://localhost:8082","description":"Generated server url"}],
             "paths":{"/api/beneficiaries":{"get":{}},"/internal/tenants/{id}":{"delete":{}},
                      "/internal/tenants/{id}/archive":{"post":{}}}}""";

    @Test
    void advertisesTheGatewayPrefixWithTheCentreAsAVariableAndHidesTheInternalApi() {
        CASES.answerWith(DOCUMENT, Map.of());

        String docs = body(get("/docs/case-service/v3/api-docs", null).expectStatus().isOk());

        assertThat(docs).contains("\"url\":\"/t/{tenant}\"", "\"/api/beneficiaries\"", "\"tenant\":{\"default\"")
                .doesNotContain("localhost:8082").doesNotContain("/internal");
    }

    @Test
    void advertisesTheGatewayForServicesWhosePathsAreUnchanged() {
        TENANTS.answerWith(DOCUMENT.replace("8082", "8081"), Map.of());

        String docs = body(get("/docs/tenant-service/v3/api-docs", null).expectStatus().isOk());

        assertThat(docs).contains("\"servers\":[{\"url\":\"/\"").doesNotContain("8081").doesNotContain("/internal");
    }

    @Test
    void servesTheAggregatedSwaggerUisConfigurationBesideTheRoutes() {
        // springdoc's own handlers answer beside the routes: none of their paths is a route.
        assertThat(body(get("/v3/api-docs/swagger-config", null).expectStatus().isOk()))
                .contains("/docs/case-service/v3/api-docs", "/docs/tenant-service/v3/api-docs");
    }
}
