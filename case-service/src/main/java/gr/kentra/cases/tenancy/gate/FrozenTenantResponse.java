package gr.kentra.cases.tenancy.gate;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer to a write in a centre whose data are being moved to another database cell: 503 with
 * {@code Retry-After} and a problem in the caller's language. Also the answer when a write slipped past the
 * request filter and met a read-only connection (SQLState {@value #READ_ONLY_TRANSACTION}): it failed, and
 * the caller is told so, rather than being told it succeeded.
 */
public final class FrozenTenantResponse {

    static final String READ_ONLY_TRANSACTION = "25006";

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;
    private final long retryAfterSeconds;

    public FrozenTenantResponse(MessageSource messages, LocaleResolver locales, JsonMapper json,
            long retryAfterSeconds) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locales.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                messages.getMessage("problem.tenant.moving", null, locale));
        problem.setTitle(messages.getMessage("problem.tenant.moving.title", null, locale));
        problem.setProperty("retryAfterSeconds", retryAfterSeconds);
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
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
