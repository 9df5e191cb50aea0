package gr.kentra.cases.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class DistributionApiTest extends CaseServiceIntegrationTest {

    private static final String TENANT = "distributions-here";
    private static final String OTHER = "distributions-there";
    private static final String FOOD_AND_SOAP = """
            [{"kind":"FOOD","description":"Όσπρια","quantity":5,"unit":"KG"},
             {"kind":"FOOD","description":"Γάλα εβαπορέ","quantity":6,"unit":"PIECES"},
             {"kind":"HYGIENE","description":"Σαπούνι","quantity":2,"unit":"PIECES"}]""";

    @Autowired
    ApplicationEvents events;

    private String person;

    @BeforeEach
    void person() throws Exception {
        provision(TENANT);
        provision(OTHER);
        person = registerPerson(TENANT, "Παρασκευή", "Ιωάννου", "1958-08-15");
    }

    @Test
    void adminStaffRecordsADistributionAndGoodsDistributedIsPublishedWithTotalsPerKind() throws Exception {
        String body = mvc.perform(in(TENANT, "admin-staff", post("/api/distributions"),
                        form(person, "2026-02-03", "TEBA_FEAD", FOOD_AND_SOAP, null)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/distributions/")))
                .andExpect(jsonPath("$.lines.length()").value(3))
                .andExpect(jsonPath("$.lines[1].description").value("Γάλα εβαπορέ"))
                .andExpect(jsonPath("$.lines[1].unit").value("PIECES"))
                .andExpect(jsonPath("$.recordedBy").value("maria"))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        assertThat(events.stream(GoodsDistributed.class)).singleElement().satisfies(distributed -> {
            assertThat(distributed.distributionId()).isEqualTo(UUID.fromString(id));
            assertThat(distributed.beneficiaryId()).isEqualTo(UUID.fromString(person));
            assertThat(distributed.programme()).isEqualTo(Programme.TEBA_FEAD);
            assertThat(distributed.quantities()).isEqualTo(Map.of("FOOD", 11, "HYGIENE", 2));
            assertThat(distributed.date()).isEqualTo(LocalDate.parse("2026-02-03"));
        });
        mvc.perform(in(TENANT, "psychologist", get("/api/distributions/{id}", id), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[2].kind").value("HYGIENE"));
        assertThat(jdbc.queryForList("select action from t_distributions_here.audit_event where record_type = "
                + "'GOODS_DISTRIBUTION' and record_id = ? order by occurred_at", String.class, id))
                .containsExactly("CREATE", "READ");
    }

    @Test
    void correctsTheLinesWithTheVersionReadAndRefusesAStaleOne() throws Exception {
        String id = record(TENANT, person, "2026-02-03", "MUNICIPAL", FOOD_AND_SOAP);
        mvc.perform(in(TENANT, "admin-staff", put("/api/distributions/{id}", id), form(person, "2026-02-03",
                        "MUNICIPAL", "[{\"kind\":\"CLOTHING\",\"quantity\":1,\"unit\":\"PACKAGES\"}]", 0L)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines.length()").value(1))
                .andExpect(jsonPath("$.lines[0].kind").value("CLOTHING"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(in(TENANT, "admin-staff", put("/api/distributions/{id}", id),
                        form(person, "2026-02-04", "MUNICIPAL", FOOD_AND_SOAP, 0L)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1));
        String other = registerPerson(TENANT, "Άλλη", "Ιωάννου", "1960-01-01");
        mvc.perform(in(TENANT, "admin-staff", put("/api/distributions/{id}", id),
                        form(other, "2026-02-03", "MUNICIPAL", FOOD_AND_SOAP, 1L)).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("beneficiaryId"));
        assertThat(jdbc.queryForObject("select fields from t_distributions_here.audit_event where record_id = ? "
                + "and action = 'UPDATE'", String.class, id)).isEqualTo("lines");
    }

    @Test
    void refusesBadLinesInGreekAndEnglish() throws Exception {
        String zero = form(person, "2026-02-03", "DONATION", "[{\"kind\":\"FOOD\",\"quantity\":0,\"unit\":\"KG\"}]",
                null);
        mvc.perform(in(TENANT, "social-worker", post("/api/distributions"), zero))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].quantity"))
                .andExpect(jsonPath("$.errors[0].message").value("πρέπει να είναι μεγαλύτερος του μηδενός"));
        mvc.perform(in(TENANT, "social-worker", post("/api/distributions"), zero).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.errors[0].message").value("must be greater than zero"));
        mvc.perform(in(TENANT, "social-worker", post("/api/distributions"),
                        form(person, "2026-02-03", "DONATION", "[]", null)).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines"))
                .andExpect(jsonPath("$.errors[0].message").value("must have at least one value"));
        mvc.perform(in(TENANT, "social-worker", post("/api/distributions"), form(person, "2026-02-03", "DONATION",
                        "[{\"kind\":\"FOOD\",\"quantity\":1,\"unit\":\"LITRES\"}]", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].unit"));
        mvc.perform(in(TENANT, "social-worker", post("/api/distributions"),
                        form(person, "2026-02-03", "LOTTERY", FOOD_AND_SOAP, null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("programme"));
        assertThat(events.stream(GoodsDistributed.class)).isEmpty();
    }

    @Test
    void psychologistsOnlyRead() throws Exception {
        String id = record(TENANT, person, "2026-02-03", "MUNICIPAL", FOOD_AND_SOAP);
        mvc.perform(in(TENANT, "psychologist", post("/api/distributions"),
                        form(person, "2026-02-03", "MUNICIPAL", FOOD_AND_SOAP, null)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(in(TENANT, "psychologist", put("/api/distributions/{id}", id),
                        form(person, "2026-02-03", "MUNICIPAL", FOOD_AND_SOAP, 0L)))
                .andExpect(status().isForbidden());
        mvc.perform(in(TENANT, "psychologist", get("/api/distributions/summary").param("from", "2026-01-01")
                        .param("to", "2026-12-31"), null))
                .andExpect(status().isOk());
    }

    @Test
    void anotherCentresDistributionIsNotFoundAndNeverCounted() throws Exception {
        String id = record(TENANT, person, "2026-02-03", "MUNICIPAL", FOOD_AND_SOAP);
        mvc.perform(in(OTHER, "social-worker", get("/api/distributions/{id}", id), null))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Όσπρια"))));
        mvc.perform(in(OTHER, "social-worker", put("/api/distributions/{id}", id),
                        form(person, "2026-02-03", "MUNICIPAL", FOOD_AND_SOAP, 0L)))
                .andExpect(status().isNotFound());
        mvc.perform(in(OTHER, "social-worker", get("/api/distributions"), null))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(in(OTHER, "social-worker", get("/api/distributions/summary").param("from", "2026-01-01")
                        .param("to", "2026-12-31"), null))
                .andExpect(jsonPath("$.distributions").value(0))
                .andExpect(jsonPath("$.totals").isEmpty());
        mvc.perform(in(OTHER, "social-worker", post("/api/distributions"),
                        form(person, "2026-02-03", "MUNICIPAL", FOOD_AND_SOAP, null)))
                .andExpect(status().isNotFound());
    }

    @Test
    void filtersByPersonProgrammeGoodsKindAndDateAndSumsAPeriodByKindAndUnit() throws Exception {
        String tenant = "distributions-filtered";
        provision(tenant);
        String first = registerPerson(tenant, "Άννα", "Μαρκάκη", "1990-01-01");
        String second = registerPerson(tenant, "Νίκος", "Μαρκάκης", "1988-01-01");
        record(tenant, first, "2026-01-10", "TEBA_FEAD", FOOD_AND_SOAP);
        record(tenant, first, "2026-02-10", "TEBA_FEAD", "[{\"kind\":\"FOOD\",\"quantity\":3,\"unit\":\"KG\"}]");
        record(tenant, second, "2026-02-20", "DONATION",
                "[{\"kind\":\"SCHOOL_SUPPLIES\",\"quantity\":4,\"unit\":\"PIECES\"}]");
        record(tenant, second, "2026-04-01", "TEBA_FEAD", "[{\"kind\":\"FOOD\",\"quantity\":100,\"unit\":\"KG\"}]");
        mvc.perform(in(tenant, "admin-staff", get("/api/distributions").param("kind", "FOOD"), null))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[0].date").value("2026-04-01"));
        mvc.perform(in(tenant, "admin-staff", get("/api/distributions").param("kind", "HYGIENE"), null))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].date").value("2026-01-10"));
        mvc.perform(in(tenant, "admin-staff", get("/api/distributions").param("programme", "DONATION"), null))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(in(tenant, "admin-staff", get("/api/distributions").param("beneficiary", first)
                        .param("from", "2026-02-01").param("to", "2026-02-28"), null))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].date").value("2026-02-10"));
        mvc.perform(in(tenant, "admin-staff", get("/api/distributions/summary").param("from", "2026-01-01")
                        .param("to", "2026-03-31"), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.distributions").value(3))
                .andExpect(jsonPath("$.people").value(2))
                .andExpect(jsonPath("$.totals.length()").value(4))
                .andExpect(jsonPath("$.totals[0].kind").value("FOOD"))
                .andExpect(jsonPath("$.totals[0].unit").value("PIECES"))
                .andExpect(jsonPath("$.totals[0].quantity").value(6))
                .andExpect(jsonPath("$.totals[1].unit").value("KG"))
                .andExpect(jsonPath("$.totals[1].quantity").value(8))
                .andExpect(jsonPath("$.totals[2].kind").value("HYGIENE"))
                .andExpect(jsonPath("$.totals[3].kind").value("SCHOOL_SUPPLIES"));
        mvc.perform(in(tenant, "admin-staff", get("/api/distributions/summary").param("from", "2026-01-01")
                        .param("to", "2026-12-31").param("programme", "TEBA_FEAD"), null))
                .andExpect(jsonPath("$.distributions").value(3))
                .andExpect(jsonPath("$.people").value(2))
                .andExpect(jsonPath("$.totals[1].quantity").value(108));
        mvc.perform(in(tenant, "admin-staff", get("/api/distributions/summary").param("from", "2026-03-01")
                        .param("to", "2026-01-01"), null).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(in(tenant, "admin-staff", get("/api/distributions/summary").param("from", "2026-03-01"), null))
                .andExpect(status().isBadRequest());
    }

    private static String form(String beneficiary, String date, String programme, String lines, Long version) {
        return """
                {"beneficiaryId":"%s","date":"%s","programme":"%s","lines":%s,"version":%s}"""
                .formatted(beneficiary, date, programme, lines, version == null ? "null" : version.toString());
    }

    private String record(String tenant, String beneficiary, String date, String programme, String lines)
            throws Exception {
        String body = mvc.perform(in(tenant, "admin-staff", post("/api/distributions"),
                        form(beneficiary, date, programme, lines, null)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }
}
