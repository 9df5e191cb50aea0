package gr.kentra.reporting.dashboard;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import gr.kentra.reporting.ReportingIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Reads a dashboard page as HTML and the API's answer for the same question as JSON, to compare them. */
abstract class DashboardTestBase extends ReportingIntegrationTest {

    static final Locale GREEK = Locale.forLanguageTag("el");

    MockHttpServletResponse response(RequestPostProcessor caller, String path) throws Exception {
        return mvc.perform(get(path).with(caller).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
    }

    /** A page that must be served (200, HTML), parsed. */
    Document page(RequestPostProcessor caller, String path) throws Exception {
        MockHttpServletResponse response = response(caller, path);
        if (response.getStatus() != 200) {
            throw new AssertionError(path + " answered " + response.getStatus() + ": "
                    + response.getContentAsString(StandardCharsets.UTF_8));
        }
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    DocumentContext api(RequestPostProcessor caller, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(caller).accept(MediaType.APPLICATION_JSON))
                .andReturn().getResponse();
        if (response.getStatus() != 200) {
            throw new AssertionError(path + " answered " + response.getStatus());
        }
        return JsonPath.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    /**
     * How the page must print a value of the API's JSON: {@code <5} when hidden as small, {@code ×} when hidden to
     * protect other cells, else the number.
     */
    static String shown(Map<String, Object> value) {
        if (Boolean.TRUE.equals(value.get("suppressed"))) {
            return "COMPLEMENTARY".equals(value.get("hidden")) ? "×" : "<5";
        }
        return NumberFormat.getIntegerInstance(GREEK).format(((Number) value.get("value")).longValue());
    }
}
