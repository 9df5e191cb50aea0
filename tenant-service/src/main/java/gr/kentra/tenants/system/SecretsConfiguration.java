package gr.kentra.tenants.system;

import java.util.Map;
import java.util.Set;

import gr.kentra.commons.config.DemoSecretsCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The secrets with committed demo values in application.yml: outside the local profile each must be set to another. */
@Configuration
class SecretsConfiguration {

    static final Map<String, Set<String>> DEMO_SECRETS = Map.of(
            "spring.security.oauth2.client.registration.case-service.client-secret",
            Set.of("tenant-service-local-secret"),
            "spring.datasource.password", Set.of("postgres"));

    @Bean
    static DemoSecretsCheck demoSecretsCheck() {
        return new DemoSecretsCheck(DEMO_SECRETS);
    }
}
