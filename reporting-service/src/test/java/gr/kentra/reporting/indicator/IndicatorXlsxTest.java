package gr.kentra.reporting.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.reporting.ReportingIntegrationTest;
import gr.kentra.reporting.TestFact;
import gr.kentra.reporting.indicator.export.XlsxExport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The indicator tables as an Excel workbook, read back from the bytes the endpoint produces. */
class IndicatorXlsxTest extends ReportingIntegrationTest {

    private static final String YEAR = "&from=2026-01&to=2026-12";

    /** Requests per centre of attica: GMI applications, housing allowances. No number occurs twice in the table. */
    private static final Map<String, int[]> REQUESTS = Map.of("elefsina", new int[] {12, 6},
            "moschato-tavros", new int[] {20, 2}, "nea-smyrni", new int[] {9, 7});

    @BeforeEach
    void facts() throws Exception {
        emptyStore();
        List<TestFact> facts = new ArrayList<>();
        REQUESTS.forEach((tenant, counts) -> {
            for (int i = 0; i < counts[0] + counts[1]; i++) {
                facts.add(TestFact.of("REQUEST_OPENED").centre(tenant, "attica").with("month", "2026-03")
                        .person(tenant + i).with("category", i < counts[0] ? "GMI_APPLICATION" : "HOUSING_ALLOWANCE"));
            }
        });
        deliver(TestFact.json(facts));
    }

    @Test
    void aRegionalTableInGreekShowsHiddenCellsAsLessThanKAndNeverTheirNumbers() throws Exception {
        Map<String, String> parts = unzip(xlsx("scope=region:attica&indicator=GEN03" + YEAR, "el"));
        String json = mvc.perform(get("/reports/api/indicators?scope=region:attica&indicator=GEN03" + YEAR)
                        .with(analyst()).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(sheetNames(parts)).containsExactly("GEN03 Αιτήματα ανά είδος", "Σημειώσεις");
        List<List<String>> sheet = cells(parts, 1);
        assertThat(sheet.get(0)).containsExactly("GEN03 Αιτήματα ανά είδος", "2026-01..2026-12");
        assertThat(sheet.get(1)).containsExactly("Κέντρο", "GMI_APPLICATION", "HOUSING_ALLOWANCE", "Σύνολο");
        // Row by row, cell by cell what the JSON publishes: a number, or the mark (<5 or ×) where the JSON hides one.
        List<String> keys = JsonPath.read(json, "$.tables[0].rows[*].key");
        assertThat(keys).containsExactly("elefsina", "moschato-tavros", "nea-smyrni");
        List<String> hidden = new ArrayList<>();
        for (int r = 0; r < keys.size(); r++) {
            List<String> line = sheet.get(r + 2);
            assertThat(line.getFirst()).isEqualTo(keys.get(r));
            List<Map<String, Object>> published = JsonPath.read(json, "$.tables[0].rows[" + r + "].cells[*]");
            int[] truth = REQUESTS.get(keys.get(r));
            for (int c = 0; c < published.size(); c++) {
                boolean suppressed = Boolean.TRUE.equals(published.get(c).get("suppressed"));
                String mark = "COMPLEMENTARY".equals(published.get(c).get("hidden")) ? "×" : "<5";
                assertThat(line.get(c + 1)).isEqualTo(suppressed ? mark : String.valueOf(truth[c]));
                if (suppressed) {
                    hidden.add(String.valueOf(truth[c]));
                }
            }
        }
        assertThat(hidden).contains("2");
        assertThat(sheet.get(5)).containsExactly("Σύνολο", "41", "15", "56");
        // No hidden number anywhere in the sheet (every number of this table is distinct from the others).
        assertThat(sheet.stream().flatMap(List::stream).toList()).doesNotContainAnyElementsOf(hidden);

        List<List<String>> notes = cells(parts, 2);
        assertThat(notes.getFirst().getFirst()).startsWith("* <5: λιγότερες από 5");
        assertThat(notes.getLast().getFirst()).startsWith("GEN03 Αιτήματα ανά είδος: Αιτήματα που ανοίχτηκαν");
    }

    @Test
    void theNationalReportHasASheetPerIndicatorInEnglishAndComparisonsBelowTheirTables() throws Exception {
        Map<String, String> parts = unzip(xlsx("scope=national" + YEAR + "&compareFrom=2025-01&compareTo=2025-12",
                "en"));

        List<String> names = sheetNames(parts);
        assertThat(names).hasSize(14).startsWith("GEN01 Unique beneficiaries serv").endsWith("Footnotes");
        List<List<String>> requests = cells(parts, 3);
        assertThat(requests.get(0)).containsExactly("GEN03 Requests by type", "2026-01..2026-12");
        assertThat(requests.get(1)).containsExactly("Region", "GMI_APPLICATION", "HOUSING_ALLOWANCE", "Total");
        // Rows are named: a region by its name in the reader's language, not its code.
        assertThat(requests.get(2)).containsExactly("Attica", "41", "15", "56");
        assertThat(requests.get(3)).containsExactly("Total", "41", "15", "56");
        assertThat(requests.get(4).getFirst()).isEqualTo("GEN03 Requests by type (Comparison period)");
        assertThat(cells(parts, 14).getFirst().getFirst()).startsWith("* <5: fewer than 5 cases");
    }

    @Test
    void aMistakeInAnXlsxRequestIsStillAJsonProblem() throws Exception {
        mvc.perform(get("/reports/api/indicators?scope=national&from=2026-13&to=2026-12").with(analyst())
                        .accept(XlsxExport.MEDIA_TYPE))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private byte[] xlsx(String query, String language) throws Exception {
        return mvc.perform(get("/reports/api/indicators?" + query).with(analyst())
                        .accept(XlsxExport.MEDIA_TYPE).header("Accept-Language", language))
                .andExpect(status().isOk())
                .andExpect(content().contentType(XlsxExport.MEDIA_TYPE))
                .andReturn().getResponse().getContentAsByteArray();
    }

    /** Read with {@link ZipFile}, as spreadsheet programs do, from the central directory. */
    private static Map<String, String> unzip(byte[] bytes) throws Exception {
        Map<String, String> parts = new HashMap<>();
        Path file = Files.createTempFile("indicators", ".xlsx");
        try {
            Files.write(file, bytes);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    parts.put(entry.getName(),
                            new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } finally {
            Files.delete(file);
        }
        return parts;
    }

    private static Document xml(String text) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> sheetNames(Map<String, String> parts) throws Exception {
        NodeList sheets = xml(parts.get("xl/workbook.xml")).getElementsByTagName("sheet");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < sheets.getLength(); i++) {
            names.add(((Element) sheets.item(i)).getAttribute("name"));
        }
        return names;
    }

    /** The text of the n-th sheet's cells, row by row, shared strings resolved, numbers as written. */
    private static List<List<String>> cells(Map<String, String> parts, int n) throws Exception {
        List<String> shared = new ArrayList<>();
        NodeList items = xml(parts.get("xl/sharedStrings.xml")).getElementsByTagName("si");
        for (int i = 0; i < items.getLength(); i++) {
            shared.add(items.item(i).getTextContent());
        }
        Map<Integer, List<String>> rows = new TreeMap<>();
        NodeList cells = xml(parts.get("xl/worksheets/sheet" + n + ".xml")).getElementsByTagName("c");
        Pattern reference = Pattern.compile("[A-Z]+(\\d+)");
        for (int i = 0; i < cells.getLength(); i++) {
            Element cell = (Element) cells.item(i);
            Matcher row = reference.matcher(cell.getAttribute("r"));
            assertThat(row.matches()).isTrue();
            NodeList value = cell.getElementsByTagName("v");
            if (value.getLength() == 0) {
                continue;
            }
            String text = value.item(0).getTextContent();
            rows.computeIfAbsent(Integer.parseInt(row.group(1)), r -> new ArrayList<>())
                    .add("s".equals(cell.getAttribute("t")) ? shared.get(Integer.parseInt(text)) : text);
        }
        return new ArrayList<>(rows.values());
    }
}
