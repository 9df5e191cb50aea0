package gr.kentra.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import gr.kentra.reporting.TestFact;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class DashboardPageTest extends DashboardTestBase {

    private static final String YEAR_2026 = "?period=year&year=2026";

    @BeforeEach
    void facts() throws Exception {
        emptyStore();
        List<TestFact> facts = new ArrayList<>();
        requests(facts, "moschato-tavros", "attica", "2026-03", 20, 2);
        requests(facts, "elefsina", "attica", "2026-03", 12, 6);
        requests(facts, "nea-smyrni", "attica", "2026-03", 9, 7);
        requests(facts, "mouzaki", "thessaly", "2026-03", 8, 10);
        // April: three requests in Moschato only, a month whose count must be hidden.
        requests(facts, "moschato-tavros", "attica", "2026-04", 3, 0);
        // The year before, for the comparison column.
        requests(facts, "moschato-tavros", "attica", "2025-05", 10, 0);
        requests(facts, "mouzaki", "thessaly", "2025-05", 30, 0);
        deliver(TestFact.json(facts));
    }

    /** Each request from a different person of the centre (the same people in every month). */
    private static void requests(List<TestFact> facts, String tenant, String region, String month, int gmi,
            int housing) {
        for (int i = 0; i < gmi + housing; i++) {
            facts.add(TestFact.of("REQUEST_OPENED").centre(tenant, region).with("month", month).person(tenant + i)
                    .with("category", i < gmi ? "GMI_APPLICATION" : "HOUSING_ALLOWANCE"));
        }
    }

    @Test
    void theOverviewShowsTheApisNumbersForTheSameScopeAndPeriod() throws Exception {
        compare(analyst(), "/dashboards/" + YEAR_2026, "national");
        compare(manager("attica"), "/dashboards/" + YEAR_2026, "region:attica");
        compare(coordinatorOf("moschato-tavros"), "/dashboards/" + YEAR_2026, "centre:moschato-tavros");
        compare(analyst(), "/dashboards/regions/thessaly" + YEAR_2026 + "&compare=lastYear", "region:thessaly");
    }

    @Test
    void theDashboardsMayNotBeFramedSniffedOrRunInlineScript() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/dashboards/" + YEAR_2026).with(analyst()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string(
                        "Content-Security-Policy", org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("frame-ancestors 'none'"),
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")))))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("X-Content-Type-Options", "nosniff"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Referrer-Policy", "no-referrer"));
        Document page = page(analyst(), "/dashboards/" + YEAR_2026);
        assertThat(page.select("script:not([src]), style, [style]")).as("inline script or style").isEmpty();
    }

    /** Every summary row, every comparison cell and the detail table against the API's JSON. */
    private void compare(RequestPostProcessor caller, String path, String scope) throws Exception {
        Document page = page(caller, path + "&indicator=GEN03");
        DocumentContext api = api(caller, "/reports/api/indicators?scope=" + scope
                + "&from=2026-01&to=2026-12&compareFrom=2025-01&compareTo=2025-12");
        List<String> codes = api.read("$.tables[*].code");
        assertThat(page.select("#summary tbody tr").eachAttr("data-indicator")).as(scope).isEqualTo(codes);
        for (int t = 0; t < codes.size(); t++) {
            String code = codes.get(t);
            Element row = page.selectFirst("#summary tr[data-indicator=" + code + "]");
            assertThat(row.selectFirst("td[data-cell=value]").text()).as(scope + " " + code)
                    .isEqualTo(shown(api.read("$.tables[" + t + "].totals.total")));
            assertThat(row.selectFirst("td[data-cell=comparison]").text()).as(scope + " " + code + " before")
                    .isEqualTo(shown(api.read("$.tables[" + t + "].comparison.totals.total")));
            List<Map<String, Object>> rows = api.read("$.tables[" + t + "].rows[*]");
            for (Map<String, Object> apiRow : rows) {
                @SuppressWarnings("unchecked")
                Map<String, Object> total = (Map<String, Object>) apiRow.get("total");
                assertThat(cell(page, "comparisons", (String) apiRow.get("key"), code).text())
                        .as(scope + " " + code + " " + apiRow.get("key")).isEqualTo(shown(total));
            }
        }
        int gen03 = codes.indexOf("GEN03");
        List<String> columns = api.read("$.tables[" + gen03 + "].columns[*].key");
        List<Map<String, Object>> rows = api.read("$.tables[" + gen03 + "].rows[*]");
        assertThat(page.select("#detail tbody tr").eachAttr("data-row"))
                .isEqualTo(rows.stream().map(r -> r.get("key")).toList());
        for (Map<String, Object> apiRow : rows) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> cells = (List<Map<String, Object>>) apiRow.get("cells");
            for (int c = 0; c < columns.size(); c++) {
                assertThat(cell(page, "detail", (String) apiRow.get("key"), columns.get(c)).text())
                        .isEqualTo(shown(cells.get(c)));
            }
        }
    }

    private static Element cell(Document page, String table, String row, String column) {
        Element cell = page.selectFirst("#" + table + " tr[data-row=" + row + "] td[data-column=" + column + "]");
        assertThat(cell).as(table + " " + row + " " + column).isNotNull();
        return cell;
    }

    @Test
    void aHiddenCellShowsLessThanKAndNeverItsNumber() throws Exception {
        Document page = page(analyst(), "/dashboards/regions/attica" + YEAR_2026 + "&indicator=GEN03");
        Element housingInMoschato = cell(page, "detail", "moschato-tavros", "HOUSING_ALLOWANCE");
        // A year is protected by its months: its hidden cells claim nothing about their size (2 in truth).
        assertThat(housingInMoschato.text()).isEqualTo("×");
        assertThat(housingInMoschato.attr("data-suppressed")).isEqualTo("true");
        // Every cell the API hides is its mark on the page (<5, or × when hidden to protect others), never its count.
        Map<String, Integer> housing = Map.of("moschato-tavros", 2, "elefsina", 6, "nea-smyrni", 7);
        Map<String, Integer> gmi = Map.of("moschato-tavros", 23, "elefsina", 12, "nea-smyrni", 9);
        DocumentContext api = api(analyst(), "/reports/api/indicators?scope=region:attica&indicator=GEN03"
                + "&from=2026-01&to=2026-12");
        List<Map<String, Object>> rows = api.read("$.tables[0].rows[*]");
        int hidden = 0;
        for (Map<String, Object> row : rows) {
            String key = (String) row.get("key");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> cells = (List<Map<String, Object>>) row.get("cells");
            for (int c = 0; c < 2; c++) {
                if (Boolean.TRUE.equals(cells.get(c).get("suppressed"))) {
                    hidden++;
                    String column = c == 0 ? "GMI_APPLICATION" : "HOUSING_ALLOWANCE";
                    int truth = (c == 0 ? gmi : housing).get(key);
                    assertThat(cell(page, "detail", key, column).text()).isEqualTo(shown(cells.get(c)))
                            .doesNotContain(String.valueOf(truth));
                }
            }
        }
        assertThat(hidden).as("complementary suppression hides more than the small cell").isGreaterThanOrEqualTo(2);
        // Nothing marked hidden anywhere on the page (tables and trend bars) prints anything but a mark.
        assertThat(page.select("[data-suppressed=true]")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.is("g") ? e.selectFirst("text.value").text() : e.text())
                        .isIn("<5", "×"));
    }

    @Test
    void theTrendDrawsEveryMonthAndHatchesAHiddenOneWithoutItsNumber() throws Exception {
        Document page = page(coordinatorOf("moschato-tavros"),
                "/dashboards/?period=range&from=2026-03&to=2026-05&indicator=GEN03");
        Element chart = page.selectFirst("figure.trend[data-indicator=GEN03]");
        List<Element> bars = chart.select("svg g");
        assertThat(bars).hasSize(3);
        assertThat(chart.select("text.tick").eachText()).containsExactly("03", "04", "05");
        for (int m = 0; m < 3; m++) {
            String month = "2026-0" + (m + 3);
            DocumentContext api = api(coordinatorOf("moschato-tavros"),
                    "/reports/api/indicators?scope=centre:moschato-tavros&indicator=GEN03&from=" + month + "&to=" + month);
            assertThat(bars.get(m).selectFirst("text.value").text()).as(month)
                    .isEqualTo(shown(api.read("$.tables[0].totals.total")));
        }
        Element april = bars.get(1);
        assertThat(april.attr("data-suppressed")).isEqualTo("true");
        assertThat(april.selectFirst("rect").attr("fill")).isEqualTo("url(#hatch)");
        // A month's total is hidden as a total: marked ×, which says nothing about its size.
        assertThat(april.selectFirst("title").text()).endsWith(": ×").doesNotContain("3");
        assertThat(chart.selectFirst("desc").text()).contains("Απρίλιος 2026: ×").doesNotContain("Απρίλιος 2026: 3");
        assertThat(chart.selectFirst("svg").attr("role")).isEqualTo("img");
        assertThat(chart.selectFirst("svg").attr("aria-labelledby")).contains("trend-GEN03", "trend-desc-GEN03");
    }

    @Test
    void referralOutcomesByServiceTypeShowAColumnPerTypeAndOutcomeWithTheirSmallCountsHidden() throws Exception {
        List<TestFact> facts = new ArrayList<>();
        for (String[] closed : new String[][] {{"moschato-tavros", "HOSPITAL", "COMPLETED", "12"},
                {"moschato-tavros", "NGO", "COMPLETED", "2"}, {"elefsina", "HOSPITAL", "COMPLETED", "9"},
                {"elefsina", "NGO", "COMPLETED", "7"}}) {
            for (int i = 0; i < Integer.parseInt(closed[3]); i++) {
                facts.add(TestFact.of("REFERRAL_CLOSED").centre(closed[0], "attica").with("month", "2026-03")
                        .person(closed[0] + closed[1] + i).with("category", closed[1]).with("outcome", closed[2]));
            }
        }
        deliver(TestFact.json(facts));
        Document page = page(analyst(), "/dashboards/regions/attica" + YEAR_2026 + "&indicator=GEN13");
        assertThat(page.select("#detail thead th").eachText()).contains("Νοσοκομείο · Ολοκληρώθηκε",
                "Μη κυβερνητική οργάνωση · Ολοκληρώθηκε");
        Element ngoInMoschato = page.selectFirst("#detail tr[data-row=moschato-tavros] td[data-column=\"NGO|COMPLETED\"]");
        assertThat(ngoInMoschato).isNotNull();
        assertThat(ngoInMoschato.attr("data-suppressed")).isEqualTo("true");
        assertThat(ngoInMoschato.text()).isEqualTo("×");
    }

    /**
     * A page read right after intake of closed referrals shows GEN06 and GEN13 from their older protected numbers,
     * says so with their time, and shows the new ones once protected (off the request thread).
     */
    @Test
    void aLinkedTableShownFromItsOlderNumbersSaysHowOldTheyAreUntilTheNewOnesAreShown() throws Exception {
        deliver(referralsClosed("moschato-tavros", 12));
        String overview = "/dashboards/" + YEAR_2026;
        List<String> cold = footnotes(page(analyst(), overview));
        assertThat(cold).anyMatch(note -> note.matches("Τα στοιχεία περιλαμβάνουν ό,τι είχε καταχωριστεί έως"
                        + " \\d{1,2} \\S+ \\d{4}, \\d{2}:\\d{2}\\."))
                .noneMatch(note -> note.startsWith("GEN06, GEN13"));

        deliver(referralsClosed("elefsina", 7));

        assertThat(footnotes(page(analyst(), overview)))
                .anyMatch(note -> note.startsWith("GEN06, GEN13: στοιχεία έως "));
        await().atMost(java.time.Duration.ofSeconds(30)).until(() -> footnotes(page(analyst(), overview)).stream()
                .noneMatch(note -> note.startsWith("GEN06, GEN13")));
    }

    private List<String> referralsClosed(String centre, int count) {
        List<TestFact> facts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            facts.add(TestFact.of("REFERRAL_CLOSED").centre(centre, "attica").with("month", "2026-03")
                    .person(centre + "-referral-" + i).with("category", "HOSPITAL").with("outcome", "COMPLETED"));
        }
        return TestFact.json(facts);
    }

    private static List<String> footnotes(Document page) {
        return page.select("section.footnotes li").eachText();
    }

    @Test
    void aRegionalManagerSeesTheirRegionOnly() throws Exception {
        Document page = page(manager("attica"), "/dashboards/" + YEAR_2026);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Περιφέρεια Αττικής");
        assertThat(page.select("#comparisons tbody tr").eachAttr("data-row"))
                .containsExactly("elefsina", "moschato-tavros", "nea-smyrni");
        assertThat(page.html()).doesNotContain("mouzaki").doesNotContain("thessaly").doesNotContain("Θεσσαλία");
        assertThat(page.select("#comparisons a").eachAttr("href"))
                .allMatch(href -> href.startsWith("/dashboards/centres/"));
        assertThat(page(manager("attica"), "/dashboards/centres/elefsina" + YEAR_2026).selectFirst("h1").text())
                .contains("elefsina");
    }

    @Test
    void centresAreNamedAsTheRegistryNamesThemInTheRowsHeadingsAndApi() throws Exception {
        TestFact fact = TestFact.of("REQUEST_OPENED").centre("elefsina", "attica").with("month", "2026-03")
                .person("elefsina-named").with("category", "GMI_APPLICATION");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/internal/facts")
                        .with(factPublisher()).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"facts\":[" + TestFact.json(List.of(fact)).getFirst() + "],\"names\":{"
                                + "\"elefsina\":{\"el\":\"Κέντρο Κοινότητας Δήμου Ελευσίνας\","
                                + "\"en\":\"Community Centre of Elefsina\"},"
                                // Not a centre of this batch: a relay names only the centre it delivers for.
                                + "\"mouzaki\":{\"el\":\"Ψεύτικο όνομα\"}}}"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());

        Document region = page(manager("attica"), "/dashboards/" + YEAR_2026);
        assertThat(region.selectFirst("#comparisons tr[data-row=elefsina] th").text())
                .isEqualTo("Κέντρο Κοινότητας Δήμου Ελευσίνας");
        assertThat(region.selectFirst("#comparisons tr[data-row=nea-smyrni] th").text()).contains("nea-smyrni");
        assertThat(page(manager("attica"), "/dashboards/centres/elefsina" + YEAR_2026).selectFirst("h1").text())
                .isEqualTo("Κέντρο Κοινότητας Δήμου Ελευσίνας");
        assertThat(page(manager("attica"), "/dashboards/centres/elefsina" + YEAR_2026 + "&lang=en")
                .selectFirst("h1").text()).isEqualTo("Community Centre of Elefsina");
        assertThat(page(analyst(), "/dashboards/" + YEAR_2026).selectFirst("#comparisons tr[data-row=attica] th")
                .text()).isEqualTo("Αττική");
        DocumentContext api = api(manager("attica"), "/reports/api/indicators?scope=region:attica&from=2026-01&to=2026-12");
        assertThat(api.<List<String>>read("$.tables[0].rows[?(@.key == 'elefsina')].label"))
                .containsExactly("Κέντρο Κοινότητας Δήμου Ελευσίνας");
        assertThat(page(analyst(), "/dashboards/regions/thessaly" + YEAR_2026).html()).doesNotContain("Ψεύτικο");
    }

    @Test
    void anotherRegionsPageIsTheSame403PageAsNoReportingRole() throws Exception {
        MockHttpServletResponse otherRegion = response(manager("attica"), "/dashboards/regions/thessaly");
        MockHttpServletResponse otherCentre = response(manager("attica"), "/dashboards/centres/mouzaki");
        MockHttpServletResponse withPeriod = response(manager("attica"), "/dashboards/regions/thessaly" + YEAR_2026);
        MockHttpServletResponse esf = response(manager("attica"), "/dashboards/esf?region=thessaly");
        MockHttpServletResponse noRole = response(token(List.of("mouzaki"), null, "social-worker"), "/dashboards/");
        MockHttpServletResponse coordinatorElsewhere = response(coordinatorOf("mouzaki"),
                "/dashboards/centres/moschato-tavros");
        MockHttpServletResponse coordinatorEsf = response(coordinatorOf("mouzaki"), "/dashboards/esf");
        MockHttpServletResponse coordinatorRegion = response(coordinatorOf("mouzaki"), "/dashboards/regions/thessaly");
        String expected = noRole.getContentAsString(StandardCharsets.UTF_8);
        assertThat(noRole.getStatus()).isEqualTo(403);
        assertThat(noRole.getContentType()).startsWith("text/html");
        assertThat(Jsoup.parse(expected).selectFirst("h1").text()).isEqualTo("Δεν επιτρέπεται");
        for (MockHttpServletResponse refused : List.of(otherRegion, otherCentre, withPeriod, esf,
                coordinatorElsewhere, coordinatorEsf, coordinatorRegion)) {
            assertThat(refused.getStatus()).isEqualTo(403);
            assertThat(refused.getContentType()).startsWith("text/html");
            assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(expected);
        }
    }

    @Test
    void aCallerWithoutATokenGetsTheSharedUnauthorizedProblemInGreekOrEnglish() throws Exception {
        MockHttpServletResponse greek = mvc.perform(org.springframework.test.web.servlet.request
                .MockMvcRequestBuilders.get("/dashboards/")).andReturn().getResponse();
        MockHttpServletResponse english = mvc.perform(org.springframework.test.web.servlet.request
                .MockMvcRequestBuilders.get("/dashboards/").header("Accept-Language", "en")).andReturn().getResponse();
        assertThat(greek.getStatus()).isEqualTo(401);
        assertThat(greek.getContentType()).startsWith("application/problem+json");
        assertThat(greek.getContentAsString(StandardCharsets.UTF_8)).contains("διακριτικό πρόσβασης");
        assertThat(english.getStatus()).isEqualTo(401);
        assertThat(english.getContentAsString(StandardCharsets.UTF_8)).contains("access token");
    }

    @Test
    void greekByDefaultEnglishWithLangOrAcceptLanguage() throws Exception {
        Document greek = page(analyst(), "/dashboards/" + YEAR_2026);
        assertThat(greek.selectFirst("html").attr("lang")).isEqualTo("el");
        assertThat(greek.selectFirst("h1").text()).isEqualTo("Σύνολο χώρας");
        assertThat(greek.selectFirst("#summary caption").text()).startsWith("Γενικοί δείκτες: 2026");
        assertThat(greek.selectFirst("#summary tr[data-indicator=GEN01] th").text())
                .contains("Μοναδικοί ωφελούμενοι που εξυπηρετήθηκαν");
        assertThat(greek.selectFirst("#comparisons tr[data-row=attica] th").text()).isEqualTo("Αττική");
        assertThat(greek.selectFirst("#month option[value=1]").text()).isEqualTo("Ιανουάριος");

        Document english = page(analyst(), "/dashboards/" + YEAR_2026 + "&lang=en");
        assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(english.selectFirst("h1").text()).isEqualTo("Whole country");
        assertThat(english.selectFirst("#summary tr[data-indicator=GEN01] th").text())
                .contains("Unique beneficiaries served");
        assertThat(english.selectFirst("#comparisons tr[data-row=attica] th").text()).isEqualTo("Attica");
        assertThat(english.select("#comparisons a").eachAttr("href")).allMatch(href -> href.endsWith("lang=en"));

        Document accepted = Jsoup.parse(mvc.perform(org.springframework.test.web.servlet.request
                        .MockMvcRequestBuilders.get("/dashboards/" + YEAR_2026).with(analyst())
                        .header("Accept-Language", "en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(accepted.selectFirst("h1").text()).isEqualTo("Whole country");
    }

    @Test
    void anUnknownRegionOrCentreIsA404PageNotAPageOfZeros() throws Exception {
        for (String path : List.of("/dashboards/regions/atlantis", "/dashboards/centres/atlantis" + YEAR_2026)) {
            MockHttpServletResponse response = response(analyst(), path);
            assertThat(response.getStatus()).as(path).isEqualTo(404);
            assertThat(response.getContentType()).startsWith("text/html");
            assertThat(Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8)).selectFirst("h1").text())
                    .isEqualTo("Η σελίδα δεν βρέθηκε");
        }
        // A new centre without facts yet is still its own coordinator's page.
        assertThat(response(coordinatorOf("agia-varvara"), "/dashboards/centres/agia-varvara").getStatus())
                .isEqualTo(200);
    }

    @Test
    void theWideTablesScrollByKeyboardAndThePickerSendsOnlyWhatWasChosen() throws Exception {
        Document page = page(analyst(), "/dashboards/" + YEAR_2026);
        for (String table : List.of("comparisons", "detail")) {
            Element region = page.selectFirst("#" + table).parent();
            assertThat(region.attr("tabindex")).as(table).isEqualTo("0");
            assertThat(region.attr("role")).isEqualTo("region");
            assertThat(page.getElementById(region.attr("aria-labelledby"))).as(table + " label").isNotNull();
        }
        // A year view leaves quarter and month unchosen, so choosing one of them is not silently ignored.
        assertThat(page.selectFirst("#quarter option[selected]").val()).isEmpty();
        assertThat(page.selectFirst("#month option[selected]").val()).isEmpty();
        Document quarter = page(analyst(), "/dashboards/?period=year&year=2026&quarter=1");
        assertThat(quarter.selectFirst("#period option[selected]").val()).isEqualTo("quarter");
        assertThat(quarter.selectFirst("#quarter option[selected]").val()).isEqualTo("1");
    }

    @Test
    void theDashboardsWearThePlatformsOneLookWithRoleLogoutFooterAndStatement() throws Exception {
        Document page = page(manager("attica"), "/dashboards/" + YEAR_2026);
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).containsExactly(
                "/dashboards/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css",
                "/dashboards/assets/kentra.css", "/dashboards/dashboard.css");
        assertThat(page.selectFirst("a.govuk-skip-link").attr("href")).isEqualTo("#main");
        assertThat(page.getElementById("main")).isNotNull();
        assertThat(page.selectFirst(".kentra-header__person").text()).isEqualTo("Υπεύθυνος/η περιφέρειας");
        assertThat(page.selectFirst("form[data-logout]").attr("action")).isEqualTo("/logout");
        assertThat(page.selectFirst(".kentra-header__link").attr("hreflang")).isEqualTo("en");
        assertThat(page.selectFirst("footer a").attr("href")).isEqualTo("/dashboards/accessibility?lang=el");
        for (String asset : List.of("/dashboards/assets/kentra.css", "/dashboards/assets/chrome.js",
                "/dashboards/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css")) {
            assertThat(response(analyst(), asset).getStatus()).as(asset).isEqualTo(200);
        }
        assertThat(page(analyst(), "/dashboards/accessibility").selectFirst("h1").text())
                .isEqualTo("Δήλωση προσβασιμότητας");
    }

    @Test
    void aWrongPickerFieldIsA400PageNamingTheField() throws Exception {
        MockHttpServletResponse response = response(analyst(), "/dashboards/?period=year&year=1999&lang=en");
        assertThat(response.getStatus()).isEqualTo(400);
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.selectFirst("li[data-field=year]").text()).contains("must be between 2000 and 2099");
        assertThat(response(analyst(), "/dashboards/?period=range&from=2026-05&to=2026-01").getStatus())
                .isEqualTo(400);
        assertThat(response(analyst(), "/dashboards/?period=fortnight").getStatus()).isEqualTo(400);
        assertThat(response(analyst(), "/dashboards/?indicator=CO01").getStatus()).isEqualTo(400);
        assertThat(response(analyst(), "/dashboards/regions/Not_A_Region").getStatus()).isEqualTo(400);
    }
}
