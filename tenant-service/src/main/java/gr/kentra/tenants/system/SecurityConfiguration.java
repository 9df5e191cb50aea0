package gr.kentra.tenants.system;

import gr.kentra.commons.security.KentraRole;
import gr.kentra.commons.security.ResourceServer;
import gr.kentra.commons.security.ServiceCallers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/** The registry is for platform administrators only; they never see personal data here, only centres. */
@Configuration
class SecurityConfiguration {

    // The admin pages load their CSS, script and htmx from this origin only, with no inline script or style.
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ResourceServer resourceServer, ForbiddenPage page)
            throws Exception {
        AccessDeniedHandler denied = denied(page, resourceServer.forbidden());
        resourceServer.apply(http, denied).authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/v3/api-docs/**", "/error")
                        .permitAll()
                        .requestMatchers("/actuator/**").hasRole(KentraRole.SERVICE.name())
                        // Polled by the gateway (TenantStatusCache) and case-service (CentreLifecycle), each with its
                        // own client-credentials token.
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/internal/centres/status")
                        .access(ServiceCallers.only("kentra-gateway", "kentra-case-service"))
                        // The gateway's centre chooser names the person's centres (read only).
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/internal/centres/names")
                        .access(ServiceCallers.only("kentra-gateway", "kentra-case-service"))
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/internal/centres/*/schema-deletion")
                        .access(ServiceCallers.only("kentra-case-service"))
                        // Anything else internal: the platform's services only, never a person.
                        .requestMatchers("/internal/**").access(ServiceCallers.only("kentra-case-service"))
                        // The pages' CSS, script and htmx, so the refusal page below is readable too.
                        .requestMatchers("/admin/assets/**", "/admin/webjars/**").permitAll()
                        .requestMatchers("/admin/**").hasRole(KentraRole.PLATFORM_ADMIN.name())
                        .anyRequest().authenticated())
                // Every answer, HTML pages above all: no framing, no sniffing, no referrer leaving with an id.
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    /**
     * API callers get a problem JSON; a person opening an admin page without the platform-admin role gets a
     * page that says so. Both in Greek, or English by {@code Accept-Language}.
     */
    private static AccessDeniedHandler denied(ForbiddenPage page, AccessDeniedHandler problem) {
        return (request, response, e) -> {
            if (ForbiddenPage.isPage(request)) {
                page.render(request, response);
            } else {
                problem.handle(request, response, e);
            }
        };
    }
}
