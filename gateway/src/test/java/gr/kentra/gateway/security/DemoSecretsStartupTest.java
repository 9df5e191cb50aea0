package gr.kentra.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The gateway will not start outside the local profile with its client secret missing or the committed demo value. */
class DemoSecretsStartupTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(SecretsConfiguration.class);

    @Test
    void refusesToStartWithTheDemoClientSecretOutsideTheLocalProfile() {
        runner.withPropertyValues("kentra.keycloak.client-secret=gateway-local-secret").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                    .hasMessageContaining("kentra.keycloak.client-secret has the committed demo value");
        });
    }

    @Test
    void refusesToStartWithoutAClientSecretOutsideTheLocalProfile() {
        runner.run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasMessageContaining("kentra.keycloak.client-secret is not set");
        });
    }

    @Test
    void startsWithTheDemoClientSecretInTheLocalProfile() {
        runner.withPropertyValues("spring.profiles.active=local", "kentra.keycloak.client-secret=gateway-local-secret")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void startsWithARealClientSecretOutsideTheLocalProfile() {
        runner.withPropertyValues("kentra.keycloak.client-secret=gw-secret-from-the-vault")
                .run(context -> assertThat(context).hasNotFailed());
    }
}
