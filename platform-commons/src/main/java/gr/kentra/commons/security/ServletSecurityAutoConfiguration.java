package gr.kentra.commons.security;

import gr.kentra.commons.web.problem.Problems;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The servlet services' token checks, written once ({@code kentra.security.*}: Keycloak's keys and issuer, the
 * clock skew tolerated) with {@link ResourceServer} for their chains. The gateway (reactive) has its own.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet."
        + "OAuth2ResourceServerAutoConfiguration", afterName = "gr.kentra.commons.web.ServletWebAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.security.config.annotation.web.builders.HttpSecurity")
@EnableConfigurationProperties(SecurityProperties.class)
public class ServletSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(SecurityProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
        decoder.setJwtValidator(properties.tokenValidator());
        // Every check above runs on a token's first request; its next ones until it expires reuse the result.
        return new CachingJwtDecoder(decoder, new VerifiedTokenCache());
    }

    /**
     * Spring Security's firewall with its header and parameter name rules and its header value rule checked by
     * {@link HeaderCharacters}' loop instead of regular expressions (the same answers); every other rule its default.
     * Spring Security's web configuration takes the firewall from this bean.
     */
    @Bean
    @ConditionalOnMissingBean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(HeaderCharacters::isAllowedName);
        firewall.setAllowedHeaderValues(HeaderCharacters::isAllowedValue);
        firewall.setAllowedParameterNames(HeaderCharacters::isAllowedName);
        return firewall;
    }

    @Bean
    @ConditionalOnMissingBean
    ResourceServer resourceServer(Problems problems) {
        return new ResourceServer(problems);
    }
}
