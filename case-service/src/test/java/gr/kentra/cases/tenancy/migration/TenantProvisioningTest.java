package gr.kentra.cases.tenancy.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TenantProvisioningTest extends CaseServiceIntegrationTest {

    @Autowired
    TenantSchemaMigrator migrator;

    @Test
    void createsAndMigratesTheTenantSchema() throws Exception {
        mvc.perform(put("/internal/tenants/elefsina").with(tenantService()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tenant").value("elefsina"))
                .andExpect(jsonPath("$.schema").value("t_elefsina"))
                .andExpect(jsonPath("$.changelogVersion").value(migrator.changelogVersion()))
                .andExpect(jsonPath("$.status").value("READY"));
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables "
                + "where table_schema = 't_elefsina' and table_name = 'beneficiary'", Integer.class)).isOne();
    }

    @Test
    void provisioningTwiceIsHarmless() throws Exception {
        provision("nea-smyrni");
        var first = jdbc.queryForObject("select migrated_at from platform.tenant_schema where tenant_id = 'nea-smyrni'",
                java.sql.Timestamp.class);
        mvc.perform(put("/internal/tenants/nea-smyrni").with(tenantService()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.schema").value("t_nea_smyrni"));
        assertThat(jdbc.queryForObject("select migrated_at from platform.tenant_schema where tenant_id = 'nea-smyrni'",
                java.sql.Timestamp.class)).isEqualTo(first);
        assertThat(jdbc.queryForObject("select count(*) from t_nea_smyrni.databasechangelog", Integer.class))
                .isPositive();
    }

    @Test
    void showsAProvisionedTenantAnd404ForOthers() throws Exception {
        provision("mouzaki");
        mvc.perform(get("/internal/tenants/mouzaki").with(tenantService()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("READY"));
        mvc.perform(get("/internal/tenants/nowhere").with(tenantService()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void refusesAnInvalidTenantIdWithAProblem() throws Exception {
        mvc.perform(put("/internal/tenants/Bad_Slug").with(tenantService()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void onlyAPlatformAdminMayProvision() throws Exception {
        mvc.perform(put("/internal/tenants/kallithea").with(socialWorkerOf("kallithea")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(put("/internal/tenants/kallithea")).andExpect(status().isUnauthorized());
        assertThat(jdbc.queryForObject("select count(*) from information_schema.schemata "
                + "where schema_name = 't_kallithea'", Integer.class)).isZero();
    }

    @Test
    void refusesAPersonsPlatformAdminTokenAndOtherServicesOnTheInternalApi() throws Exception {
        provision("mouzaki");
        for (var caller : java.util.List.of(platformAdmin(),
                token(java.util.List.of(), "platform-admin", "kentra-service"),
                gr.kentra.cases.ServiceTokens.serviceAccountOf("kentra-case-service"))) {
            mvc.perform(get("/internal/tenants/mouzaki").with(caller))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
            mvc.perform(put("/internal/tenants/kallithea").with(caller)).andExpect(status().isForbidden());
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                    .delete("/internal/tenants/mouzaki").with(caller)).andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("select count(*) from information_schema.schemata "
                + "where schema_name = 't_kallithea'", Integer.class)).isZero();
    }

    @Test
    void servesMetricsToThePlatformsServicesOnly() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(platformAdmin())).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(tenantService())).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void bootMigrationBringsOutdatedTenantsUpToDate(@Autowired OutdatedTenantMigration atBoot) throws Exception {
        provision("vyronas");
        jdbc.update("update platform.tenant_schema set changelog_version = 'old' where tenant_id = 'vyronas'");
        atBoot.run(null);
        assertThat(jdbc.queryForObject("select changelog_version from platform.tenant_schema "
                + "where tenant_id = 'vyronas'", String.class)).isEqualTo(migrator.changelogVersion());
    }
}
