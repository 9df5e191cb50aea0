package gr.kentra.cases.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.Test;

class OpenApiTest extends CaseServiceIntegrationTest {

    @Test
    void documentsEveryEndpointOfThePermissionMatrix() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        Map<String, Map<String, Object>> paths = JsonPath.read(docs, "$.paths");
        for (Permissions.Rule rule : Permissions.RULES) {
            String path = rule.pattern().replaceFirst("/api/beneficiaries/\\*/household/\\*",
                            "/api/beneficiaries/{beneficiary}/household/{id}")
                    .replaceFirst("/api/beneficiaries/\\*/", "/api/beneficiaries/{beneficiary}/")
                    .replaceFirst("/api/beneficiaries/\\*$", "/api/beneficiaries/{id}")
                    .replaceFirst("^/api/request-types/\\*$", "/api/request-types/{code}")
                    .replace("*", "{id}");
            assertThat(paths).as(rule.toString()).containsKey(path);
            assertThat(paths.get(path)).as(rule.toString()).containsKey(rule.method().name().toLowerCase());
        }
        assertThat(docs).contains("possibleDuplicates", "currentVersion", "HOUSING_EXCLUSION");
    }

    @Test
    void thePublicDocumentHidesTheInternalApiAndThisServicesOwnAddress() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        Map<String, Object> paths = JsonPath.read(docs, "$.paths");
        assertThat(paths.keySet()).isNotEmpty().noneMatch(path -> path.startsWith("/internal"));
        assertThat(JsonPath.<java.util.List<String>>read(docs, "$.servers[*].url")).containsExactly("/t/{tenant}");
        assertThat(docs).doesNotContain("localhost", "127.0.0.1", ":8082");
    }

    /** A client developer sees what goes in and what comes out: every operation of the public API has an example. */
    @Test
    void givesAnExampleForEveryOperationOfThePublicApi() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        Map<String, Map<String, Object>> paths = JsonPath.read(docs, "$.paths");
        java.util.List<String> withoutExample = new java.util.ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<String, Object> operation : path.getValue().entrySet()) {
                operations++;
                String json = com.jayway.jsonpath.JsonPath.parse(operation.getValue()).jsonString();
                Map<String, Object> responses = JsonPath.read(operation.getValue(), "$.responses");
                if (operation.getKey().equals("delete") && responses.keySet().stream().allMatch(
                        code -> code.equals("204") || code.startsWith("4"))) {
                    continue; // nothing comes back to show
                }
                if (!json.contains("\"example\"") && !json.contains("\"examples\"")) {
                    withoutExample.add(operation.getKey().toUpperCase() + " " + path.getKey());
                }
            }
        }
        assertThat(operations).isGreaterThan(50);
        assertThat(withoutExample).as("operations without any example").isEmpty();
    }
}
