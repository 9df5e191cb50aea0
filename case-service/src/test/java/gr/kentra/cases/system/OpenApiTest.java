package gr.kentra.cases.system;

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
                    .replace("*", "{id}");
            assertThat(paths).as(rule.toString()).containsKey(path);
            assertThat(paths.get(path)).as(rule.toString()).containsKey(rule.method().name().toLowerCase());
        }
        assertThat(docs).contains("possibleDuplicates", "currentVersion", "HOUSING_EXCLUSION");
    }
}
