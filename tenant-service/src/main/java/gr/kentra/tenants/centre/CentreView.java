package gr.kentra.tenants.centre;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A centre as the admin API shows it. {@code cell} is the database cell holding its schema. {@code keycloakStatus} is onboarding's Keycloak step (Organization and
 * first coordinator); {@code firstCoordinator} appears once, in the answer to the onboarding call that made it.
 */
record CentreView(String id, String nameEl, String nameEn, String municipality, String region, String regionNameEl,
        String regionNameEn, String misCode, String programmePeriod, String address, String phone, String email,
        String cell, CentreStatus status, SchemaStatus schemaStatus, String schemaError, SchemaStatus keycloakStatus,
        String keycloakError, boolean generated, Instant createdAt, Instant updatedAt, Long version,
        @JsonInclude(JsonInclude.Include.NON_NULL) FirstCoordinator firstCoordinator,
        @JsonInclude(JsonInclude.Include.NON_NULL) CentreArchive archive) {

    static CentreView of(Centre centre) {
        Region region = centre.region();
        return new CentreView(centre.id(), centre.nameEl(), centre.nameEn(), centre.municipality(), region.code(),
                region.nameEl(), region.nameEn(), centre.misCode(), centre.programmePeriod(), centre.address(),
                centre.phone(), centre.email(), centre.cell(), centre.status(), centre.schemaStatus(), centre.schemaError(),
                centre.keycloakStatus(), centre.keycloakError(), centre.generated(), centre.createdAt(),
                centre.updatedAt(), centre.version(), null, CentreArchive.of(centre));
    }

    CentreView withFirstCoordinator(FirstCoordinator coordinator) {
        return new CentreView(id, nameEl, nameEn, municipality, region, regionNameEl, regionNameEn, misCode,
                programmePeriod, address, phone, email, cell, status, schemaStatus, schemaError, keycloakStatus,
                keycloakError, generated, createdAt, updatedAt, version, coordinator, archive);
    }
}
