package gr.kentra.commons.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;

/**
 * The bearer token of a request, as Spring Security 7.0's {@code DefaultBearerTokenResolver} reads it with its
 * defaults (the {@code Authorization} header only, never a query or form parameter), with the syntax checked by
 * {@link BearerTokenSyntax} instead of a regular expression. The same requests give the same token or the same
 * {@code invalid_token} error ({@code BearerTokenSyntaxTest}).
 */
final class HeaderBearerTokenResolver implements BearerTokenResolver {

    @Override
    public String resolve(HttpServletRequest request) {
        return BearerTokenSyntax.tokenOf(request.getHeader(HttpHeaders.AUTHORIZATION));
    }
}
