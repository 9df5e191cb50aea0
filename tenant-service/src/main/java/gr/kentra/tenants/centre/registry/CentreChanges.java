package gr.kentra.tenants.centre.registry;

import java.util.List;
import java.util.Map;
import java.util.Set;

import gr.kentra.tenants.centre.details.Branch;
import gr.kentra.tenants.centre.details.CentreDetails;
import gr.kentra.tenants.centre.details.EsfOperation;
import gr.kentra.tenants.centre.details.ProgrammePeriods;
import gr.kentra.tenants.centre.details.StaffRole;
import gr.kentra.tenants.centre.details.TimeSlot;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.modulith.NamedInterface;

/**
 * A partial update: absent (null) fields stay as they are, a given list, set or map replaces the stored one
 * (empty clears it), an empty text clears an optional field. {@code version}, when given, must be the current
 * one. {@code misCode} with {@code programmePeriod} sets that period's operation (the older API).
 */
@Schema(example = """
        {"phone":"210 9418655","walkInHours":[{"day":"MONDAY","from":"09:00","to":"13:00"}],
         "staff":{"SOCIAL_WORKER":2,"PSYCHOLOGIST":1},"version":3}""")
@NamedInterface("registry")
public record CentreChanges(
        @Size(min = 1, max = 200) String nameEl,
        @Size(min = 1, max = 200) String nameEn,
        @Size(min = 1, max = 100) String municipality,
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
        CentreStatus status,
        Long version) implements DetailFields {

    /** Only a status change, as the page's status buttons send it. */
    public static CentreChanges status(CentreStatus status, Long version) {
        return new CentreChanges(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, status, version);
    }

    /** The details as given: {@code misCode} is applied apart, replacing its period's operation. */
    CentreDetails details() {
        return details(operations);
    }
}
