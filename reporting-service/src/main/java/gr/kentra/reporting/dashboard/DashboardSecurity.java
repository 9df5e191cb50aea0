package gr.kentra.reporting.dashboard;

import gr.kentra.commons.security.KentraRole;
import gr.kentra.commons.security.ResourceServer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The pages' own filter chain, ahead of the API's: the same resource server set-up (the gateway relays the browser
 * session's token; a missing or bad token is the shared 401 problem), the reporting roles, and the 403 page
 * instead of a problem for a caller without one.
 * Pages only read (GET forms), and no cookie authenticates here, so there is nothing for CSRF to protect.
 */
@Configuration
class DashboardSecurity {

    // The pages load their CSS and one script (chrome.js) from this origin only; charts are inline SVG (no style).
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'";

    @Bean
    @Order(1)
    SecurityFilterChain dashboardFilterChain(HttpSecurity http, ResourceServer resourceServer, ForbiddenPage forbidden,
            LocaleResolver locales) throws Exception {
        AccessDeniedHandler denied = (request, response, e) ->
                forbidden.write(response, locales.resolveLocale(request));
        resourceServer.apply(http, denied).securityMatcher("/dashboards", "/dashboards/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/dashboards/*.css", "/dashboards/assets/**", "/dashboards/webjars/**").permitAll()
                        .anyRequest().hasAnyRole(KentraRole.MINISTRY_ANALYST.name(),
                                KentraRole.REGIONAL_MANAGER.name(), KentraRole.COORDINATOR.name()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }
}
