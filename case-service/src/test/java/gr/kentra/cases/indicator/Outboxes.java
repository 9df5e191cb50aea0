package gr.kentra.cases.indicator;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import gr.kentra.cases.ServiceTokens;
import gr.kentra.commons.tenant.TenantId;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Centres as the relay's tests need them: placed in a region, their outboxes filled and counted. */
final class Outboxes {

    private Outboxes() {
    }

    /** Provisions the centre and gives it its region (and operation, unless null), as tenant-service does. */
    static void place(MockMvc mvc, String tenant, String region, String operation) throws Exception {
        String body = operation == null ? "{\"region\":\"%s\"}".formatted(region)
                : "{\"region\":\"%s\",\"operation\":\"%s\"}".formatted(region, operation);
        mvc.perform(put("/internal/tenants/{tenant}", tenant).with(ServiceTokens.tenantService())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
    }

    /** Facts waiting in the centre's outbox. */
    static int count(JdbcTemplate jdbc, String tenant) {
        Integer count = jdbc.queryForObject("select count(*) from " + TenantId.of(tenant).quotedSchemaName()
                + ".indicator_outbox", Integer.class);
        return count == null ? 0 : count;
    }

    /**
     * {@code facts} facts committed straight into the outbox, in one statement and without the nudge a casework
     * change gives: a relay finds them when told the centre has facts, or in its sweep.
     */
    static void fill(JdbcTemplate jdbc, String tenant, int facts) {
        jdbc.update("insert into " + TenantId.of(tenant).quotedSchemaName() + ".indicator_outbox (id, fact)"
                + " select id, jsonb_build_object('id', id, 'month', '2026-12', 'type', 'EVENT_HELD', 'quantity', 1,"
                + " 'sign', 1) from (select gen_random_uuid() as id from generate_series(1, ?)) as facts", facts);
    }
}
