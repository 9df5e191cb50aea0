package gr.kentra.cases.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** case-service will not start outside the local profile with the secrets committed in its application.yml. */
class DemoSecretsStartupTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(SecretsConfiguration.class)
            .withPropertyValues(
                    "kentra.indicators.pseudonym-secret=local-only-pseudonym-secret-not-for-production",
                    "spring.security.oauth2.client.registration.reporting-service.client-secret=rs-secret-from-vault",
                    "spring.security.oauth2.client.registration.tenant-service.client-secret=ts-secret-from-vault",
                    "spring.datasource.password=db-secret-from-vault");

    @Test
    void refusesToStartWithTheDemoPseudonymKeyOutsideTheLocalProfile() {
        runner.run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                    .hasMessageContaining("kentra.indicators.pseudonym-secret has the committed demo value");
        });
    }

    @Test
    void startsWithTheDemoValuesInTheLocalProfile() {
        runner.withPropertyValues("spring.profiles.active=local", "spring.datasource.password=postgres")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void startsWithRealSecretsOutsideTheLocalProfile() {
        runner.withPropertyValues("kentra.indicators.pseudonym-secret=a-national-secret-from-the-vault")
                .run(context -> assertThat(context).hasNotFailed());
    }
}
