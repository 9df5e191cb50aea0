package gr.kentra.commons.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Locale;

import gr.kentra.commons.web.locale.ChosenLanguageResolver;
import gr.kentra.commons.web.locale.Languages;
import gr.kentra.commons.web.locale.LocaleProperties;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.CannotCreateTransactionException;
import tools.jackson.databind.json.JsonMapper;

class DatabaseUnavailableTest {

    private final Problems problems = new Problems(messages(),
            new ChosenLanguageResolver(new LocaleProperties("lang", "/", List.of())), JsonMapper.builder().build());

    @Test
    void recognisesAnUnreachableDatabaseAnywhereDownTheCauses() {
        // What Hikari throws when no connection comes within connection-timeout, as JPA's transaction manager wraps it.
        assertThat(DatabaseUnavailable.isCause(new CannotCreateTransactionException("Could not open JPA EntityManager",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException("filter",
                new DataAccessResourceFailureException("x")))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new RuntimeException(new SQLException("terminating connection due to"
                + " administrator command", "57P01")))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new RuntimeException(new SQLException("refused", "08001")))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new RuntimeException(new ConnectException("Connection refused"))))
                .isTrue();
        // The suite's two 500s: the rollback of a transaction the outage broke, on Hikari's closed proxy.
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException("Unable to rollback against JDBC Connection",
                new SQLException("Connection is closed")))).isTrue();
    }

    @Test
    void leavesOtherFailuresAlone() {
        assertThat(DatabaseUnavailable.isCause(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void answers503WithRetryAfterInTheCallersLanguage() {
        var answer = DatabaseUnavailable.answer(problems, Locale.ENGLISH);
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(answer.getBody().getTitle()).isEqualTo("Temporarily unavailable");
        assertThat(answer.getBody().getProperties()).containsEntry("retryAfterSeconds", 5L);
    }

    @Test
    void aFiltersDatabaseFailureReachingTheErrorPageIsA503NotA500() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("timeout")));
        var answer = new ProblemErrorController(problems).error(request, Languages.GREEK);
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(answer.getBody().getTitle()).isEqualTo("Προσωρινά μη διαθέσιμο");

        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("bug"));
        assertThat(new ProblemErrorController(problems).error(request, Languages.GREEK).getStatusCode().value())
                .isEqualTo(500);
    }

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("problem.unavailable.title", Languages.GREEK, "Προσωρινά μη διαθέσιμο");
        messages.addMessage("problem.unavailable.title", Locale.ENGLISH, "Temporarily unavailable");
        messages.addMessage("problem.unavailable.detail", Languages.GREEK, "Η βάση δεν απαντά.");
        messages.addMessage("problem.unavailable.detail", Locale.ENGLISH, "The database is not answering.");
        messages.addMessage("problem.error.title", Languages.GREEK, "Σφάλμα");
        messages.addMessage("problem.error.detail", Languages.GREEK, "Σφάλμα.");
        return messages;
    }
}
