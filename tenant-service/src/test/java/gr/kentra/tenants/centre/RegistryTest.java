package gr.kentra.tenants.centre;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import gr.kentra.commons.tenant.TenantId;
import gr.kentra.launcher.testing.TestPostgres;
import gr.kentra.tenants.centre.onboarding.Onboarding;
import gr.kentra.tenants.centre.onboarding.OrganizationReconciler;
import gr.kentra.tenants.centre.onboarding.SchemaReconciler;
import gr.kentra.tenants.lifecycle.TenantArchive;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The registry on a real PostgreSQL, with case-service and Keycloak replaced by recording stand-ins. */
@SpringBootTest(properties = {"kentra.provisioning.initial-delay=1h", "kentra.provisioning.interval=1h",
        "kentra.cells=cell-1,cell-2"})
@AutoConfigureMockMvc
@Import(RegistryTest.StandIns.class)
public abstract class RegistryTest {

    @TestConfiguration
    public static class StandIns {
        @Bean
        @Primary
        RecordingProvisioner recordingProvisioner() {
            return new RecordingProvisioner();
        }

        @Bean
        @Primary
        RecordingOrganizations recordingOrganizations() {
            return new RecordingOrganizations();
        }

        /** No case-service here: an archived centre's export stays pending (see lifecycle tests for the rest). */
        @Bean
        @Primary
        TenantArchive unreachableArchive() {
            return new TenantArchive() {
                @Override
                public Export export(TenantId tenant) {
                    throw new IllegalStateException("case-service is not part of registry tests");
                }

                @Override
                public void delete(TenantId tenant) {
                    throw new IllegalStateException("case-service is not part of registry tests");
                }

                @Override
                public void deleteExport(TenantId tenant, String file) {
                    throw new IllegalStateException("case-service is not part of registry tests");
                }
            };
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.database("registry_test"));
        registry.add("spring.datasource.username", TestPostgres::username);
        registry.add("spring.datasource.password", TestPostgres::password);
    }

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    RecordingProvisioner provisioner;
    @Autowired
    SchemaReconciler reconciler;
    @Autowired
    RecordingOrganizations organizations;
    @Autowired
    OrganizationReconciler organizationReconciler;
    @Autowired
    Onboarding onboarding;

    @BeforeEach
    protected void startFromTheSeeds() {
        provisioner.reset();
        organizations.reset();
        jdbc.update("delete from centre where id not in ('moschato-tavros', 'elefsina', 'nea-smyrni', 'mouzaki')");
        jdbc.update("update centre set status = 'ACTIVE', schema_status = 'PENDING', schema_error = null,"
                + " schema_attempts = 0, next_attempt_at = null, keycloak_status = 'READY', keycloak_error = null,"
                + " keycloak_attempts = 0, keycloak_next_attempt_at = null, schema_claimed_by = null, schema_claimed_at = null,"
                + " keycloak_claimed_by = null, keycloak_claimed_at = null");
    }

    protected static RequestPostProcessor platformAdmin() {
        return jwt().jwt(token -> token.claim("preferred_username", "root"))
                .authorities(new SimpleGrantedAuthority("ROLE_PLATFORM_ADMIN"));
    }

    protected static RequestPostProcessor socialWorker() {
        return jwt().jwt(token -> token.claim("preferred_username", "maria"))
                .authorities(new SimpleGrantedAuthority("ROLE_SOCIAL_WORKER"));
    }
}
