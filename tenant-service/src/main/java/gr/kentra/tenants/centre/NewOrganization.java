package gr.kentra.tenants.centre;

import gr.kentra.commons.tenant.TenantId;

/** What the identity provider needs to give a centre its Organization (alias = tenant id) and first coordinator. */
public record NewOrganization(TenantId tenant, String name, String region) {

    /** The coordinator's username, the same convention as the seed centres' demo coordinators. */
    public String coordinatorUsername() {
        return tenant.value() + "-coord";
    }
}
