package gr.kentra.cases.tenancy.registry;

import java.time.Instant;

/** One row of {@code platform.tenant_schema}, also the body of the provisioning endpoints. */
public record TenantSchemaStatus(String tenant, String schema, String changelogVersion, String status,
        Instant migratedAt, String cell) {

    public static final String READY = "READY";
    public static final String FAILED = "FAILED";
}
