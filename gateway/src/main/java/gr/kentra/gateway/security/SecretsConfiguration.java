package gr.kentra.gateway.security;

import java.util.Map;
import java.util.Set;

import gr.kentra.commons.config.DemoSecretsCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The gateway's client secret has a committed demo value in application.yml: outside the local profile it must be another. */
@Configuration
class SecretsConfiguration {

    static final Map<String, Set<String>> DEMO_SECRETS = Map.of(
            "kentra.keycloak.client-secret", Set.of("gateway-local-secret"));

    @Bean
    static DemoSecretsCheck demoSecretsCheck() {
        return new DemoSecretsCheck(DEMO_SECRETS);
    }
}
