package gr.kentra.tenants.centre.onboarding;

import gr.kentra.commons.tenant.TenantId;
import org.springframework.modulith.NamedInterface;

/** What the identity provider needs to give a centre its Organization (alias = tenant id) and first coordinator. */
@NamedInterface("onboarding")
public record NewOrganization(TenantId tenant, String name, String region) {

    /**
     * The Organization's name in Keycloak, unique per realm as Keycloak requires: two municipalities can share a
     * centre's name (a re-founded centre does), so the name carries the id. The plain name is the display name.
     */
    public String organizationName() {
        String suffix = " (" + tenant.value() + ")";
        String display = name.length() + suffix.length() <= 255 ? name : name.substring(0, 255 - suffix.length());
        return display + suffix;
    }

    /** The coordinator's username, the same convention as the seed centres' demo coordinators. */
    public String coordinatorUsername() {
        return tenant.value() + "-coord";
    }
}
