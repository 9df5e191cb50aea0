package gr.kentra.cases.indicator;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import gr.kentra.cases.tenancy.TenantDirectory;
import gr.kentra.commons.tenant.TenantId;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Facts reporting-service refused, kept in the centre's schema with the reason it gave: a refused fact leaves the
 * outbox so that it never holds back the facts behind it, and stays where the platform admin can see it. Each one
 * counts in {@code kentra.facts.dead_letter}, tagged by centre.
 */
@Component
class DeadLetters {

    static final String METRIC = "kentra.facts.dead_letter";
    /** Reasons are reporting's words; a bound keeps a surprising answer from filling the table. */
    private static final int MAX_REASON = 2_000;

    private final TenantDirectory tenants;
    private final MeterRegistry meters;
    private final JsonMapper json;

    DeadLetters(TenantDirectory tenants, MeterRegistry meters, JsonMapper json) {
        this.tenants = tenants;
        this.meters = meters;
        this.json = json;
    }

    /** One refused fact, as the admin sees it: anonymised like everything in the outbox. */
    record DeadLetter(UUID id, JsonNode fact, String reason, Instant refusedAt) {
    }

    /** Sets a fact aside in the caller's transaction on the centre's cell (the one deleting it from the outbox). */
    void setAside(TenantId tenant, JdbcTemplate jdbc, UUID id, String fact, String reason) {
        String bounded = reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
        jdbc.update("insert into " + tenant.quotedSchemaName() + ".indicator_dead_letter (id, fact, reason)"
                + " values (?, cast(? as jsonb), ?) on conflict (id) do nothing", id, fact, bounded);
        counter(tenant).increment();
    }

    List<DeadLetter> of(TenantId tenant) {
        return tenants.jdbcFor(tenant).query("select id, fact::text, reason, refused_at from "
                        + tenant.quotedSchemaName() + ".indicator_dead_letter order by refused_at, id",
                (rs, row) -> new DeadLetter(rs.getObject(1, UUID.class), json.readTree(rs.getString(2)),
                        rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant()));
    }

    private Counter counter(TenantId tenant) {
        return Counter.builder(METRIC).description("Indicator facts reporting-service refused, set aside")
                .tags("centre", tenant.value()).register(meters);
    }

    static String reasonOf(List<Map<String, Object>> errors) {
        StringBuilder reason = new StringBuilder();
        for (Map<String, Object> error : errors) {
            reason.append(reason.isEmpty() ? "" : "; ").append(error.get("field")).append(": ")
                    .append(error.get("message")).append(" (").append(error.get("code")).append(')');
        }
        return reason.toString();
    }
}
