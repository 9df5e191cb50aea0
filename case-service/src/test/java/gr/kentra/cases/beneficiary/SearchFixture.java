package gr.kentra.cases.beneficiary;

import gr.kentra.cases.CaseServiceIntegrationTest;
import gr.kentra.commons.tenant.TenantId;
import org.springframework.jdbc.core.JdbcTemplate;

/** Provisions the search centre and fills it once per test database. */
final class SearchFixture {

    private SearchFixture() {
    }

    static synchronized void ensure(CaseServiceIntegrationTest test, JdbcTemplate jdbc) throws Exception {
        TenantId centre = TenantId.of(SearchQualityTest.CENTRE);
        Integer provisioned = jdbc.queryForObject(
                "select count(*) from platform.tenant_schema where tenant_id = ? and status = 'READY'", Integer.class,
                centre.value());
        if (provisioned == null || provisioned == 0) {
            test.provisionCentre(centre.value());
        }
        Integer people = jdbc.queryForObject("select count(*) from " + centre.quotedSchemaName() + ".beneficiary",
                Integer.class);
        if (people == null || people == 0) {
            SearchPopulation.fill(jdbc, centre, SearchQualityTest.POPULATION);
        }
    }
}
