package gr.kentra.cases.tenancy.gate;

import java.io.IOException;
import java.sql.SQLException;

import gr.kentra.commons.web.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The answer to a write in a centre whose data are being moved to another database cell: 503 with
 * {@code Retry-After} and a problem in the caller's language. Also the answer when a write slipped past the
 * request filter and met a read-only connection (SQLState {@value #READ_ONLY_TRANSACTION}): it failed, and
 * the caller is told so, rather than being told it succeeded.
 */
public final class FrozenTenantResponse {

    static final String READ_ONLY_TRANSACTION = "25006";

    private final Problems problems;
    private final long retryAfterSeconds;

    public FrozenTenantResponse(Problems problems, long retryAfterSeconds) {
        this.problems = problems;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemDetail problem = problems.titled(HttpStatus.SERVICE_UNAVAILABLE, "problem.tenant.moving.title",
                "problem.tenant.moving", problems.localeOf(request));
        problem.setProperty("retryAfterSeconds", retryAfterSeconds);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        problems.write(response, problem);
    }

    /**
     * True when {@code failure} is, somewhere down its causes, a write refused by a read-only transaction or a
     * connection refused because a move holds the tenant's {@link MoveLock}.
     */
    public static boolean isFrozenRefusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    String state = next.getSQLState();
                    if (READ_ONLY_TRANSACTION.equals(state) || MoveLock.MOVING.equals(state)) {
                        return true;
                    }
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
