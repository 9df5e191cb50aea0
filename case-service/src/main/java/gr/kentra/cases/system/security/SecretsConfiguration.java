package gr.kentra.cases.system.security;

import java.util.Map;
import java.util.Set;

import gr.kentra.commons.config.DemoSecretsCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The secrets with committed demo values in application.yml: outside the local profile each must be set to another. */
@Configuration
class SecretsConfiguration {

    static final Map<String, Set<String>> DEMO_SECRETS = Map.of(
            "kentra.indicators.pseudonym-secret", Set.of("local-only-pseudonym-secret-not-for-production"),
            "spring.security.oauth2.client.registration.reporting-service.client-secret",
            Set.of("case-service-local-secret"),
            "spring.security.oauth2.client.registration.tenant-service.client-secret",
            Set.of("case-service-local-secret"),
            "spring.datasource.password", Set.of("postgres"));

    @Bean
    static DemoSecretsCheck demoSecretsCheck() {
        return new DemoSecretsCheck(DEMO_SECRETS);
    }
}
