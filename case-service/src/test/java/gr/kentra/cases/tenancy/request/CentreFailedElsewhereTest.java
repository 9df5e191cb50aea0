package gr.kentra.cases.tenancy.request;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import gr.kentra.cases.CaseServiceIntegrationTest;
import gr.kentra.cases.tenancy.registry.ReadinessInMemory;
import gr.kentra.launcher.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The tenant filter's readiness is kept in memory; another instance (a plain connection to the registry's database)
 * marks the centre FAILED, and the registry's trigger tells this one. Its next request after the notification is
 * refused as an unprovisioned centre's is.
 */
class CentreFailedElsewhereTest extends CaseServiceIntegrationTest {

    private static final String CENTRE = "failed-elsewhere";

    @Autowired
    ApplicationContext context;

    @Test
    void aCentreMarkedFailedByAnotherInstanceIsRefusedOnceThisOneHearsIt() throws Exception {
        provision(CENTRE);
        mvc.perform(list()).andExpect(status().isOk());
        ReadinessInMemory.awaitKept(context, CENTRE);

        anotherInstance().update("update platform.tenant_schema set status = 'FAILED' where tenant_id = ?", CENTRE);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> mvc.perform(list())
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("You are not a member of this centre.")));

        // READY again (a later migration succeeded there): admitted at once, nothing to wait for.
        anotherInstance().update("update platform.tenant_schema set status = 'READY' where tenant_id = ?", CENTRE);
        mvc.perform(list()).andExpect(status().isOk());
    }

    private static MockHttpServletRequestBuilder list() {
        return get("/api/beneficiaries").header(TenantRequestFilter.HEADER, CENTRE).header("Accept-Language", "en")
                .with(socialWorkerOf(CENTRE));
    }

    private static JdbcTemplate anotherInstance() {
        return new JdbcTemplate(new DriverManagerDataSource(TestPostgres.database("cases_test"),
                TestPostgres.username(), TestPostgres.password()));
    }
}
