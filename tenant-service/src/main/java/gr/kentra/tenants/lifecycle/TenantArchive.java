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

        /** case-service holds no schema of the centre (it was never provisioned): no personal data to keep. */
        public static final Export NOTHING_HELD = new Export(null, null, 0, 0);

        public boolean nothingHeld() {
            return file == null;
        }
    }

    /** The export made, or {@link Export#NOTHING_HELD} when case-service has no schema of the centre. */
    Export export(TenantId tenant);

    /** Idempotent: a schema that is already gone counts as removed. */
    void delete(TenantId tenant);

    /**
     * Removes one export file of the centre from case-service's archive, after an administrator's retention decision.
     * Idempotent: a file that is already gone counts as removed.
     */
    void deleteExport(TenantId tenant, String file);
}
