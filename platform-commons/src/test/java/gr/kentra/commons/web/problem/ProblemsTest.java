package gr.kentra.commons.web.problem;

import java.util.List;
import java.util.Locale;

import gr.kentra.commons.web.locale.ChosenLanguageResolver;
import gr.kentra.commons.web.locale.Languages;
import gr.kentra.commons.web.locale.LocaleProperties;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemsTest {

    private final Problems problems = new Problems(messages(),
            new ChosenLanguageResolver(new LocaleProperties("lang", "/", List.of())), JsonMapper.builder().build());

    @Test
    void writesTheDetailAndTitleInTheRequestedLanguage() {
        ProblemDetail greek = problems.titled(HttpStatus.CONFLICT, "t", "d", Languages.GREEK, 7);
        ProblemDetail english = problems.titled(HttpStatus.CONFLICT, "t", "d", Locale.ENGLISH, 7);
        assertThat(greek.getTitle()).isEqualTo("Σύγκρουση");
        assertThat(greek.getDetail()).isEqualTo("Έκδοση 7");
        assertThat(english.getTitle()).isEqualTo("Conflict");
        assertThat(english.getDetail()).isEqualTo("Version 7");
    }

    @Test
    void writesAProblemJsonInUtf8InTheRequestsLanguage() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/x");
        MockHttpServletResponse response = new MockHttpServletResponse();
        problems.write(request, response, HttpStatus.FORBIDDEN, "forbidden");
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getCharacterEncoding()).isEqualTo("UTF-8");
        assertThat(response.getContentAsString()).contains("\"detail\":\"Όχι εδώ\"").contains("\"status\":403");
    }

    @Test
    void answersAHandlersProblemAsProblemJson() {
        var answer = Problems.answer(problems.of(HttpStatus.BAD_REQUEST, "forbidden", Locale.ENGLISH));
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(answer.getBody().getDetail()).isEqualTo("Not here");
    }

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("t", Languages.GREEK, "Σύγκρουση");
        messages.addMessage("t", Locale.ENGLISH, "Conflict");
        messages.addMessage("d", Languages.GREEK, "Έκδοση {0}");
        messages.addMessage("d", Locale.ENGLISH, "Version {0}");
        messages.addMessage("forbidden", Languages.GREEK, "Όχι εδώ");
        messages.addMessage("forbidden", Locale.ENGLISH, "Not here");
        return messages;
    }
}
