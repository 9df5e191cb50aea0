package gr.kentra.tenants.lifecycle;

import gr.kentra.commons.tenant.TenantId;

/** Removes a deleted centre's Keycloak Organization (its memberships go with it). Idempotent. */
public interface OrganizationRemoval {

    void remove(TenantId tenant);
}
