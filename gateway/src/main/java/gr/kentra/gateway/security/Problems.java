package gr.kentra.gateway.security;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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

    /** Greek unless {@code Accept-Language} prefers English; the choice is stated and the answer varies by it. */
    private static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, byte[] greek, byte[] english) {
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

    private static Mono<Void> write(ServerHttpResponse response, HttpStatus status, byte[] body) {
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
