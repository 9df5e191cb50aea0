package gr.kentra.tenants.centre.demo;

import static org.assertj.core.api.Assertions.assertThat;

import gr.kentra.launcher.testing.TestPostgres;
import gr.kentra.tenants.centre.RegistryTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A registry started with {@code generate-up-to=250}, on its own database. */
@SpringBootTest(properties = {"kentra.registry.generate-up-to=250", "kentra.provisioning.initial-delay=1h",
    "kentra.provisioning.interval=1h"})
@Import(RegistryTest.StandIns.class)
class RegistryGenerationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.database("registry_generated_test"));
        registry.add("spring.datasource.username", TestPostgres::username);
        registry.add("spring.datasource.password", TestPostgres::password);
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CentreGenerator generator;

    @Test
    void fillsTheRegistryToTheNationalScaleOnceAndMarksWhatItMade() throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from centre", Integer.class)).isEqualTo(250);
        assertThat(jdbc.queryForObject("select count(*) from centre where generated", Integer.class)).isEqualTo(246);
        assertThat(jdbc.queryForObject("select count(*) from centre where generated and status = 'ONBOARDING'"
                + " and schema_status = 'PENDING' and keycloak_status = 'PENDING'", Integer.class)).isEqualTo(246);

        assertThat(jdbc.queryForObject("select count(distinct centre_id) from centre_opening_hours c"
                + " where centre_id like 'demo-%'", Integer.class)).isEqualTo(246);
        assertThat(jdbc.queryForObject("select count(*) from centre where generated and search_text like '%δοκιμαστικο%'",
                Integer.class)).isEqualTo(246);

        generator.run(null);

        assertThat(jdbc.queryForObject("select count(*) from centre", Integer.class)).isEqualTo(250);
    }
}
