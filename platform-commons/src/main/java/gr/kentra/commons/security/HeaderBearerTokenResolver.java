package gr.kentra.commons.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;

/**
 * The bearer token of a request, as Spring Security 7.0's {@code DefaultBearerTokenResolver} reads it with its
 * defaults (the {@code Authorization} header only, never a query or form parameter), with the syntax checked by
 * {@link BearerTokenSyntax} instead of a regular expression. The same requests give the same token or the same
 * {@code invalid_token} error ({@code HeaderBearerTokenResolverTest}).
 */
final class HeaderBearerTokenResolver implements BearerTokenResolver {

    @Override
    public String resolve(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (!BearerTokenSyntax.isBearer(header)) {
            // Another scheme, or no header: not a bearer call.
            return null;
        }
        if (!BearerTokenSyntax.isWellFormed(header)) {
            throw new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
        }
        return BearerTokenSyntax.token(header);
    }
}
