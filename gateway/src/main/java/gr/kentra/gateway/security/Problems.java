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
 * The centre-state refusals are in Greek (default) and English, as everything a person reads.
 */
public final class Problems {

    static final byte[] UNAUTHORIZED = ("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
            + "\"detail\":\"A valid access token is required.\"}").getBytes(StandardCharsets.UTF_8);
    static final byte[] NOT_A_MEMBER = ("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
            + "\"detail\":\"You are not a member of this centre.\"}").getBytes(StandardCharsets.UTF_8);
    static final byte[] FORBIDDEN = ("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
            + "\"detail\":\"You may not do this.\"}").getBytes(StandardCharsets.UTF_8);

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

    public static Mono<Void> notAMember(ServerHttpResponse response) {
        return write(response, HttpStatus.FORBIDDEN, NOT_A_MEMBER);
    }

    /**
     * A member's centre is suspended (423 Locked: temporary) or archived (403: access has ended), in Greek
     * unless {@code Accept-Language} prefers English.
     */
    public static Mono<Void> centreUnavailable(ServerWebExchange exchange, boolean archived) {
        boolean english = "en".equals(language(exchange));
        ServerHttpResponse response = exchange.getResponse();
        response.getHeaders().set(HttpHeaders.CONTENT_LANGUAGE, english ? "en" : "el");
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        if (archived) {
            return write(response, HttpStatus.FORBIDDEN, english ? ARCHIVED_EN : ARCHIVED_EL);
        }
        return write(response, HttpStatus.LOCKED, english ? SUSPENDED_EN : SUSPENDED_EL);
    }

    private static String language(ServerWebExchange exchange) {
        try {
            String best = Locale.lookupTag(exchange.getRequest().getHeaders().getAcceptLanguage(), LANGUAGES);
            return best == null ? "el" : best;
        } catch (IllegalArgumentException malformedHeader) {
            return "el";
        }
    }

    static Mono<Void> write(ServerHttpResponse response, HttpStatus status, byte[] body) {
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
