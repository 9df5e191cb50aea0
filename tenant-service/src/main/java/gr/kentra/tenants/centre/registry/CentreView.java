package gr.kentra.tenants.centre.registry;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import gr.kentra.tenants.centre.archive.CentreArchive;
import gr.kentra.tenants.centre.details.Branch;
import gr.kentra.tenants.centre.details.EsfOperation;
import gr.kentra.tenants.centre.details.Region;
import gr.kentra.tenants.centre.details.StaffRole;
import gr.kentra.tenants.centre.details.TimeSlot;
import org.springframework.modulith.NamedInterface;

/**
 * A centre as the admin API and pages show it. {@code misCode} and {@code programmePeriod} are the operation
 * case-service files indicator facts under (the current period's, else the latest), kept for older clients;
 * {@code operations} has them all. {@code cell} is the database cell holding its schema. {@code keycloakStatus}
 * is onboarding's Keycloak step (Organization and first coordinator); {@code firstCoordinator} appears once, in
 * the answer to the onboarding call that made it. {@code namesakes}, in the onboarding answer only, names other
 * centres registered under the same Greek name (allowed: two municipalities can share one; worth a look).
 */
@NamedInterface("registry")
public record CentreView(String id, String nameEl, String nameEn, String municipality, String region,
        String regionNameEl, String regionNameEn, String programmeCode, String programmeName, String priorityAxisCode,
        String priorityAxisName, List<EsfOperation> operations, String misCode, String programmePeriod,
        String address, String phone, String email, List<TimeSlot> openingHours, List<TimeSlot> walkInHours,
        Set<Branch> branches, Boolean mobileUnit, Map<StaffRole, Integer> staff, String operatingSince, String cell,
        CentreStatus status, SchemaStatus schemaStatus, String schemaError, SchemaStatus keycloakStatus,
        String keycloakError, boolean generated, Instant createdAt, Instant updatedAt, Long version,
        @JsonInclude(JsonInclude.Include.NON_NULL) FirstCoordinator firstCoordinator,
        @JsonInclude(JsonInclude.Include.NON_NULL) CentreArchive archive,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> namesakes) {

    static CentreView of(Centre centre) {
        Region region = centre.region();
        EsfOperation reporting = centre.reportingOperation().orElse(null);
        return new CentreView(centre.id(), centre.nameEl(), centre.nameEn(), centre.municipality(), region.code(),
                region.nameEl(), region.nameEn(), centre.programmeCode(), centre.programmeName(),
                centre.priorityAxisCode(), centre.priorityAxisName(), centre.operations(),
                reporting == null ? null : reporting.misCode(), reporting == null ? null : reporting.programmePeriod(),
                centre.address(), centre.phone(), centre.email(), centre.openingHours(), centre.walkInHours(),
                centre.branches(), centre.mobileUnit(), centre.staff(), centre.operatingSince(), centre.cell(),
                centre.status(), centre.schemaStatus(), centre.schemaError(), centre.keycloakStatus(),
                centre.keycloakError(), centre.generated(), centre.createdAt(), centre.updatedAt(), centre.version(),
                null, archiveOf(centre), List.of());
    }

    private static CentreArchive archiveOf(Centre centre) {
        return centre.archivedAt() == null ? null : new CentreArchive(centre.archivedAt(), centre.exportStatus(),
                centre.exportFile(), centre.exportSha256(), centre.deletedAt());
    }

    public CentreView withFirstCoordinator(FirstCoordinator coordinator) {
        return with(coordinator, namesakes);
    }

    public CentreView withNamesakes(List<String> others) {
        return with(firstCoordinator, List.copyOf(others));
    }

    /** The same centre with the two fields only some answers carry. */
    private CentreView with(FirstCoordinator coordinator, List<String> others) {
        return new CentreView(id, nameEl, nameEn, municipality, region, regionNameEl, regionNameEn, programmeCode,
                programmeName, priorityAxisCode, priorityAxisName, operations, misCode, programmePeriod, address,
                phone, email, openingHours, walkInHours, branches, mobileUnit, staff, operatingSince, cell, status,
                schemaStatus, schemaError, keycloakStatus, keycloakError, generated, createdAt, updatedAt, version,
                coordinator, archive, others);
    }
}
