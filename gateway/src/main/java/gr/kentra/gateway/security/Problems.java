package gr.kentra.gateway.security;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The gateway's own refusals as RFC 9457 problems. The bodies are constants: a refusal never echoes the
 * tenant or the path, so a 403 for an unknown centre is byte-for-byte the 403 for someone else's centre.
 * Every refusal is in Greek (default) or English by {@code Accept-Language}, as everything a person reads.
 */
public final class Problems {

    static final byte[] UNAUTHORIZED_EL = problem("Απαιτείται σύνδεση", 401,
            "Χρειάζεται έγκυρο διακριτικό πρόσβασης (access token): συνδεθείτε ξανά.");
    static final byte[] UNAUTHORIZED_EN = problem("Unauthorized", 401, "A valid access token is required.");
    static final byte[] NOT_A_MEMBER_EL = problem("Απαγορεύεται", 403, "Δεν είστε μέλος αυτού του κέντρου.");
    static final byte[] NOT_A_MEMBER_EN = problem("Forbidden", 403, "You are not a member of this centre.");
    static final byte[] FORBIDDEN_EL = problem("Απαγορεύεται", 403, "Ο ρόλος σας δεν επιτρέπει αυτή την ενέργεια.");
    static final byte[] FORBIDDEN_EN = problem("Forbidden", 403, "You may not do this.");

    // For members only (after the membership check), so naming the centre's state reveals nothing.
    static final byte[] SUSPENDED_EL = ("{\"type\":\"urn:kentra:problem:centre-suspended\","
            + "\"title\":\"Το κέντρο είναι σε αναστολή\",\"status\":423,"
            + "\"detail\":\"Η πρόσβαση σε αυτό το Κέντρο Κοινότητας έχει ανασταλεί από τη διαχείριση της πλατφόρμας. "
            + "Τα δεδομένα του δεν έχουν αλλάξει· επικοινωνήστε με τον συντονιστή σας.\","
            + "\"centreStatus\":\"SUSPENDED\"}").getBytes(StandardCharsets.UTF_8);
    static final byte[] SUSPENDED_EN = ("{\"type\":\"urn:kentra:problem:centre-suspended\","
            + "\"title\":\"Centre suspended\",\"status\":423,"
            + "\"detail\":\"Access to this Community Centre has been suspended by the platform administrators. "
            + "Its data is untouched; contact your coordinator.\","
            + "\"centreStatus\":\"SUSPENDED\"}").getBytes(StandardCharsets.UTF_8);
    static final byte[] ARCHIVED_EL = ("{\"type\":\"urn:kentra:problem:centre-archived\","
            + "\"title\":\"Το κέντρο έχει αρχειοθετηθεί\",\"status\":403,"
            + "\"detail\":\"Αυτό το Κέντρο Κοινότητας έχει αρχειοθετηθεί και η πρόσβαση του προσωπικού έχει λήξει.\","
            + "\"centreStatus\":\"ARCHIVED\"}").getBytes(StandardCharsets.UTF_8);
    static final byte[] ARCHIVED_EN = ("{\"type\":\"urn:kentra:problem:centre-archived\","
            + "\"title\":\"Centre archived\",\"status\":403,"
            + "\"detail\":\"This Community Centre has been archived; staff access has ended.\","
            + "\"centreStatus\":\"ARCHIVED\"}").getBytes(StandardCharsets.UTF_8);
    // The edge's own refusals (firewall, limits, unknown paths, failures): constant texts, never the cause.
    static final byte[] MALFORMED_EL = problem("Μη αποδεκτό αίτημα", 400,
            "Η διαδρομή ή η μέθοδος του αιτήματος δεν γίνεται δεκτή: χρησιμοποιήστε την απλή μορφή της διεύθυνσης.");
    static final byte[] MALFORMED_EN = problem("Bad request", 400,
            "The request's path or method is not accepted: use the plain form of the address.");
    static final byte[] CSRF_EL = problem("Απαγορεύεται", 403,
            "Λείπει ή δεν ταιριάζει το διακριτικό CSRF της συνεδρίας: ανανεώστε τη σελίδα και δοκιμάστε ξανά.");
    static final byte[] CSRF_EN = problem("Forbidden", 403,
            "The session's CSRF token is missing or does not match: reload the page and try again.");
    static final byte[] NOT_FOUND_EL = problem("Δεν βρέθηκε", 404, "Δεν υπάρχει τίποτα σε αυτή τη διεύθυνση.");
    static final byte[] NOT_FOUND_EN = problem("Not found", 404, "There is nothing at this address.");
    static final byte[] METHOD_EL = problem("Μη επιτρεπτή μέθοδος", 405, "Αυτή η μέθοδος HTTP δεν επιτρέπεται εδώ.");
    static final byte[] METHOD_EN = problem("Method not allowed", 405, "This HTTP method is not allowed here.");
    static final byte[] TOO_LARGE_EL = problem("Πολύ μεγάλο αίτημα", 413,
            "Το σώμα του αιτήματος ξεπερνά το επιτρεπόμενο μέγεθος.");
    static final byte[] TOO_LARGE_EN = problem("Payload too large", 413, "The request body exceeds the allowed size.");
    static final byte[] TOO_MANY_EL = problem("Πάρα πολλά αιτήματα", 429,
            "Στάλθηκαν πάρα πολλά αιτήματα σε λίγο χρόνο: δοκιμάστε ξανά σε λίγα δευτερόλεπτα.");
    static final byte[] TOO_MANY_EN = problem("Too many requests", 429,
            "Too many requests in a short time: try again in a few seconds.");
    static final byte[] FAILED_EL = problem("Σφάλμα", 500, "Το αίτημα δεν ολοκληρώθηκε. Δοκιμάστε ξανά αργότερα.");
    static final byte[] FAILED_EN = problem("Internal error", 500, "The request could not be completed. Try again later.");
    static final byte[] UNAVAILABLE_EL = problem("Μη διαθέσιμη υπηρεσία", 503,
            "Η υπηρεσία δεν απαντά αυτή τη στιγμή. Δοκιμάστε ξανά αργότερα.");
    static final byte[] UNAVAILABLE_EN = problem("Service unavailable", 503,
            "The service is not answering right now. Try again later.");
    private static final List<String> LANGUAGES = List.of("el", "en");

    private Problems() {
    }

    /** The one refusal for a centre the caller does not belong to, whether or not it exists. */
    public static Mono<Void> notAMember(ServerWebExchange exchange) {
        return write(exchange, HttpStatus.FORBIDDEN, NOT_A_MEMBER_EL, NOT_A_MEMBER_EN);
    }

    static Mono<Void> unauthorized(ServerWebExchange exchange) {
        return write(exchange, HttpStatus.UNAUTHORIZED, UNAUTHORIZED_EL, UNAUTHORIZED_EN);
    }

    static Mono<Void> forbidden(ServerWebExchange exchange) {
        return write(exchange, HttpStatus.FORBIDDEN, FORBIDDEN_EL, FORBIDDEN_EN);
    }

    /**
     * A member's centre is suspended (423 Locked: temporary) or archived (403: access has ended), in Greek
     * unless {@code Accept-Language} prefers English.
     */
    public static Mono<Void> centreUnavailable(ServerWebExchange exchange, boolean archived) {
        if (archived) {
            return write(exchange, HttpStatus.FORBIDDEN, ARCHIVED_EL, ARCHIVED_EN);
        }
        return write(exchange, HttpStatus.LOCKED, SUSPENDED_EL, SUSPENDED_EN);
    }

    /** A path the edge will not interpret (encoded routing segments, firewall rejections, odd methods). */
    public static Mono<Void> malformed(ServerWebExchange exchange) {
        return write(exchange, HttpStatus.BAD_REQUEST, MALFORMED_EL, MALFORMED_EN);
    }

    /** A cookie-authenticated change without the session's CSRF token. */
    static Mono<Void> csrf(ServerWebExchange exchange) {
        return write(exchange, HttpStatus.FORBIDDEN, CSRF_EL, CSRF_EN);
    }

    public static Mono<Void> notFound(ServerWebExchange exchange) {
        return write(exchange, HttpStatus.NOT_FOUND, NOT_FOUND_EL, NOT_FOUND_EN);
    }

    public static Mono<Void> payloadTooLarge(ServerWebExchange exchange) {
        return write(exchange, HttpStatus.CONTENT_TOO_LARGE, TOO_LARGE_EL, TOO_LARGE_EN);
    }

    /** A rate limit was met; {@code Retry-After} says in how many whole seconds a request will pass again. */
    public static Mono<Void> tooManyRequests(ServerWebExchange exchange, long retryAfterSeconds) {
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfterSeconds)));
        return write(exchange, HttpStatus.TOO_MANY_REQUESTS, TOO_MANY_EL, TOO_MANY_EN);
    }

    /**
     * Any other refusal or failure, by status alone: the cause (an exception, a class name, a downstream
     * address) is never written.
     */
    public static Mono<Void> forStatus(ServerWebExchange exchange, HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> malformed(exchange);
            case 401 -> unauthorized(exchange);
            case 403 -> forbidden(exchange);
            case 404 -> notFound(exchange);
            case 405 -> write(exchange, HttpStatus.METHOD_NOT_ALLOWED, METHOD_EL, METHOD_EN);
            case 413 -> payloadTooLarge(exchange);
            case 429 -> write(exchange, HttpStatus.TOO_MANY_REQUESTS, TOO_MANY_EL, TOO_MANY_EN);
            case 502, 503, 504 -> write(exchange, HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE_EL, UNAVAILABLE_EN);
            default -> status.is4xxClientError()
                    ? write(exchange, status, problem("Μη αποδεκτό αίτημα", status.value(), "Το αίτημα δεν γίνεται δεκτό."),
                            problem("Request refused", status.value(), "The request is not accepted."))
                    : write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, FAILED_EL, FAILED_EN);
        };
    }

    /** Greek unless {@code Accept-Language} prefers English; the choice is stated and the answer varies by it. */
    private static Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, byte[] greek, byte[] english) {
        boolean inEnglish = "en".equals(language(exchange));
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.getHeaders().set(HttpHeaders.CONTENT_LANGUAGE, inEnglish ? "en" : "el");
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        return write(response, status, inEnglish ? english : greek);
    }

    private static String language(ServerWebExchange exchange) {
        try {
            String best = Locale.lookupTag(exchange.getRequest().getHeaders().getAcceptLanguage(), LANGUAGES);
            return best == null ? "el" : best;
        } catch (IllegalArgumentException malformedHeader) {
            return "el";
        }
    }

    private static byte[] problem(String title, int status, String detail) {
        return ("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                + detail + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static Mono<Void> write(ServerHttpResponse response, HttpStatusCode status, byte[] body) {
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(body.length);
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }
}
