package gr.kentra.commons.security;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;

/**
 * Spring Security's syntax check of a bearer {@code Authorization} header, {@code ^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$}
 * matched whole with {@code CASE_INSENSITIVE}, done by a loop: the token is over a thousand characters long, and the
 * expression, matched character by character, was 2.7 % of the gateway's CPU per read and 3.5 % of case-service's
 * under C2 (issue 15, BENCHMARKS.md). {@link #tokenOf} reads a header as Spring's readers do with their defaults,
 * for the gateway's converter and the servlet services' resolver alike; {@code BearerTokenSyntaxTest} holds the loop
 * to the expression over seeded headers.
 */
public final class BearerTokenSyntax {

    /** The scheme and its one space, in lower case. */
    static final String SCHEME = "bearer ";

    private BearerTokenSyntax() {
    }

    /**
     * The token of an {@code Authorization} header, as Spring Security 7.0's {@code DefaultBearerTokenResolver} and
     * {@code ServerBearerTokenAuthenticationConverter} read it: none (null) for no header or another scheme than
     * "bearer" in any case, the {@code invalid_token} refusal for a malformed one.
     */
    public static String tokenOf(String header) {
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length() - 1)) {
            return null;
        }
        if (!isWellFormed(header)) {
            throw new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
        }
        return header.substring(SCHEME.length());
    }

    /**
     * As the expression (ASCII letters folded only, no {@code UNICODE_CASE}): the scheme in any case of its ASCII
     * letters, one space, one or more token characters, then only {@code =} padding.
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
