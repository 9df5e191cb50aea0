package gr.kentra.tenants.centre;

import gr.kentra.commons.tenant.TenantId;

/**
 * Creates and migrates a centre's schema where its personal data will live. case-service owns the tenant
 * changelog, so the real implementation asks it; a failure is an exception whose message is kept.
 */
public interface SchemaProvisioner {

    /**
     * Also tells case-service where the centre sits: region and ESF operation for its indicator facts, and the
     * database cell that holds (or is to hold) its schema.
     */
    void provision(TenantId tenant, String region, String misCode, String cell);
}
