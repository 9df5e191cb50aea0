package gr.kentra.reporting;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import gr.kentra.commons.security.RealmRoleAuthorities;
import gr.kentra.launcher.testing.TestPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** One Spring context and one real PostgreSQL database for every integration test of reporting-service. */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class ReportingIntegrationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.database("reporting_test"));
        registry.add("spring.datasource.username", TestPostgres::username);
        registry.add("spring.datasource.password", TestPostgres::password);
    }

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    private gr.kentra.reporting.aggregate.CentreNames centreNames;

    @Autowired
    private gr.kentra.reporting.indicator.grid.GridCache grids;

    /**
     * Empties the facts and every aggregate: each test class starts from a known, empty store. The protected grids
     * kept are forgotten too, as by a service started on an empty store: the stamps drawn next are newer than theirs,
     * so they would pass for older published grids of a linked table (served while the newer ones are protected).
     */
    protected void emptyStore() {
        jdbc.execute("truncate indicator_fact, fact_monthly, fact_monthly_coarse, fact_yearly_coarse, person_month, "
                + "esf_participant, centre, person_presence, distinct_persons, month_stamp, centre_name");
        centreNames.reload();
        grids.clear();
    }

    protected static RequestPostProcessor token(List<String> tenants, String region, String... roles) {
        return jwt().jwt(jwt -> {
            jwt.subject("user-1").claim("organization", tenants)
                    .claim("realm_access", Map.of("roles", List.of(roles)));
            if (region != null) {
                jwt.claim("region", region);
            }
        }).authorities(new RealmRoleAuthorities());
    }

    /** case-service's client-credentials token: the only client whose facts are taken in. */
    protected static RequestPostProcessor factPublisher() {
        return serviceAccountOf("kentra-case-service", "fact-publisher", "kentra-service");
    }

    /** tenant-service's client-credentials token (the platform's operator client). */
    protected static RequestPostProcessor tenantService() {
        return serviceAccountOf("kentra-tenant-service", "kentra-service");
    }

    protected static RequestPostProcessor serviceAccountOf(String clientId, String... roles) {
        return jwt().jwt(jwt -> jwt.subject("service-account-" + clientId).claim("azp", clientId)
                .claim("realm_access", Map.of("roles", List.of(roles)))).authorities(new RealmRoleAuthorities());
    }

    protected static RequestPostProcessor platformAdmin() {
        return token(List.of(), null, "platform-admin");
    }

    protected static RequestPostProcessor analyst() {
        return token(List.of(), null, "ministry-analyst");
    }

    protected static RequestPostProcessor manager(String region) {
        return token(List.of(), region, "regional-manager");
    }

    protected static RequestPostProcessor coordinatorOf(String tenant) {
        return token(List.of(tenant), null, "coordinator");
    }

    /** Delivers facts (JSON objects) as case-service does and expects them accepted. */
    protected void deliver(List<String> facts) throws Exception {
        mvc.perform(post("/internal/facts").with(factPublisher()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"facts\":[" + String.join(",", facts) + "]}"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.refused")
                        .isEmpty());
    }
}
