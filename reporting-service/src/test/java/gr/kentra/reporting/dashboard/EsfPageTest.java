package gr.kentra.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import gr.kentra.reporting.TestFact;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class EsfPageTest extends DashboardTestBase {

    private static final String PERIOD = "&from=2026-01&to=2026-12";

    @BeforeEach
    void participants() throws Exception {
        emptyStore();
        List<TestFact> facts = new ArrayList<>();
        enter(facts, "moschato-tavros", "attica", "5001910", "FEMALE", "UNEMPLOYED", 12);
        enter(facts, "moschato-tavros", "attica", "5001910", "MALE", "UNEMPLOYED", 7);
        enter(facts, "moschato-tavros", "attica", "5001910", "FEMALE", "INACTIVE", 2);
        enter(facts, "elefsina", "attica", "5002000", "FEMALE", "UNEMPLOYED", 9);
        enter(facts, "elefsina", "attica", "5002000", "MALE", "UNEMPLOYED", 6);
        enter(facts, "mouzaki", "thessaly", "5003000", "FEMALE", "EMPLOYED", 8);
        enter(facts, "mouzaki", "thessaly", "5003000", "MALE", "EMPLOYED", 5);
        deliver(TestFact.json(facts));
    }

    private static void enter(List<TestFact> facts, String tenant, String region, String operation, String gender,
            String status, int count) {
        for (int i = 0; i < count; i++) {
            facts.add(TestFact.of("PARTICIPANT_ENTERED").centre(tenant, region).with("operation", operation)
                    .with("month", "2026-03").person(tenant + gender + status + i).with("gender", gender)
                    .with("ageBand", "25-29").with("employmentStatus", status).with("iscedLevel", 3));
        }
    }

    @Test
    void listsTheCoCodesWithAColumnPerGenderAndTheApisNumbers() throws Exception {
        Document page = page(analyst(), "/dashboards/esf?programme=2014-2020" + PERIOD);
        DocumentContext api = api(analyst(), "/reports/api/esf?programme=2014-2020" + PERIOD);
        List<String> codes = api.read("$.tables[0].rows[*].key");
        assertThat(codes).hasSize(19).first().isEqualTo("CO01");
        assertThat(page.select("#esf tbody tr").eachAttr("data-row")).isEqualTo(codes);
        assertThat(page.select("#esf thead th").eachText())
                .containsExactly("Δείκτης", "Γυναίκες", "Άνδρες", "Μη δυαδικό φύλο", "Άγνωστο", "Σύνολο");
        assertThat(page.selectFirst("#esf tr[data-row=CO01] th").text()).startsWith("CO01 ");
        compare(page, api);
    }

    @Test
    void aRegionalManagerSeesTheirRegionAndItsOperations() throws Exception {
        Document page = page(manager("attica"), "/dashboards/esf?programme=2021-2027" + PERIOD);
        assertThat(page.select("#region option").eachAttr("value")).containsExactly("attica");
        compare(page, api(manager("attica"), "/reports/api/esf?programme=2021-2027&region=attica" + PERIOD));
        assertThat(page.selectFirst("#esf tr[data-row=EECO01] td[data-column=TOTAL]").text()).isEqualTo("36");

        Document operation = page(manager("attica"), "/dashboards/esf?programme=2021-2027&operation=5002000"
                + PERIOD);
        compare(operation, api(manager("attica"), "/reports/api/esf?programme=2021-2027&operation=5002000" + PERIOD));
        assertThat(operation.selectFirst("#operation").attr("value")).isEqualTo("5002000");
    }

    @Test
    void anAnalystChoosesAnyRegionOrNone() throws Exception {
        Document national = page(analyst(), "/dashboards/esf?lang=en");
        assertThat(national.select("#region option").eachAttr("value")).hasSize(14).first().isEqualTo("");
        assertThat(national.selectFirst("#programme option[selected]").attr("value")).isEqualTo("2021-2027");
        assertThat(national.selectFirst("#esf thead th:nth-child(2)").text()).isEqualTo("Women");
        Document thessaly = page(analyst(), "/dashboards/esf?programme=2021-2027&region=thessaly" + PERIOD);
        assertThat(thessaly.selectFirst("#region option[selected]").attr("value")).isEqualTo("thessaly");
        compare(thessaly, api(analyst(), "/reports/api/esf?programme=2021-2027&region=thessaly" + PERIOD));
    }

    @Test
    void theDownloadLinksServeTheApisCsvAndXlsx() throws Exception {
        Document page = page(manager("attica"), "/dashboards/esf?programme=2014-2020" + PERIOD + "&lang=en");
        String csvHref = page.selectFirst("#export-csv").attr("href");
        assertThat(csvHref).startsWith("/reports/api/esf?").contains("region=attica", "format=csv");
        MockHttpServletResponse csv = download(manager("attica"), csvHref);
        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getContentType()).startsWith("text/csv");
        String text = csv.getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).contains("Indicator;Women;Men",
                // 21 women in truth: the year hides what a month's linked ESF protection hides (marked ×).
                "CO01 Unemployed, including long-term unemployed;×;13;0;0;×\r\n");
        String today = java.time.LocalDate.now(gr.kentra.commons.time.Athens.ZONE).toString();
        assertThat(csv.getHeader("Content-Disposition")).startsWith("attachment; filename=\"esf-2014-2020-region-attica-")
                .endsWith("-" + today + ".csv\"");

        MockHttpServletResponse xlsx = download(manager("attica"), page.selectFirst("#export-xlsx").attr("href"));
        assertThat(xlsx.getStatus()).isEqualTo(200);
        assertThat(xlsx.getContentType()).isEqualTo(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.getContentAsByteArray()).startsWith('P', 'K');
        assertThat(xlsx.getHeader("Content-Disposition")).endsWith("-" + today + ".xlsx\"");

        Document overview = page(analyst(), "/dashboards/?period=year&year=2026");
        MockHttpServletResponse indicators = download(analyst(),
                overview.selectFirst(".downloads a[href*=format=csv]").attr("href"));
        assertThat(indicators.getStatus()).isEqualTo(200);
        assertThat(indicators.getContentAsString(StandardCharsets.UTF_8)).contains("GEN01");
    }

    /** A browser follows a link with no Accept header of its own choosing. */
    private MockHttpServletResponse download(RequestPostProcessor caller, String href) throws Exception {
        return mvc.perform(get(href).with(caller).header("Accept", "text/html,*/*;q=0.8")).andReturn().getResponse();
    }

    private static void compare(Document page, DocumentContext api) {
        List<String> columns = api.read("$.tables[0].columns[*].key");
        List<Map<String, Object>> rows = api.read("$.tables[0].rows[*]");
        for (Map<String, Object> row : rows) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> cells = (List<Map<String, Object>>) row.get("cells");
            Element line = page.selectFirst("#esf tr[data-row=" + row.get("key") + "]");
            for (int c = 0; c < columns.size(); c++) {
                assertThat(line.selectFirst("td[data-column=" + columns.get(c) + "]").text())
                        .as(row.get("key") + " " + columns.get(c)).isEqualTo(shown(cells.get(c)));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> total = (Map<String, Object>) row.get("total");
            assertThat(line.selectFirst("td[data-column=TOTAL]").text()).isEqualTo(shown(total));
        }
    }
}
