package gr.kentra.cases.tenancy.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Deleting an archived centre's export after the platform administrator's retention decision: only once its schema is
 * gone, only that centre's file, and only by tenant-service.
 */
class ArchiveExportDeletionTest extends CaseServiceIntegrationTest {

    @Test
    void deletesTheExportOfACentreWhoseSchemaIsGoneAndNoOtherFile() throws Exception {
        provision("expdel-gone");
        provision("expdel-other");
        String gone = export("expdel-gone");
        String other = export("expdel-other");
        gr.kentra.cases.RegistryStandIn.allowSchemaDeletion("expdel-gone");
        mvc.perform(delete("/internal/tenants/expdel-gone").with(tenantService())).andExpect(status().isNoContent());

        // Another centre's file named under this centre's path is never reached.
        mvc.perform(delete("/internal/tenants/expdel-gone/exports/{file}", other).with(tenantService()))
                .andExpect(status().isNotFound());
        assertThat(ARCHIVE_DIR.resolve(other)).exists();

        mvc.perform(delete("/internal/tenants/expdel-gone/exports/{file}", gone).with(tenantService()))
                .andExpect(status().isNoContent());
        assertThat(ARCHIVE_DIR.resolve(gone)).doesNotExist();
        assertThat(ARCHIVE_DIR.resolve(other)).exists();
        mvc.perform(delete("/internal/tenants/expdel-gone/exports/{file}", gone).with(tenantService()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void keepsTheExportWhileTheSchemaIsHeldAndRefusesAnyoneButTenantService() throws Exception {
        provision("expdel-held");
        String file = export("expdel-held");

        mvc.perform(delete("/internal/tenants/expdel-held/exports/{file}", file).with(tenantService())
                        .header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Export still needed"));
        mvc.perform(delete("/internal/tenants/expdel-held/exports/{file}", file)
                        .with(staff("expdel-held", "coordinator")))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/internal/tenants/expdel-held/exports/{file}", file)).andExpect(status().isUnauthorized());
        assertThat(ARCHIVE_DIR.resolve(file)).exists();
    }

    private String export(String tenant) throws Exception {
        return JsonPath.read(mvc.perform(post("/internal/tenants/{tenant}/archive", tenant).with(tenantService()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.file");
    }
}
