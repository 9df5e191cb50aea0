package gr.kentra.reporting.fact;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;

import gr.kentra.commons.facts.Flag;
import gr.kentra.reporting.ReportingIntegrationTest;
import gr.kentra.reporting.TestFact;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class FactIntakeTest extends ReportingIntegrationTest {

    @BeforeEach
    void empty() {
        emptyStore();
    }

    private ResultActions post(RequestPostProcessor caller, String... facts) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/internal/facts")
                .with(caller).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                .content("{\"facts\":[" + String.join(",", facts) + "]}"));
    }

    private long facts() {
        return jdbc.queryForObject("select count(*) from indicator_fact", Long.class);
    }

    @Test
    void storesEveryFieldOfTheContract() throws Exception {
        String fact = TestFact.of("PARTICIPANT_ENTERED").with("category", "GMI_APPLICATION")
                .with("employmentStatus", "LONG_TERM_UNEMPLOYED").with("iscedLevel", 3)
                .flags("ROMA", "DISABILITY").json();
        post(factPublisher(), fact).andExpect(status().isOk())
                .andExpect(jsonPath("$.received").value(1)).andExpect(jsonPath("$.duplicates").value(0));
        var row = jdbc.queryForMap("select * from indicator_fact");
        assertThat(row).containsEntry("tenant_id", "moschato-tavros").containsEntry("operation_code", "5001910")
                .containsEntry("fact_type", "PARTICIPANT_ENTERED").containsEntry("category", "GMI_APPLICATION")
                .containsEntry("employment_status", "LONG_TERM_UNEMPLOYED").containsEntry("isced_level", 3)
                .containsEntry("flags", Flag.ROMA.bit() | Flag.DISABILITY.bit());
    }

    @org.springframework.beans.factory.annotation.Autowired
    private io.micrometer.core.instrument.MeterRegistry meters;

    private double intake(String outcome) {
        return meters.get(FactController.INTAKE).tag("outcome", outcome).counter().count();
    }

    @Test
    void countsARedeliveredFactAsADuplicateAndStoresItOnce() throws Exception {
        double stored = intake("stored");
        double duplicates = intake("duplicate");
        String fact = TestFact.of("REQUEST_OPENED").json();
        String other = TestFact.of("REQUEST_OPENED").json();
        post(factPublisher(), fact).andExpect(status().isOk());
        post(factPublisher(), fact, other).andExpect(status().isOk())
                .andExpect(jsonPath("$.received").value(1)).andExpect(jsonPath("$.duplicates").value(1));
        assertThat(intake("stored") - stored).as("the intake rate counts stored facts").isEqualTo(2.0);
        assertThat(intake("duplicate") - duplicates).isEqualTo(1.0);
        assertThat(facts()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select sum(fact_count) from fact_monthly", Long.class)).isEqualTo(2);
    }

    @Test
    void storesTheGoodFactsOfABatchAndNamesTheRefusedOneWithItsReason() throws Exception {
        String good = TestFact.of("REQUEST_OPENED").json();
        String badPseudonym = TestFact.of("REQUEST_OPENED").with("pseudonym", "Maria Papadopoulou").json();
        String badMonth = TestFact.of("REQUEST_OPENED").with("month", "0001-01").json();
        String alsoGood = TestFact.of("REQUEST_CLOSED").with("outcome", "COMPLETED").json();
        post(factPublisher(), good, badPseudonym, badMonth, alsoGood)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.received").value(2))
                .andExpect(jsonPath("$.refused.length()").value(2))
                .andExpect(jsonPath("$.refused[0].index").value(1))
                .andExpect(jsonPath("$.refused[0].id").value(com.jayway.jsonpath.JsonPath.<String>read(badPseudonym,
                        "$.id")))
                .andExpect(jsonPath("$.refused[0].errors[0].field").value("facts[1].pseudonym"))
                .andExpect(jsonPath("$.refused[0].errors[0].code").value("field.format"))
                .andExpect(jsonPath("$.refused[0].errors[0].message").value("does not have a valid format"))
                .andExpect(jsonPath("$.refused[1].errors[0].field").value("facts[2].month"));
        assertThat(facts()).isEqualTo(2);
    }

    @Test
    void aFactOfTheWrongShapeIsRefusedAloneAndAWrongEnvelopeAsAWhole() throws Exception {
        post(factPublisher(), TestFact.of("GOODS_DISTRIBUTED").with("quantity", "many").json(), "null", "17",
                TestFact.of("REQUEST_OPENED").json())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.received").value(1))
                .andExpect(jsonPath("$.refused[*].errors[0].field").value(containsInAnyOrder("facts[0].quantity",
                        "facts[1]", "facts[2]")));
        assertThat(facts()).isEqualTo(1);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/internal/facts")
                        .with(factPublisher()).contentType(MediaType.APPLICATION_JSON).content("{\"facts\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void refusesValuesOutsideTheClosedVocabularies() throws Exception {
        String fact = TestFact.of("REQUEST_CLOSED").with("tenant", "Moschato Tavros").with("month", "2026-11-05")
                .with("category", "free text here").with("outcome", "LOST").with("ageBand", "26")
                .with("employmentStatus", "RETIRED").with("iscedLevel", 9).with("operation", "01013099997")
                .flags("VIP").json();
        post(factPublisher(), fact).andExpect(status().isOk())
                .andExpect(jsonPath("$.refused[0].errors[*].field").value(containsInAnyOrder("facts[0].tenant",
                        "facts[0].month", "facts[0].category", "facts[0].outcome", "facts[0].ageBand",
                        "facts[0].employmentStatus", "facts[0].iscedLevel", "facts[0].operation",
                        "facts[0].flags[0]")));
        assertThat(facts()).isZero();
    }

    @Test
    void onlyCorrectableFactsMayBeTakenBackAndOnlyWithSignMinusOne() throws Exception {
        String registrationTakenBack = TestFact.of("BENEFICIARY_REGISTERED").with("sign", -1).json();
        String entryTakenBack = TestFact.of("PARTICIPANT_ENTERED").with("sign", -1).json();
        String signTwo = TestFact.of("SESSION_HELD").with("sign", 2).json();
        post(factPublisher(), registrationTakenBack, entryTakenBack, signTwo).andExpect(status().isOk())
                .andExpect(jsonPath("$.refused[*].errors[*].field").value(containsInAnyOrder("facts[0].sign",
                        "facts[1].sign", "facts[2].sign")));
        assertThat(facts()).isZero();

        post(factPublisher(), TestFact.of("SESSION_HELD").with("sign", -1).json(),
                TestFact.of("EVENT_HELD").with("pseudonym", null).with("gender", null).with("sign", -1).json())
                .andExpect(status().isOk());
        assertThat(facts()).isEqualTo(2);
    }

    @Test
    void anEventCarriesNoPersonAndAPersonalFactNeedsOne() throws Exception {
        String eventWithPerson = TestFact.of("EVENT_HELD").with("pseudonym", TestFact.pseudonym("x")).json();
        String requestWithoutPerson = TestFact.of("REQUEST_OPENED").with("pseudonym", null).json();
        post(factPublisher(), eventWithPerson, requestWithoutPerson).andExpect(status().isOk())
                .andExpect(jsonPath("$.refused[*].errors[*].field").value(containsInAnyOrder("facts[0].pseudonym",
                        "facts[1].pseudonym")));
    }

    @Test
    void explainsInGreekByDefault() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/internal/facts")
                        .with(factPublisher()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"facts\":[" + TestFact.of("NOT_A_TYPE").json() + "]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.refused[0].errors[0].field").value("facts[0].type"))
                .andExpect(jsonPath("$.refused[0].errors[0].message").value("δεν είναι μία από τις επιτρεπόμενες τιμές"));
    }

    @Test
    void aWrongJsonTypeIsAFieldErrorNotAServerError() throws Exception {
        post(factPublisher(), TestFact.of("GOODS_DISTRIBUTED").with("quantity", "many").json())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.refused[0].errors[*].field").value(hasItem("facts[0].quantity")));
        post(factPublisher(), "not json").andExpect(status().isBadRequest());
    }

    @Test
    void onlyAFactPublisherMayDeliver() throws Exception {
        String fact = TestFact.of("REQUEST_OPENED").json();
        post(analyst(), fact).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        post(platformAdmin(), fact).andExpect(status().isForbidden());
        // The role alone is not enough: only case-service's own client, with the service role no person holds.
        post(token(java.util.List.of(), null, "fact-publisher"), fact).andExpect(status().isForbidden());
        post(serviceAccountOf("kentra-tenant-service", "fact-publisher", "kentra-service"), fact)
                .andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/internal/facts")
                .contentType(MediaType.APPLICATION_JSON).content("{\"facts\":[" + fact + "]}"))
                .andExpect(status().isUnauthorized());
        assertThat(facts()).isZero();
    }
}
