package gr.kentra.commons.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DemoSecretsCheckTest {

    private static final Map<String, Set<String>> SECRETS = Map.of(
            "kentra.indicators.pseudonym-secret", Set.of("local-only-pseudonym-secret-not-for-production"),
            "spring.datasource.password", Set.of("postgres"));

    @Test
    void refusesADemoSecretOutsideTheLocalProfileNamingTheProperty() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("kentra.indicators.pseudonym-secret", "local-only-pseudonym-secret-not-for-production")
                .withProperty("spring.datasource.password", "a-real-one");
        assertThatThrownBy(() -> DemoSecretsCheck.check(environment, SECRETS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kentra.indicators.pseudonym-secret has the committed demo value")
                .hasMessageNotContaining("a-real-one")
                .hasMessageNotContaining("spring.datasource.password");
    }

    @Test
    void refusesAMissingSecretOutsideTheLocalProfile() {
        MockEnvironment environment = new MockEnvironment().withProperty("kentra.indicators.pseudonym-secret", "s3cr3t");
        assertThatThrownBy(() -> DemoSecretsCheck.check(environment, SECRETS))
                .hasMessageContaining("spring.datasource.password is not set");
    }

    @Test
    void acceptsDemoSecretsInTheLocalProfileAndRealOnesAnywhere() {
        MockEnvironment local = new MockEnvironment().withProperty("spring.datasource.password", "postgres");
        local.setActiveProfiles("local");
        assertThatCode(() -> DemoSecretsCheck.check(local, SECRETS)).doesNotThrowAnyException();
        MockEnvironment production = new MockEnvironment()
                .withProperty("kentra.indicators.pseudonym-secret", "s3cr3t")
                .withProperty("spring.datasource.password", "another");
        assertThatCode(() -> DemoSecretsCheck.check(production, SECRETS)).doesNotThrowAnyException();
    }
}
