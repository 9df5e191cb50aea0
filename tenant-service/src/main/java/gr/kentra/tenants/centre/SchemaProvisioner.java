package gr.kentra.tenants.centre;

import gr.kentra.commons.tenant.TenantId;

/**
 * Creates and migrates a centre's schema where its personal data will live. case-service owns the tenant
 * changelog, so the real implementation asks it; a failure is an exception whose message is kept.
 */
public interface SchemaProvisioner {

    void provision(TenantId tenant);
}
