package gr.kentra.tenants.centre.onboarding;

import gr.kentra.commons.tenant.TenantId;
import org.springframework.modulith.NamedInterface;

/**
 * Creates and migrates a centre's schema where its personal data will live. case-service owns the tenant
 * changelog, so the real implementation asks it; a failure is an exception whose message is kept.
 */
@NamedInterface("onboarding")
public interface SchemaProvisioner {

    /**
     * Also tells case-service where the centre sits: region and ESF operation for its indicator facts, and the
     * database cell that holds (or is to hold) its schema.
     */
    void provision(TenantId tenant, String region, String misCode, String cell);
}
