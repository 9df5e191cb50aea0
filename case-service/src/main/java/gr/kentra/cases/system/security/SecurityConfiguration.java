package gr.kentra.cases.system.security;

import java.util.Comparator;
import java.util.List;

import gr.kentra.commons.security.KentraRole;
import gr.kentra.commons.security.ResourceServer;
import gr.kentra.commons.security.SecurityProperties;
import gr.kentra.commons.security.ServiceCallers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

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
    SecurityFilterChain securityFilterChain(HttpSecurity http, ResourceServer resourceServer,
            SecurityProperties security) throws Exception {
        resourceServer.apply(http).authorizeHttpRequests(requests -> {
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
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        // The tenant filter comes after authorisation (so the token is always there): tenancy adds it to this
        // chain itself (tenancy/request/TenantFilterConfiguration), since tenancy uses this package.
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
}
