package gr.kentra.gateway.security;

import java.net.URI;
import java.util.Map;
import java.util.Set;

import gr.kentra.commons.security.RealmRoleAuthorities;
import gr.kentra.commons.security.SecurityProperties;
import gr.kentra.commons.security.VerifiedTokenCache;
import gr.kentra.gateway.edge.ManagementPort;
import gr.kentra.gateway.landing.LandingSuccessHandler;
import gr.kentra.gateway.limits.RateLimits;
import gr.kentra.gateway.tenant.CentreAvailability;
import gr.kentra.gateway.tenant.TenantMembershipFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.logout.ServerLogoutSuccessHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.session.WebSessionIdResolver;
import reactor.core.publisher.Mono;

/**
 * Two ways in, one chain: API clients send a Keycloak bearer token (validated here, relayed unchanged),
 * browsers log in with the authorization code flow and get their session's token relayed. API paths never
 * redirect: without a valid token they get a 401 problem. The token properties are platform-commons'
 * {@link SecurityProperties}, bound here: the servlet services' auto-configuration does not apply to this reactive
 * application.
 */
@Configuration
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    // Only health of the gateway's own actuator: the rest is answered 404 by EdgePathFilter on the public port.
    private static final String[] PUBLIC_PATHS = {"/actuator/health", "/actuator/health/**", "/livez", "/readyz", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**", "/docs/**",
            "/verify", "/verify/**"};
    private static final Set<HttpMethod> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.TRACE);

    /**
     * Spring Security's observations are off (management.observations.enable.[spring.security]) and with this
     * they are not even wrapped around each filter, the authentication and the authorisation (issue 15: the
     * wrappers alone were ~2 % of a request's CPU). The request's own span and metrics stay.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder decoder,
            CentreAvailability centres, RateLimits limits, ManagementPort management, SessionProperties session,
            ReactiveClientRegistrationRepository registrations, LandingSuccessHandler landing,
            WebSessionIdResolver sessionIds) {
        // Roles mapped once per verified token (the decoder's cache hands out one object per token).
        CachingJwtAuthenticationConverter authentication = new CachingJwtAuthenticationConverter(
                new RealmRoleAuthorities());
        // A failed token spends the caller's address's anonymous budget: a flood of guesses meets 429, not 401s.
        ServerAuthenticationEntryPoint problem = (exchange, e) -> {
            long wait = limits.waitForFailedCredentials(exchange);
            return wait > 0 ? Problems.tooManyRequests(exchange, wait) : Problems.unauthorized(exchange);
        };
        ServerAuthenticationEntryPoint login = new RedirectServerAuthenticationEntryPoint("/oauth2/authorization/keycloak");
        ServerAccessDeniedHandler denied = (exchange, e) ->
                Problems.forbidden(exchange);
        return http
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(PUBLIC_PATHS).permitAll()
                        // Only reachable on a private interface (management.server.port), for Prometheus.
                        .matchers(exchange -> management.isManagementRequest(exchange)
                                ? ServerWebExchangeMatcher.MatchResult.match()
                                : ServerWebExchangeMatcher.MatchResult.notMatch()).permitAll()
                        .anyExchange().authenticated())
                .oauth2ResourceServer(server -> server
                        // Spring's reading of the token, with its syntax check as a loop (BearerTokens).
                        .bearerTokenConverter(new BearerTokens())
                        .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(authentication))
                        .authenticationEntryPoint(problem)
                        .accessDeniedHandler(denied))
                .oauth2Login(oauth2 -> oauth2.authenticationSuccessHandler(landing))
                // A saved request is looked for only in a session the request names (SessionRequestCache).
                .requestCache(cache -> cache.requestCache(new SessionRequestCache(sessionIds)))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((exchange, e) ->
                                isApiCall(exchange) ? problem.commence(exchange, e) : login.commence(exchange, e))
                        .accessDeniedHandler(denied))
                // Bearer calls carry no ambient credentials, so only cookie-authenticated changes need CSRF tokens.
                // The token travels as a cookie the admin pages' script can read (XSRF-TOKEN) and comes back in the
                // X-XSRF-TOKEN header, which another site cannot set; the services behind never see a session.
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::needsCsrfProtection)
                        .csrfTokenRepository(csrfCookies(session))
                        .csrfTokenRequestHandler(new HeaderOnlyCsrfTokenHandler())
                        .accessDeniedHandler((exchange, e) -> Problems.csrf(exchange)))
                // Ends the gateway's session and then Keycloak's (RP-initiated logout), back to "/" afterwards.
                .logout(logout -> logout
                        .logoutHandler(handlers -> handlers.add(new WebSessionServerLogoutHandler()))
                        .logoutSuccessHandler(keycloakLogout(registrations)))
                // SecurityHeadersFilter writes the browser headers (HSTS only when configured) for every answer.
                .headers(headers -> headers.hsts(ServerHttpSecurity.HeaderSpec.HstsSpec::disable))
                .addFilterAfter(new CsrfCookieFilter(), SecurityWebFiltersOrder.CSRF)
                // Before the login and token filters, after the session's context is loaded: requests without a
                // signed-in person are limited per client address.
                .addFilterAfter(limits.anonymousFilter(), SecurityWebFiltersOrder.REACTOR_CONTEXT)
                // Membership first: only a centre's members spend the centre's rate limit.
                .addFilterAfter(new TenantMembershipFilter(centres), SecurityWebFiltersOrder.AUTHORIZATION)
                .addFilterAfter(limits.filter(), SecurityWebFiltersOrder.AUTHORIZATION)
                .build();
    }

    private static boolean isApiCall(ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        return exchange.getRequest().getHeaders().containsHeader("Authorization")
                || path.matches("^/t/[^/]+/api(/.*)?$") || path.startsWith("/admin/api") || path.startsWith("/reports/api");
    }

    /**
     * Only changes that ride on cookies need a CSRF token: a bearer call carries no ambient credential, and a
     * request without any cookie has no session to abuse (it goes on to the 401 problem or the login page).
     */
    private static Mono<ServerWebExchangeMatcher.MatchResult> needsCsrfProtection(ServerWebExchange exchange) {
        boolean bearer = String.valueOf(exchange.getRequest().getHeaders().getFirst("Authorization"))
                .regionMatches(true, 0, "Bearer ", 0, 7);
        boolean safe = SAFE_METHODS.contains(exchange.getRequest().getMethod());
        boolean cookies = !exchange.getRequest().getCookies().isEmpty();
        return bearer || safe || !cookies ? ServerWebExchangeMatcher.MatchResult.notMatch()
                : ServerWebExchangeMatcher.MatchResult.match();
    }

    private static CookieServerCsrfTokenRepository csrfCookies(SessionProperties session) {
        CookieServerCsrfTokenRepository cookies = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        cookies.setCookieCustomizer(cookie -> {
            cookie.sameSite("Lax");
            if (session.secureCookie()) {
                cookie.secure(true);
            }
        });
        return cookies;
    }

    private static ServerLogoutSuccessHandler keycloakLogout(ReactiveClientRegistrationRepository registrations) {
        OidcClientInitiatedServerLogoutSuccessHandler keycloak =
                new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        keycloak.setPostLogoutRedirectUri("{baseUrl}/");
        keycloak.setLogoutSuccessUrl(URI.create("/"));
        return keycloak;
    }

    /** Keys are fetched lazily from Keycloak; expiry is checked with the configured skew, and the issuer always. */
    @Bean
    ReactiveJwtDecoder jwtDecoder(SecurityProperties properties) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
        decoder.setJwtValidator(properties.tokenValidator());
        // Every check above runs on a token's first request; its next ones until it expires reuse the result.
        return new CachingReactiveJwtDecoder(decoder, new VerifiedTokenCache());
    }

    @Bean
    ReactiveClientRegistrationRepository clientRegistrations(KeycloakClientProperties keycloak) {
        ClientRegistration registration = ClientRegistration.withRegistrationId("keycloak")
                .clientId(keycloak.clientId())
                .clientSecret(keycloak.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "organization")
                .authorizationUri(keycloak.endpoint("auth"))
                .tokenUri(keycloak.endpoint("token"))
                .jwkSetUri(keycloak.endpoint("certs"))
                .userInfoUri(keycloak.endpoint("userinfo"))
                .userNameAttributeName("preferred_username")
                .issuerUri(keycloak.issuerUri())
                .providerConfigurationMetadata(Map.of("end_session_endpoint", keycloak.endpoint("logout")))
                .clientName("Kentra")
                .build();
        return new InMemoryReactiveClientRegistrationRepository(registration);
    }
}
