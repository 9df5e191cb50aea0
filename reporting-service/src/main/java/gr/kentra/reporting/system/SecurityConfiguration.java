package gr.kentra.reporting.system;

import java.io.IOException;

import gr.kentra.commons.security.KentraRole;
import gr.kentra.commons.security.RealmRoleAuthorities;
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
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

@Configuration
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, JsonMapper json, MessageSource messages,
            LocaleResolver locales) throws Exception {
        JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();
        authentication.setJwtGrantedAuthoritiesConverter(new RealmRoleAuthorities());
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus",
                                "/v3/api-docs/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/internal/facts").hasRole(KentraRole.FACT_PUBLISHER.name())
                        .requestMatchers("/internal/aggregates/**").hasRole(KentraRole.PLATFORM_ADMIN.name())
                        .requestMatchers("/reports/api/**").hasAnyRole(KentraRole.MINISTRY_ANALYST.name(),
                                KentraRole.REGIONAL_MANAGER.name(), KentraRole.COORDINATOR.name())
                        .requestMatchers("/error").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
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
