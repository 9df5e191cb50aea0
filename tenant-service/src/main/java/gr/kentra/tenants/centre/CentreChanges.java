package gr.kentra.tenants.centre;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A partial update: absent fields stay as they are. {@code version}, when given, must be the current one. */
record CentreChanges(
        @Size(min = 1, max = 200) String nameEl,
        @Size(min = 1, max = 200) String nameEn,
        @Size(min = 1, max = 100) String municipality,
        @Pattern(regexp = "^\\d{7}$") String misCode,
        @Pattern(regexp = ProgrammePeriods.PATTERN) String programmePeriod,
        @Size(max = 200) String address,
        @Size(max = 30) String phone,
        @Email @Size(max = 100) String email,
        CentreStatus status,
        Long version) {
}
