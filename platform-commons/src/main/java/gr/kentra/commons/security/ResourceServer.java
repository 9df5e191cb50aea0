package gr.kentra.commons.security;

import gr.kentra.commons.web.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * What every servlet service's security chain shares: a stateless OAuth2 resource server whose roles are the
 * token's realm roles, no CSRF (no cookies carry authority here), and refusals written as problems in the
 * request's language ({@code problem.unauthorized}, {@code problem.forbidden}). Each service adds only its own
 * authorisation rules and headers.
 */
public final class ResourceServer {

    private final Problems problems;

    public ResourceServer(Problems problems) {
        this.problems = problems;
    }

    /** Applies the shared set-up, refusing a missing role with {@link #forbidden()}. */
    public HttpSecurity apply(HttpSecurity http) throws Exception {
        return apply(http, forbidden());
    }

    /** Applies the shared set-up with the service's own answer to a missing role (a page, say). */
    public HttpSecurity apply(HttpSecurity http, AccessDeniedHandler denied) throws Exception {
        JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();
        authentication.setJwtGrantedAuthoritiesConverter(new RealmRoleAuthorities());
        return http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors.accessDeniedHandler(denied))
                .oauth2ResourceServer(server -> server
                        // Spring's reading of the token, with its syntax check as a loop (BearerTokenSyntax).
                        .bearerTokenResolver(new HeaderBearerTokenResolver())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(authentication))
                        .accessDeniedHandler(denied)
                        .authenticationEntryPoint(unauthorized()));
    }

    /** 403 as a problem: the token is good, its roles do not allow this. */
    public AccessDeniedHandler forbidden() {
        return (request, response, e) -> problems.write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden");
    }

    /** 401 as a problem: no token, or one that failed a check. */
    public AuthenticationEntryPoint unauthorized() {
        return (request, response, e) ->
                problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized");
    }
}
