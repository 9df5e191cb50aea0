package gr.kentra.reporting.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import gr.kentra.reporting.ReportingIntegrationTest;
import gr.kentra.reporting.TestFact;
import gr.kentra.reporting.indicator.export.XlsxExport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class EsfApiTest extends ReportingIntegrationTest {

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

    private ResultActions esf(RequestPostProcessor caller, String query) throws Exception {
        return mvc.perform(get("/reports/api/esf?" + query).with(caller).header("Accept-Language", "en")
                .accept(MediaType.APPLICATION_JSON));
    }

    @Test
    void nationalTableHasEveryIndicatorOfTheProgrammeByGender() throws Exception {
        esf(analyst(), "programme=2021-2027").andExpect(status().isOk())
                .andExpect(jsonPath("$.tables[0].rows", hasSize(17)))
                .andExpect(jsonPath("$.tables[0].columns[*].key").value(org.hamcrest.Matchers.contains("FEMALE", "MALE",
                        "NON_BINARY", "UNKNOWN")))
                .andExpect(jsonPath("$.tables[0].rows[0].key").value("EECO01"))
                .andExpect(jsonPath("$.tables[0].rows[0].cells[0].value").value(31))
                .andExpect(jsonPath("$.tables[0].rows[0].cells[1].value").value(18))
                .andExpect(jsonPath("$.tables[0].rows[0].total.value").value(49))
                .andExpect(jsonPath("$.tables[0].rows[4].key").value("EECO05"))
                .andExpect(jsonPath("$.tables[0].rows[4].total.value").value(13));
    }

    @Test
    void theProgrammesEligibilityPeriodIsTheDefault() throws Exception {
        esf(analyst(), "programme=2014-2020").andExpect(status().isOk())
                .andExpect(jsonPath("$.tables[0].rows", hasSize(19)))
                .andExpect(jsonPath("$.to").value("2023-12"))
                .andExpect(jsonPath("$.tables[0].rows[0].total.value").value(0));
        esf(analyst(), "programme=2014-2020&from=2026-01&to=2026-12").andExpect(status().isOk())
                .andExpect(jsonPath("$.tables[0].rows[0].key").value("CO01"))
                // 34 in truth: a year hides what any month's linked ESF protection hides, here a month's national
                // total of the unemployed, and says nothing about its size.
                .andExpect(jsonPath("$.tables[0].rows[0].total.suppressed").value(true))
                .andExpect(jsonPath("$.tables[0].rows[0].total.hidden").value("COMPLEMENTARY"));
    }

    @Test
    void anOperationsTableCountsItsOwnParticipantsAndHidesSmallCells() throws Exception {
        esf(analyst(), "programme=2021-2027&operation=5003000").andExpect(status().isOk())
                .andExpect(jsonPath("$.tables[0].rows[0].cells[0].value").value(8))
                .andExpect(jsonPath("$.tables[0].rows[0].cells[1].value").value(5));
        // Two inactive women in 5001910: hidden, never shown as 2.
        esf(analyst(), "programme=2021-2027&operation=5001910").andExpect(status().isOk())
                .andExpect(jsonPath("$.tables[0].rows[3].key").value("EECO04"))
                .andExpect(jsonPath("$.tables[0].rows[3].cells[0].suppressed").value(true))
                .andExpect(jsonPath("$.tables[0].rows[3].cells[0].value").doesNotExist());
    }

    @Test
    void aRegionalManagerGetsTheirOwnRegionOnly() throws Exception {
        esf(manager("thessaly"), "programme=2021-2027").andExpect(status().isOk())
                .andExpect(jsonPath("$.scope").value("esf:2021-2027 region:thessaly"))
                .andExpect(jsonPath("$.tables[0].rows[0].total.value").value(13));
        esf(manager("thessaly"), "programme=2021-2027&region=attica").andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        // Another region's operation is outside the manager's region: nothing of it is counted.
        esf(manager("thessaly"), "programme=2021-2027&operation=5001910").andExpect(status().isOk())
                .andExpect(jsonPath("$.tables[0].rows[0].total.value").value(0));
        esf(coordinatorOf("mouzaki"), "programme=2021-2027").andExpect(status().isForbidden());
    }

    @Test
    void refusesAnUnknownProgrammeOrAMalformedOperation() throws Exception {
        esf(analyst(), "programme=2007-2013&operation=12345678901").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("programme",
                        "operation")));
        esf(analyst(), "region=attica").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("programme"));
    }

    @Test
    void exportsCsvAndXlsx() throws Exception {
        String csv = mvc.perform(get("/reports/api/esf?programme=2021-2027&operation=5001910").with(analyst())
                        .accept("text/csv").header("Accept-Language", "el"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF").contains("Δείκτης;Γυναίκες;Άνδρες")
                .contains("EECO01 Σύνολο συμμετεχόντων;14;7;0;0;21\r\n").containsAnyOf("<5", "×");

        byte[] xlsx = mvc.perform(get("/reports/api/esf?programme=2021-2027&operation=5001910").with(analyst())
                        .accept(XlsxExport.MEDIA_TYPE).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(XlsxExport.MEDIA_TYPE))
                .andReturn().getResponse().getContentAsByteArray();
        Map<String, String> parts = unzip(xlsx);
        assertThat(parts).containsKey("xl/worksheets/sheet1.xml");
        assertThat(parts.get("xl/sharedStrings.xml")).contains("EECO01 Total number of participants").containsAnyOf("&lt;5", "×");
        assertThat(parts.get("xl/worksheets/sheet1.xml")).contains("<v>14</v>");
    }

    private static Map<String, String> unzip(byte[] bytes) throws Exception {
        Map<String, String> parts = new HashMap<>();
        Path file = Files.createTempFile("esf", ".xlsx");
        try {
            Files.write(file, bytes);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    parts.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } finally {
            Files.delete(file);
        }
        return parts;
    }
}
