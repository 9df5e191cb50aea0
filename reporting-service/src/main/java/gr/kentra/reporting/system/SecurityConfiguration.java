package gr.kentra.reporting.system;

import java.io.IOException;

import gr.kentra.commons.security.KentraRole;
import gr.kentra.commons.security.RealmRoleAuthorities;
import gr.kentra.commons.security.ServiceCallers;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
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
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

@Configuration
class SecurityConfiguration {

    // JSON and CSV/XLSX exports only here (the dashboards have their own chain): nothing to load, nothing to frame.
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, JsonMapper json, MessageSource messages,
            LocaleResolver locales) throws Exception {
        JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();
        authentication.setJwtGrantedAuthoritiesConverter(new RealmRoleAuthorities());
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/v3/api-docs/**")
                        .permitAll()
                        .requestMatchers("/actuator/**").hasRole(KentraRole.SERVICE.name())
                        // case-service's own client credentials only: a person's token never delivers facts.
                        .requestMatchers(HttpMethod.POST, "/internal/facts").access(AuthorizationManagers.allOf(
                                AuthorityAuthorizationManager.hasRole(KentraRole.FACT_PUBLISHER.name()),
                                ServiceCallers.only("kentra-case-service")))
                        // An operator's rebuild, through the platform's operator client (tenant-service's).
                        .requestMatchers("/internal/aggregates/**").access(ServiceCallers.only("kentra-tenant-service"))
                        .requestMatchers("/reports/api/**").hasAnyRole(KentraRole.MINISTRY_ANALYST.name(),
                                KentraRole.REGIONAL_MANAGER.name(), KentraRole.COORDINATOR.name())
                        .requestMatchers("/error").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Every answer, HTML pages above all: no framing, no sniffing, no referrer leaving with an id.
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .csrf(csrf -> csrf.disable())
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

    private static void write(JsonMapper json, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        response.setStatus(status.value());
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
