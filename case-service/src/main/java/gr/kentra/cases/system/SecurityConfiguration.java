package gr.kentra.cases.system;

import java.util.Comparator;
import java.util.List;

import gr.kentra.commons.security.CachingJwtDecoder;
import gr.kentra.commons.security.KentraRole;
import gr.kentra.commons.security.RealmRoleAuthorities;
import gr.kentra.commons.security.ServiceCallers;
import gr.kentra.commons.security.VerifiedTokenCache;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import tools.jackson.databind.json.JsonMapper;

@Configuration
class SecurityConfiguration {

    // The printable export and investigation report carry their own <style> and never a script.
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:;"
            + " frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private static final String CSP = "Content-Security-Policy";
    private static final RequestMatcher CENTRE_PAGES = PathPatternRequestMatcher.pathPattern("/t/**");

    /** The pages' policy: their own scripts and styles only, forms to this origin and to Keycloak (logout). */
    static String pagePolicy(String issuerUri) {
        java.net.URI issuer = java.net.URI.create(issuerUri);
        String keycloak = issuer.getScheme() + "://" + issuer.getRawAuthority();
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
                + " object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self' " + keycloak;
    }

    /** The clients whose service accounts may call {@code /internal/**}. */
    static final String[] INTERNAL_CALLERS = {"kentra-tenant-service"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, JsonMapper json,
            MessageSource messages, LocaleResolver locales, SecurityProperties security)
            throws Exception {
        JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();
        authentication.setJwtGrantedAuthoritiesConverter(new RealmRoleAuthorities());
        http.authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health/**", "/v3/api-docs/**", "/error")
                            .permitAll()
                            // Metrics and the rest of actuator: the platform's own services (a scraper uses a
                            // service client's token, or the management port on loopback).
                            // The public verification of issued documents: no login, no personal data.
                            .requestMatchers(org.springframework.http.HttpMethod.GET, "/verify", "/verify/**").permitAll()
                            .requestMatchers("/actuator/**").hasRole(KentraRole.SERVICE.name())
                            // tenant-service provisions, moves, archives and deletes centres; nobody else, and
                            // never a person, whatever the roles of the token.
                            .requestMatchers("/internal/**").access(ServiceCallers.only(INTERNAL_CALLERS));
                    for (Permissions.Rule rule : mostSpecificFirst(Permissions.RULES)) {
                        requests.requestMatchers(rule.method(), rule.pattern())
                                .hasAnyRole(Permissions.rolesWith(rule.permission()));
                    }
                    requests.requestMatchers("/api/**").denyAll()
                            .anyRequest().authenticated();
                })
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Every answer, HTML pages above all: no framing, no sniffing, no referrer leaving with an id.
                .headers(headers -> headers
                        // The centre's pages run their own scripts and styles and post to the gateway's logout,
                        // which sends the browser on to Keycloak; everything else (API answers, printable
                        // documents) gets nothing beyond inline styles.
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(CENTRE_PAGES,
                                new StaticHeadersWriter(CSP, pagePolicy(security.issuerUri()))))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(CENTRE_PAGES),
                                new StaticHeadersWriter(CSP, CONTENT_SECURITY_POLICY)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .csrf(csrf -> csrf.disable())
                // The tenant filter comes after authorisation (so the token is always there): tenancy adds it to this
                // chain itself (tenancy/request/TenantFilterConfiguration), since tenancy uses this package.
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) ->
                        write(json, response, HttpStatus.FORBIDDEN,
                                messages.getMessage("problem.forbidden", null, locales.resolveLocale(request)))))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(authentication))
                        .accessDeniedHandler((request, response, e) ->
                                write(json, response, HttpStatus.FORBIDDEN,
                                messages.getMessage("problem.forbidden", null, locales.resolveLocale(request))))
                        .authenticationEntryPoint((request, response, e) ->
                                write(json, response, HttpStatus.UNAUTHORIZED,
                                messages.getMessage("problem.unauthorized", null, locales.resolveLocale(request)))));
        return http.build();
    }

    /**
     * Spring Security stops at the first matching rule; ordered this way, {@code /api/beneficiaries/retention-due}
     * meets its own rule before {@code /api/beneficiaries/*}, as Spring MVC's handler mapping would choose, so
     * the rules list need not be kept in matching order. The sort is stable: equally specific rules keep theirs.
     */
    static List<Permissions.Rule> mostSpecificFirst(List<Permissions.Rule> rules) {
        Comparator<Permissions.Rule> specificity = Comparator.comparing(
                rule -> PathPatternParser.defaultInstance.parse(rule.pattern()), PathPattern.SPECIFICITY_COMPARATOR);
        return rules.stream().sorted(specificity).toList();
    }

    private static void write(JsonMapper json, jakarta.servlet.http.HttpServletResponse response, HttpStatus status,
            String detail) throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), ProblemDetail.forStatusAndDetail(status, detail));
    }

    @Bean
    JwtDecoder jwtDecoder(SecurityProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(properties.clockSkew()), new JwtIssuerValidator(properties.issuerUri())));
        // Every check above runs on a token's first request; its next ones until it expires reuse the result.
        return new CachingJwtDecoder(decoder, new VerifiedTokenCache());
    }
}
