package gr.kentra.reporting.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.reporting.ReportingIntegrationTest;
import gr.kentra.reporting.TestFact;
import gr.kentra.reporting.indicator.export.CsvExport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class IndicatorApiTest extends ReportingIntegrationTest {

    private static final String YEAR = "&from=2026-01&to=2026-12";

    @BeforeEach
    void facts() throws Exception {
        emptyStore();
        List<TestFact> facts = new ArrayList<>();
        requests(facts, "moschato-tavros", "attica", 20, 2);
        requests(facts, "elefsina", "attica", 12, 6);
        requests(facts, "nea-smyrni", "attica", 9, 7);
        requests(facts, "mouzaki", "thessaly", 8, 10);
        deliver(TestFact.json(facts));
    }

    /** Each request from a different person, all in March 2026. */
    private static void requests(List<TestFact> facts, String tenant, String region, int gmi, int housing) {
        for (int i = 0; i < gmi + housing; i++) {
            facts.add(TestFact.of("REQUEST_OPENED").centre(tenant, region).with("month", "2026-03")
                    .person(tenant + i).with("category", i < gmi ? "GMI_APPLICATION" : "HOUSING_ALLOWANCE"));
        }
    }

    private ResultActions report(RequestPostProcessor caller, String query) throws Exception {
        return mvc.perform(get("/reports/api/indicators?" + query).with(caller).header("Accept-Language", "en")
                .accept(MediaType.APPLICATION_JSON));
    }

    private String body(RequestPostProcessor caller, String query) throws Exception {
        return report(caller, query).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void nationalTableHasRegionsAsRowsAndTheCountryAsTotals() throws Exception {
        report(analyst(), "scope=national&indicator=GEN03" + YEAR).andExpect(status().isOk())
                .andExpect(jsonPath("$.tables[0].code").value("GEN03"))
                .andExpect(jsonPath("$.tables[0].rowDimension").value("region"))
                .andExpect(jsonPath("$.tables[0].rows[*].key", contains("attica", "thessaly")))
                .andExpect(jsonPath("$.tables[0].columns[*].key", contains("GMI_APPLICATION", "HOUSING_ALLOWANCE")))
                .andExpect(jsonPath("$.tables[0].rows[0].cells[0].value").value(41))
                .andExpect(jsonPath("$.tables[0].totals.cells[0].value").value(49))
                .andExpect(jsonPath("$.footnotes[0]").value(org.hamcrest.Matchers.containsString("<5")));
    }

    @Test
    void aSmallCellIsPublishedAsSuppressedNullNeverAsItsValue() throws Exception {
        String json = body(analyst(), "scope=region:attica&indicator=GEN03" + YEAR);
        assertThat(JsonPath.<List<String>>read(json, "$.tables[0].rows[*].key"))
                .containsExactly("elefsina", "moschato-tavros", "nea-smyrni");
        Map<String, Object> housingInMoschato = JsonPath.read(json, "$.tables[0].rows[1].cells[1]");
        assertThat(housingInMoschato).containsEntry("suppressed", true).containsEntry("value", null);
        // Complementary suppression: the hidden 2 cannot be worked out from its row or its column.
        assertThat(JsonPath.<List<Boolean>>read(json, "$.tables[0].rows[*].cells[1].suppressed"))
                .filteredOn(Boolean.TRUE::equals).hasSizeGreaterThanOrEqualTo(2);
        assertThat(JsonPath.<List<Boolean>>read(json, "$.tables[0].rows[1].cells[*].suppressed"))
                .filteredOn(Boolean.TRUE::equals).hasSizeGreaterThanOrEqualTo(2);
        // The region's totals are large and published.
        assertThat(JsonPath.<Integer>read(json, "$.tables[0].totals.total.value")).isEqualTo(56);
    }

    @Test
    void referralOutcomesByServiceTypeAddUpToReferralsByOutcomeAndNeitherGivesTheOthersHiddenCountsAway()
            throws Exception {
        // Closed referrals as case-service writes them: the service type as category, the outcome (issue 17).
        List<TestFact> facts = new ArrayList<>();
        closed(facts, "moschato-tavros", "attica", Map.of("HOSPITAL|COMPLETED", 12, "NGO|COMPLETED", 2,
                "HOSPITAL|DECLINED", 6));
        closed(facts, "elefsina", "attica", Map.of("HOSPITAL|COMPLETED", 8, "NGO|COMPLETED", 7,
                "NGO|DECLINED", 5));
        closed(facts, "mouzaki", "thessaly", Map.of("HOSPITAL|COMPLETED", 9));
        deliver(TestFact.json(facts));

        String national = body(analyst(), "scope=national&indicator=GEN13" + YEAR);
        assertThat(JsonPath.<List<String>>read(national, "$.tables[0].columns[*].key")).containsExactly(
                "HOSPITAL|COMPLETED", "HOSPITAL|DECLINED", "NGO|COMPLETED", "NGO|DECLINED");
        assertThat(JsonPath.<String>read(national, "$.tables[0].columns[0].label")).isEqualTo("Hospital · Completed");
        assertThat(JsonPath.<String>read(national, "$.tables[0].label")).isEqualTo("Referral outcomes by service type");
        assertThat(JsonPath.<Integer>read(national, "$.tables[0].totals.cells[0].value")).isEqualTo(29);
        assertThat(JsonPath.<Integer>read(national, "$.tables[0].totals.total.value")).isEqualTo(49);

        // The year (protected by its months) and March alone (GEN06 and GEN13 protected as one linked table).
        for (String period : List.of(YEAR, "&from=2026-03&to=2026-03")) {
            noOutcomeGivesAHiddenPartAway(body(analyst(), "scope=region:attica" + period));
        }
        assertThat(mvc.perform(get("/reports/api/indicators?scope=region:attica&indicator=GEN13" + YEAR)
                        .with(analyst()).header("Accept-Language", "el").accept("text/csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Νοσοκομείο · Ολοκληρώθηκε").doesNotContain(";2;");
    }

    private static void noOutcomeGivesAHiddenPartAway(String region) {
        List<Map<String, Object>> gen06 = JsonPath.read(region, "$.tables[?(@.code == 'GEN06')].rows[*]");
        List<Map<String, Object>> gen13 = JsonPath.read(region, "$.tables[?(@.code == 'GEN13')].rows[*]");
        List<String> outcomes = JsonPath.read(region, "$.tables[?(@.code == 'GEN06')].columns[*].key");
        List<String> pairs = JsonPath.read(region, "$.tables[?(@.code == 'GEN13')].columns[*].key");
        // NGO's 2 completions at Moschato-Tavros are hidden, and neither by their row nor through GEN06 recoverable:
        // no outcome of a centre where GEN06 publishes the sum and GEN13 hides exactly one of its parts.
        assertThat(cell(gen13, "moschato-tavros", pairs.indexOf("NGO|COMPLETED"))).containsEntry("suppressed", true)
                .containsEntry("value", null);
        for (int r = 0; r < gen06.size(); r++) {
            for (int o = 0; o < outcomes.size(); o++) {
                String outcome = outcomes.get(o);
                String centre = (String) gen06.get(r).get("key");
                long hiddenParts = java.util.stream.IntStream.range(0, pairs.size())
                        .filter(c -> pairs.get(c).endsWith("|" + outcome))
                        .filter(c -> Boolean.TRUE.equals(cell(gen13, centre, c).get("suppressed"))).count();
                boolean sumPublished = !Boolean.TRUE.equals(cell(gen06, centre, o).get("suppressed"));
                assertThat(sumPublished && hiddenParts == 1).as("%s %s", centre, outcome).isFalse();
            }
        }
        assertThat(JsonPath.<List<Number>>read(region, "$.tables[?(@.code == 'GEN06')].totals.total.value"))
                .isEqualTo(JsonPath.<List<Number>>read(region, "$.tables[?(@.code == 'GEN13')].totals.total.value"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cell(List<Map<String, Object>> rows, String key, int column) {
        Map<String, Object> row = rows.stream().filter(r -> key.equals(r.get("key"))).findFirst().orElseThrow();
        return ((List<Map<String, Object>>) row.get("cells")).get(column);
    }

    /** Closed referrals in March 2026, each of another person: {@code type|outcome} to how many. */
    private static void closed(List<TestFact> facts, String tenant, String region, Map<String, Integer> counts) {
        counts.forEach((pair, count) -> {
            for (int i = 0; i < count; i++) {
                String[] parts = pair.split("\\|");
                facts.add(TestFact.of("REFERRAL_CLOSED").centre(tenant, region).with("month", "2026-03")
                        .person(tenant + pair + i).with("category", parts[0]).with("outcome", parts[1]));
            }
        });
    }

    @Test
    void noPublishedNumberInAnyViewIsBetweenOneAndKMinusOne() throws Exception {
        for (String scope : List.of("national", "region:attica", "region:thessaly", "centre:moschato-tavros",
                "centre:mouzaki")) {
            String json = body(analyst(), "scope=" + scope + YEAR);
            List<Object> values = JsonPath.read(json, "$.tables[*]..value");
            assertThat(values).as(scope).isNotEmpty()
                    .allSatisfy(v -> assertThat(v == null || ((Number) v).longValue() == 0
                            || ((Number) v).longValue() >= 5).isTrue());
        }
    }

    @Test
    void uniqueBeneficiariesCountEachPersonOnce() throws Exception {
        report(analyst(), "scope=national&indicator=GEN01" + YEAR).andExpect(status().isOk())
                .andExpect(jsonPath("$.tables[0].rows[0].total.value").value(56))
                .andExpect(jsonPath("$.tables[0].totals.total.value").value(74))
                .andExpect(jsonPath("$.footnotes", hasItem(org.hamcrest.Matchers.containsString("counts once"))));
    }

    @Test
    void carriesAComparisonPeriodWhenAskedFor() throws Exception {
        report(analyst(), "scope=national&indicator=GEN03" + YEAR + "&compareFrom=2025-01&compareTo=2025-12")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.compareFrom").value("2025-01"))
                .andExpect(jsonPath("$.tables[0].comparison.from").value("2025-01"))
                .andExpect(jsonPath("$.tables[0].comparison.totals.total.value").value(0));
    }

    @Test
    void aRegionalManagerSeesTheirRegionAndItsCentresOnly() throws Exception {
        report(manager("attica"), "scope=region:attica" + YEAR).andExpect(status().isOk());
        report(manager("attica"), "scope=centre:elefsina" + YEAR).andExpect(status().isOk());
        report(manager("attica"), "scope=region:thessaly" + YEAR).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("part of the country")));
        report(manager("attica"), "scope=centre:mouzaki" + YEAR).andExpect(status().isForbidden());
        report(manager("attica"), "scope=national" + YEAR).andExpect(status().isForbidden());
        report(token(List.of(), null, "regional-manager"), "scope=region:attica" + YEAR)
                .andExpect(status().isForbidden());
    }

    @Test
    void aCoordinatorSeesOnlyTheirOwnCentre() throws Exception {
        report(coordinatorOf("mouzaki"), "scope=centre:mouzaki" + YEAR).andExpect(status().isOk())
                .andExpect(jsonPath("$.tables[0].rows[0].key").value("mouzaki"));
        report(coordinatorOf("mouzaki"), "scope=centre:elefsina" + YEAR).andExpect(status().isForbidden());
        report(coordinatorOf("mouzaki"), "scope=region:thessaly" + YEAR).andExpect(status().isForbidden());
        report(token(List.of("mouzaki"), null, "social-worker"), "scope=centre:mouzaki" + YEAR)
                .andExpect(status().isForbidden());
    }

    @Test
    void badParametersAreFieldErrorsInTheCallersLanguage() throws Exception {
        report(analyst(), "scope=national&from=2026-13&to=2026-12").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a month as YYYY-MM"));
        report(analyst(), "scope=national&from=2026-12&to=2026-01").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("must not be after the end of the period"));
        report(analyst(), "scope=province:attica" + YEAR).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scope"));
        report(analyst(), "scope=national&indicator=CO01" + YEAR).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("indicator"));
        report(analyst(), "scope=national" + YEAR + "&compareFrom=2025-01").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("compareTo"));
        mvc.perform(get("/reports/api/indicators?scope=national&from=2026-1&to=2026-12").with(analyst()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("πρέπει να είναι μήνας της μορφής ΕΕΕΕ-ΜΜ"));
    }

    @Test
    void aCsvExportAsksForAMonthAndStillGetsAJsonProblem() throws Exception {
        mvc.perform(get("/reports/api/indicators?scope=national&from=x&to=2026-12").with(analyst())
                        .accept("text/csv"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void exportsCsvForGreekExcelWithBomSemicolonsGreekLabelsANameOfWhatAndWhenAndHiddenCellsHidden()
            throws Exception {
        org.springframework.mock.web.MockHttpServletResponse response = mvc.perform(
                        get("/reports/api/indicators?scope=region:attica&indicator=GEN03" + YEAR)
                        .with(analyst()).accept("text/csv").header("Accept-Language", "el"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse();
        byte[] csv = response.getContentAsByteArray();
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("GEN03 Αιτήματα ανά είδος;2026-01..2026-12\r\n")
                .contains("Κέντρο;GMI_APPLICATION;HOUSING_ALLOWANCE;Σύνολο\r\n")
                .contains("Σύνολο;41;15;56\r\n")
                .contains("* <5: λιγότερες από 5").contains("* ×: αποκρύπτεται για την προστασία άλλων κελιών");
        List<String> lines = CsvExport.lines(csv);
        assertThat(lines).anyMatch(line -> line.startsWith("moschato-tavros;") && line.contains(";×;"));
        String today = java.time.LocalDate.now(gr.kentra.commons.time.Athens.ZONE).toString();
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"deiktes-region-attica-2026-01-2026-12-" + today + ".csv\"");
        // A year is protected by its months: its hidden values make no claim about their size (see the README).
    }

    @Test
    void anEmptyStoreGivesEmptyTablesNotAnError() throws Exception {
        emptyStore();
        report(analyst(), "scope=national" + YEAR).andExpect(status().isOk())
                .andExpect(jsonPath("$.tables[0].rows").isEmpty())
                .andExpect(jsonPath("$.tables[0].totals.total.value").value(0));
        report(analyst(), "scope=centre:elefsina" + YEAR).andExpect(status().isOk());
        mvc.perform(get("/reports/api/esf?programme=2021-2027").with(analyst())).andExpect(status().isOk());
    }
}
