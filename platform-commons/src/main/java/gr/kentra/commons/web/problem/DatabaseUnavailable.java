package gr.kentra.commons.web.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * A request that failed because the service's database could not be reached (restarted, failing over, a cell
 * down): answered 503 with {@code Retry-After} and a problem in the caller's language, promptly (Hikari's
 * {@code connection-timeout} bounds the wait), never a 500. The resilience suite restarts PostgreSQL under write
 * load and checks this. Recognised by the failure's causes, so that services without spring-tx on this module's
 * classpath share it: Spring's {@code CannotCreateTransactionException} and {@code DataAccessResourceFailureException}
 * (which {@code CannotGetJdbcConnectionException} extends), the driver's connection exceptions, and SQLStates of
 * class 08 (connection exception) and 57P01–57P03 (the server is shutting down or starting).
 */
public final class DatabaseUnavailable {

    /** Seconds a client should wait before trying again: PostgreSQL restarts in a few seconds. */
    public static final long RETRY_AFTER_SECONDS = 5;

    private static final Set<String> SPRING_FAILURES = Set.of(
            "org.springframework.transaction.CannotCreateTransactionException",
            "org.springframework.dao.DataAccessResourceFailureException");
    private static final String HIKARI_CLOSED = "Connection is closed";
    private static final Set<String> SHUTTING_DOWN = Set.of("57P01", "57P02", "57P03");

    private DatabaseUnavailable() {
    }

    /** True when {@code failure} or one of its causes says the database could not be reached. */
    public static boolean isCause(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 30; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException || isSpringFailure(cause.getClass())) {
                return true;
            }
            // Hikari's proxy of a connection the server ended, met by the rollback of a request whose transaction
            // the outage broke (Spring then reports the rollback's failure, not the outage): found by the suite.
            if (cause instanceof SQLException && HIKARI_CLOSED.equals(cause.getMessage())) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || SHUTTING_DOWN.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpringFailure(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (SPRING_FAILURES.contains(c.getName())) {
                return true;
            }
        }
        return false;
    }

    /** The 503 problem ({@code problem.unavailable.title}, {@code problem.unavailable.detail}) with Retry-After. */
    public static ResponseEntity<ProblemDetail> answer(Problems problems, java.util.Locale locale) {
        ProblemDetail problem = problems.titled(HttpStatus.SERVICE_UNAVAILABLE, "problem.unavailable.title",
                "problem.unavailable.detail", locale);
        problem.setProperty("retryAfterSeconds", RETRY_AFTER_SECONDS);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER_SECONDS))
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
