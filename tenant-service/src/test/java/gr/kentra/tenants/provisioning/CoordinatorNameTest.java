package gr.kentra.tenants.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoordinatorNameTest {

    @Test
    void dropsCharactersKeycloakRefusesInPersonNames() {
        assertThat(KeycloakOnboarding.personName("Κέντρο Κοινότητας (δοκιμαστικό) Αττική 012"))
                .isEqualTo("Κέντρο Κοινότητας δοκιμαστικό Αττική 012");
        assertThat(KeycloakOnboarding.personName("Κέντρο Κοινότητας Δήμου Μοσχάτου – Ταύρου"))
                .isEqualTo("Κέντρο Κοινότητας Δήμου Μοσχάτου – Ταύρου");
        assertThat(KeycloakOnboarding.personName("<>{}")).isEqualTo("Κέντρο Κοινότητας");
    }
}
