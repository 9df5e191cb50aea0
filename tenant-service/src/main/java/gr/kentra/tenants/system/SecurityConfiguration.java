package gr.kentra.tenants.system;

import java.io.IOException;

import gr.kentra.commons.security.KentraRole;
import gr.kentra.commons.security.RealmRoleAuthorities;
import gr.kentra.commons.security.ServiceCallers;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** The registry is for platform administrators only; they never see personal data here, only centres. */
@Configuration
class SecurityConfiguration {

    // The admin pages load their CSS, script and htmx from this origin only, with no inline script or style.
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, JsonMapper json, ForbiddenPage page,
            MessageSource messages, LocaleResolver locales) throws Exception {
        JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();
        authentication.setJwtGrantedAuthoritiesConverter(new RealmRoleAuthorities());
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/v3/api-docs/**", "/error")
                        .permitAll()
                        .requestMatchers("/actuator/**").hasRole(KentraRole.SERVICE.name())
                        // Polled by the gateway (TenantStatusCache) and case-service (CentreLifecycle), each with its
                        // own client-credentials token.
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/internal/centres/status")
                        .access(ServiceCallers.only("kentra-gateway", "kentra-case-service"))
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/internal/centres/*/schema-deletion")
                        .access(ServiceCallers.only("kentra-case-service"))
                        // Anything else internal: the platform's services only, never a person.
                        .requestMatchers("/internal/**").access(ServiceCallers.only("kentra-case-service"))
                        // The pages' CSS, script and htmx, so the refusal page below is readable too.
                        .requestMatchers("/admin/assets/**", "/admin/webjars/**").permitAll()
                        .requestMatchers("/admin/**").hasRole(KentraRole.PLATFORM_ADMIN.name())
                        .anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Every answer, HTML pages above all: no framing, no sniffing, no referrer leaving with an id.
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors.accessDeniedHandler(denied(json, page, messages, locales)))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(authentication))
                        .accessDeniedHandler(denied(json, page, messages, locales))
                        .authenticationEntryPoint((request, response, e) -> write(json, response,
                                HttpStatus.UNAUTHORIZED, messages.getMessage("problem.unauthorized", null,
                                        locales.resolveLocale(request)))));
        return http.build();
    }

    /**
     * API callers get a problem JSON; a person opening an admin page without the platform-admin role gets a
     * page that says so. Both in Greek, or English by {@code Accept-Language}.
     */
    private static AccessDeniedHandler denied(JsonMapper json, ForbiddenPage page, MessageSource messages,
            LocaleResolver locales) {
        return (request, response, e) -> {
            if (ForbiddenPage.isPage(request)) {
                page.render(request, response);
            } else {
                write(json, response, HttpStatus.FORBIDDEN, messages.getMessage("problem.forbidden", null,
                        locales.resolveLocale(request)));
            }
        };
    }

    private static void write(JsonMapper json, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setCharacterEncoding(java.nio.charset.StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), ProblemDetail.forStatusAndDetail(status, detail));
    }

    @Bean
    JwtDecoder jwtDecoder(SecurityProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(properties.clockSkew()), new JwtIssuerValidator(properties.issuerUri())));
        return decoder;
    }
}
