package gr.kentra.tenants.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import gr.kentra.tenants.centre.RegistryTest;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The registry's admin API takes input as sent or refuses it with a 400 problem naming the field, never a 500
 * and never a value quietly changed (issue 11, as case-service).
 */
class StrictInputTest extends RegistryTest {

    private static final String CENTRE = """
            {"id":"agia-varvara","nameEl":"Κέντρο Κοινότητας Δήμου Αγίας Βαρβάρας",
             "nameEn":"Community Centre of Agia Varvara","municipality":"Αγία Βαρβάρα","region":"attica",
             "misCode":"5001234","programmePeriod":"2021-2027"%s}""";

    private ResultActions onboard(String extra) throws Exception {
        return mvc.perform(post("/admin/api/tenants").with(platformAdmin()).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content(CENTRE.formatted(extra)));
    }

    private static void refused(ResultActions answer, String field) throws Exception {
        answer.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem(field)));
    }

    private long centres() {
        return jdbc.queryForObject("select count(*) from centre", Long.class);
    }

    @Test
    void refusesNulInABodyFieldAndAQueryParameterNamingThem() throws Exception {
        long before = centres();
        refused(onboard(",\"address\":\"Αγίας Βαρβάρας\\u0000 1\""), "address");
        refused(onboard(",\"address\":\"Αγίας \\ud800Βαρβάρας\""), "address");
        refused(mvc.perform(get("/admin/api/tenants").with(platformAdmin()).param("q", "ελ\u0000")), "q");
        assertThat(centres()).isEqualTo(before);
    }

    @Test
    void refusesCoercedTypesDuplicateKeysAndUnknownProperties() throws Exception {
        long before = centres();
        refused(onboard(",\"mobileUnit\":1"), "mobileUnit");
        refused(onboard(",\"address\":123"), "address");
        refused(onboard(",\"staff\":{\"SOCIAL_WORKER\":2.5}"), "staff.SOCIAL_WORKER");
        refused(onboard(",\"address\":\"Α 1\",\"address\":\"Β 2\""), "address");
        refused(onboard(",\"adress\":\"Α 1\""), "adress");
        assertThat(centres()).isEqualTo(before);
        onboard(",\"mobileUnit\":true").andExpect(status().isCreated());
    }

    @Test
    void refusesInvalidUtf8InsteadOfDecodingIt() throws Exception {
        String[] around = CENTRE.formatted(",\"address\":\"Α@@\"").split("@@");
        byte[] start = around[0].getBytes(StandardCharsets.UTF_8);
        byte[] end = around[1].getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + 2 + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        body[start.length] = (byte) 0xC0;
        body[start.length + 1] = (byte) 0xAF;
        System.arraycopy(end, 0, body, start.length + 2, end.length);
        mvc.perform(post("/admin/api/tenants").with(platformAdmin()).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void answersTheErrorPathAsAProblemWithoutInternals() throws Exception {
        mvc.perform(get("/error").with(platformAdmin()).header("Accept-Language", "en")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret detail")))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Request not processed"))
                .andExpect(jsonPath("$.trace").doesNotExist())
                .andExpect(jsonPath("$.exception").doesNotExist());
    }
}
