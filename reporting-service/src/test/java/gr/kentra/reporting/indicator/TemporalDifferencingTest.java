package gr.kentra.reporting.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.reporting.ReportingIntegrationTest;
import gr.kentra.reporting.TestFact;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Moschato's requests: 10 in February, 3 in March. March's 3 is hidden in March's own table; the year, the
 * quarter or the range February-March must not publish 13 next to February's published 10.
 */
class TemporalDifferencingTest extends ReportingIntegrationTest {

    @BeforeEach
    void requests() throws Exception {
        emptyStore();
        List<String> facts = new ArrayList<>();
        add(facts, "moschato-tavros", "attica", "2026-02", 10);
        add(facts, "moschato-tavros", "attica", "2026-03", 3);
        add(facts, "elefsina", "attica", "2026-02", 12);
        add(facts, "elefsina", "attica", "2026-03", 14);
        add(facts, "nea-smyrni", "attica", "2026-02", 9);
        add(facts, "nea-smyrni", "attica", "2026-03", 8);
        deliver(facts);
    }

    @Test
    void aPeriodNeverPublishesACentreValueWhoseMonthIsHidden() throws Exception {
        assertThat(moschato("2026-02", "2026-02")).isEqualTo(10L);
        assertThat(moschato("2026-03", "2026-03")).as("3 is below k").isNull();

        for (String[] period : new String[][] {{"2026-01", "2026-12"}, {"2026-01", "2026-03"},
                {"2026-02", "2026-03"}, {"2026-03", "2026-04"}}) {
            assertThat(moschato(period[0], period[1])).as("%s..%s", period[0], period[1]).isNull();
        }
    }

    @Test
    void aPeriodStillPublishesWhatEveryOneOfItsMonthsPublishes() throws Exception {
        String json = body("region:attica", "2026-01", "2026-12");
        List<Object> elefsina = JsonPath.read(json, "$.tables[0].rows[?(@.key == 'elefsina')].total.value");
        assertThat(elefsina).containsExactly(26);
    }

    private Long moschato(String from, String to) throws Exception {
        String json = body("region:attica", from, to);
        List<Object> values = JsonPath.read(json, "$.tables[0].rows[?(@.key == 'moschato-tavros')].total.value");
        assertThat(values).hasSize(1);
        return values.getFirst() == null ? null : ((Number) values.getFirst()).longValue();
    }

    private String body(String scope, String from, String to) throws Exception {
        return mvc.perform(get("/reports/api/indicators?scope=" + scope + "&indicator=GEN03&from=" + from + "&to=" + to)
                        .with(analyst()).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static void add(List<String> facts, String tenant, String region, String month, int count) {
        for (int i = 0; i < count; i++) {
            facts.add(TestFact.of("REQUEST_OPENED").centre(tenant, region).with("month", month)
                    .person(tenant + month + i).with("category", "GMI_APPLICATION").json());
        }
    }
}
