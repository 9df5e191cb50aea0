package gr.kentra.reporting.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import gr.kentra.reporting.ReportingIntegrationTest;
import gr.kentra.reporting.TestFact;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Reporting takes input as sent or refuses it with a 400 problem naming the field, never a 500 and never a value
 * quietly changed (issue 11, as case-service): the fact intake's envelope and each fact, and query parameters.
 */
class StrictInputTest extends ReportingIntegrationTest {

    @BeforeEach
    void empty() {
        emptyStore();
    }

    private ResultActions intake(String body) throws Exception {
        return mvc.perform(post("/internal/facts").with(factPublisher()).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static void refused(ResultActions answer, String field) throws Exception {
        answer.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem(field)));
    }

    private long facts() {
        return jdbc.queryForObject("select count(*) from indicator_fact", Long.class);
    }

    @Test
    void refusesAnEnvelopeWithAnUnknownOrRepeatedKey() throws Exception {
        String fact = TestFact.of("REQUEST_OPENED").json();
        refused(intake("{\"facts\":[" + fact + "],\"fact\":[]}"), "fact");
        refused(intake("{\"facts\":[],\"facts\":[" + fact + "]}"), "facts");
        assertThat(facts()).isZero();
    }

    @Test
    void refusesAFactWhoseNumbersWouldBeCoercedAndKeepsTheOthers() throws Exception {
        intake("{\"facts\":[" + TestFact.of("GOODS_DISTRIBUTED").with("quantity", 12.5).json() + ","
                + TestFact.of("GOODS_DISTRIBUTED").with("quantity", "7").json() + ","
                + TestFact.of("REQUEST_OPENED").json() + "]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.received").value(1))
                .andExpect(jsonPath("$.refused[*].errors[0].field").value(hasItem("facts[0].quantity")))
                .andExpect(jsonPath("$.refused[*].errors[0].field").value(hasItem("facts[1].quantity")));
        assertThat(facts()).isEqualTo(1);
    }

    @Test
    void refusesNulInQueryParametersNamingThem() throws Exception {
        refused(mvc.perform(get("/reports/api/indicators").with(analyst()).param("scope", "national\u0000")), "scope");
        refused(mvc.perform(get("/reports/api/indicators").with(analyst()).param("from", "2026-01\u0000")), "from");
    }

    @Test
    void answersTheErrorPathAsAProblemWithoutInternals() throws Exception {
        mvc.perform(get("/error").with(analyst()).header("Accept-Language", "en")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret detail")))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Request not processed"))
                .andExpect(jsonPath("$.trace").doesNotExist());
    }
}
