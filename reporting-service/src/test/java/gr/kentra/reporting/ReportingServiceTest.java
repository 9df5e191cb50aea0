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
    void factTableHasNoColumnThatCouldHoldADirectIdentifier() {
        List<String> columns = jdbc.queryForList(
                "select column_name from information_schema.columns where table_name = 'indicator_fact'",
                String.class);
        assertThat(columns).isNotEmpty().noneMatch(c -> c.matches(".*(name|amka|afm|birth|address|phone|email|note).*"));
    }
}
