package gr.kentra.tenants.centre.registry;

import java.util.List;
import java.util.Map;
import java.util.Set;

import gr.kentra.tenants.centre.cell.KnownCell;
import gr.kentra.tenants.centre.details.Branch;
import gr.kentra.tenants.centre.details.CentreDetails;
import gr.kentra.tenants.centre.details.EsfOperation;
import gr.kentra.tenants.centre.details.ProgrammePeriods;
import gr.kentra.tenants.centre.details.Regions;
import gr.kentra.tenants.centre.details.StaffRole;
import gr.kentra.tenants.centre.details.TimeSlot;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.modulith.NamedInterface;

/**
 * What a platform administrator gives to onboard a centre; only the identity and region are required, and
 * {@code cell} defaults to the default cell. {@code misCode} with {@code programmePeriod} is the older way to
 * give one ESF operation and is added to {@code operations}.
 */
@Schema(example = """
        {"id":"agia-varvara","nameEl":"Κέντρο Κοινότητας Δήμου Αγίας Βαρβάρας",
         "nameEn":"Community Centre of the Municipality of Agia Varvara","municipality":"Αγία Βαρβάρα",
         "region":"attica","programmeName":"Περιφερειακό Πρόγραμμα «Αττική 2021-2027»","priorityAxisCode":"4",
         "operations":[{"programmePeriod":"2021-2027","misCode":"6001234"}],
         "address":"Αγίας Βαρβάρας 1, Αγία Βαρβάρα","phone":"210 0000000","email":"kentro@example.gr",
         "openingHours":[{"day":"MONDAY","from":"08:00","to":"16:00"}],
         "walkInHours":[{"day":"MONDAY","from":"09:00","to":"13:00"}],
         "branches":["ROMA"],"mobileUnit":false,"staff":{"SOCIAL_WORKER":2,"PSYCHOLOGIST":1},
         "operatingSince":"2017-12"}""")
@NamedInterface("registry")
public record OnboardCentre(
        @NotBlank @Pattern(regexp = "^[a-z][a-z0-9-]{1,39}$") String id,
        @NotBlank @Size(max = 200) String nameEl,
        @NotBlank @Size(max = 200) String nameEn,
        @NotBlank @Size(max = 100) String municipality,
        @NotBlank @Pattern(regexp = Regions.PATTERN) String region,
        @Size(max = 40) String programmeCode,
        @Size(max = 200) String programmeName,
        @Size(max = 10) String priorityAxisCode,
        @Size(max = 300) String priorityAxisName,
        @Size(max = 10) List<@NotNull @Valid EsfOperation> operations,
        @Pattern(regexp = "^\\d{7}$") String misCode,
        @Pattern(regexp = ProgrammePeriods.PATTERN) String programmePeriod,
        @Size(max = 200) String address,
        @Size(max = 30) String phone,
        @Email @Size(max = 100) String email,
        @Size(max = 28) List<@NotNull @Valid TimeSlot> openingHours,
        @Size(max = 28) List<@NotNull @Valid TimeSlot> walkInHours,
        Set<@NotNull Branch> branches,
        Boolean mobileUnit,
        Map<@NotNull StaffRole, @NotNull @PositiveOrZero @Max(999) Integer> staff,
        @Pattern(regexp = CentreDetails.MONTH) String operatingSince,
        @KnownCell String cell) implements DetailFields {

    /** The registry fields beyond identity, region and cell, with the older single operation folded in. */
    CentreDetails details() {
        return details(CentreDetails.withLegacyOperation(operations, misCode, programmePeriod));
    }
}
