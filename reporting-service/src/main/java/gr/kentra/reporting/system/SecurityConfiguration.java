package gr.kentra.reporting.system;

import gr.kentra.commons.security.KentraRole;
import gr.kentra.commons.security.ResourceServer;
import gr.kentra.commons.security.ServiceCallers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration
class SecurityConfiguration {

    // JSON and CSV/XLSX exports only here (the dashboards have their own chain): nothing to load, nothing to frame.
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ResourceServer resourceServer) throws Exception {
        resourceServer.apply(http).authorizeHttpRequests(requests -> requests
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
                // Every answer, HTML pages above all: no framing, no sniffing, no referrer leaving with an id.
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }
}
