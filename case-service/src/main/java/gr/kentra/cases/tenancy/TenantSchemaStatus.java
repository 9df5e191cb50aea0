package gr.kentra.cases.tenancy;

import java.time.Instant;

/** One row of {@code platform.tenant_schema}, also the body of the provisioning endpoints. */
record TenantSchemaStatus(String tenant, String schema, String changelogVersion, String status,
        Instant migratedAt, String cell) {

    static final String READY = "READY";
    static final String FAILED = "FAILED";
}
