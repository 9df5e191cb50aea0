package gr.kentra.cases.tenancy;

import gr.kentra.commons.tenant.TenantId;

/** A centre's place in the national picture: region code and ESF operation (MIS code); either may be unknown. */
public record TenantPlacement(TenantId tenant, String region, String operation) {
}
