package gr.kentra.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.util.StringUtils;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The bearer token of a request's {@code Authorization} header, as Spring Security 7.0's
 * {@code ServerBearerTokenAuthenticationConverter} reads it with its defaults (header only, no query or form
 * parameter), but with its syntax check done by a loop instead of its regular expression: the token is over a
 * thousand characters long and the expression, matched case-insensitively character by character, was 2.7 % of the
 * gateway's CPU per read under C2 (issue 15, BENCHMARKS.md). The same headers pass and fail, with the same error;
 * {@code BearerTokensTest} holds the loop to the expression and this converter to Spring's over seeded strings.
 */
final class BearerTokens implements ServerAuthenticationConverter {

    private static final String SCHEME = "bearer ";

    @Override
    public Mono<Authentication> convert(ServerWebExchange exchange) {
        return Mono.defer(() -> {
            String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
            if (!StringUtils.startsWithIgnoreCase(header, "bearer")) {
                // Another scheme, or no header: not a bearer call (the login session or anonymous).
                return Mono.empty();
            }
            if (!isWellFormed(header)) {
                return Mono.error(new OAuth2AuthenticationException(
                        BearerTokenErrors.invalidToken("Bearer token is malformed")));
            }
            return Mono.just(new BearerTokenAuthenticationToken(header.substring(SCHEME.length())));
        });
    }

    /**
     * As {@code ^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$} matched whole with {@code CASE_INSENSITIVE} (ASCII letters
     * only, no {@code UNICODE_CASE}): the scheme in any case of its ASCII letters, one space, one or more token
     * characters, then only {@code =} padding.
     */
    static boolean isWellFormed(String header) {
        int length = header.length();
        if (length <= SCHEME.length()) {
            return false;
        }
        for (int i = 0; i < SCHEME.length() - 1; i++) {
            // Setting bit 0x20 folds exactly the ASCII upper-case letter onto its lower case, and nothing else.
            if ((header.charAt(i) | 0x20) != SCHEME.charAt(i)) {
                return false;
            }
        }
        if (header.charAt(SCHEME.length() - 1) != ' ') {
            return false;
        }
        int i = SCHEME.length();
        while (i < length && isTokenCharacter(header.charAt(i))) {
            i++;
        }
        if (i == SCHEME.length()) {
            return false;
        }
        while (i < length && header.charAt(i) == '=') {
            i++;
        }
        return i == length;
    }

    private static boolean isTokenCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }
}
