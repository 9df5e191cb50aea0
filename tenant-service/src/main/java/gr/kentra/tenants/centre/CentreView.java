package gr.kentra.tenants.centre;

import java.time.Instant;

/** A centre as the admin API shows it. */
record CentreView(String id, String nameEl, String nameEn, String municipality, String region, String regionNameEl,
        String regionNameEn, String misCode, String programmePeriod, String address, String phone, String email,
        CentreStatus status, SchemaStatus schemaStatus, String schemaError, boolean generated, Instant createdAt,
        Instant updatedAt, Long version) {

    static CentreView of(Centre centre) {
        Region region = centre.region();
        return new CentreView(centre.id(), centre.nameEl(), centre.nameEn(), centre.municipality(), region.code(),
                region.nameEl(), region.nameEn(), centre.misCode(), centre.programmePeriod(), centre.address(),
                centre.phone(), centre.email(), centre.status(), centre.schemaStatus(), centre.schemaError(),
                centre.generated(), centre.createdAt(), centre.updatedAt(), centre.version());
    }
}
