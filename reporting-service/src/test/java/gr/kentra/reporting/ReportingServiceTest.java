package gr.kentra.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReportingServiceTest extends ReportingIntegrationTest {

    @Test
    void reportsHealthyWithItsOwnDatabase() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        assertThat(jdbc.queryForObject("select current_database()", String.class)).isEqualTo("reporting_test");
    }

    @Test
    void refusesAnonymousCallersWithAProblem() throws Exception {
        mvc.perform(get("/reports/api/indicators"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void thePublicDocumentHidesTheInternalApiAndThisServicesOwnAddress() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        java.util.Map<String, Object> paths = com.jayway.jsonpath.JsonPath.read(docs, "$.paths");
        assertThat(paths.keySet()).isNotEmpty().noneMatch(path -> path.startsWith("/internal"));
        assertThat(docs).doesNotContain("localhost", "127.0.0.1");
    }

    @Test
    void servesMetricsToThePlatformsServicesOnly() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(platformAdmin())).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(factPublisher())).andExpect(status().isOk());
    }

    @Test
    void factTableHasNoColumnThatCouldHoldADirectIdentifier() {
        List<String> columns = jdbc.queryForList(
                "select column_name from information_schema.columns where table_name = 'indicator_fact'",
                String.class);
        assertThat(columns).isNotEmpty().noneMatch(c -> c.matches(".*(name|amka|afm|birth|address|phone|email|note).*"));
    }
}
