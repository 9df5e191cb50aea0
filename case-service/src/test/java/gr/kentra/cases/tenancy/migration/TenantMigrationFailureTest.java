package gr.kentra.cases.tenancy.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TenantMigrationFailureTest extends CaseServiceIntegrationTest {

    @Autowired
    OutdatedTenantMigration atBoot;
    @Autowired
    TenantSchemaMigrator migrator;

    @Test
    void aTenantWhoseMigrationFailsIsKeptOutWhileTheOthersCarryOn() throws Exception {
        provision("halandri");
        provision("zografou");
        // Zografou's schema is broken: its tables exist but Liquibase's record of them is gone, so the
        // changelog's createTable fails there. Both tenants are one changelog version behind.
        jdbc.update("delete from t_zografou.databasechangelog");
        jdbc.update("update platform.tenant_schema set changelog_version = 'old' "
                + "where tenant_id in ('halandri', 'zografou')");

        int failed = atBoot.migrateOutdated();

        assertThat(failed).isEqualTo(1);
        assertThat(jdbc.queryForObject("select status || ' ' || changelog_version from platform.tenant_schema "
                + "where tenant_id = 'halandri'", String.class)).isEqualTo("READY " + migrator.changelogVersion());
        assertThat(jdbc.queryForObject("select status from platform.tenant_schema where tenant_id = 'zografou'",
                String.class)).isEqualTo("FAILED");
        mvc.perform(get("/api/beneficiaries").header("X-Kentra-Tenant", "halandri").with(socialWorkerOf("halandri")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/beneficiaries").header("X-Kentra-Tenant", "zografou").with(socialWorkerOf("zografou")))
                .andExpect(status().isForbidden());

        // Once repaired, the next attempt brings it back.
        jdbc.execute("drop schema t_zografou cascade");
        assertThat(atBoot.migrateOutdated()).isZero();
        mvc.perform(get("/api/beneficiaries").header("X-Kentra-Tenant", "zografou").with(socialWorkerOf("zografou")))
                .andExpect(status().isOk());
    }
}
