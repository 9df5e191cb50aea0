package gr.kentra.tenants.lifecycle;

import gr.kentra.commons.tenant.TenantId;

/**
 * case-service's side of a centre's end, which owns its schema: a full export into its archive, and the removal of
 * the schema (which case-service refuses while no export exists). The real implementation calls case-service's
 * {@code /internal/tenants} API as this service; a failure is an exception whose message is kept.
 */
public interface TenantArchive {

    /** What case-service reports of a finished export. */
    record Export(String file, String sha256, long size, long totalRows) {
    }

    Export export(TenantId tenant);

    /** Idempotent: a schema that is already gone counts as removed. */
    void delete(TenantId tenant);
}
