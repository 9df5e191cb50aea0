package gr.kentra.tenants.centre;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a platform administrator gives to onboard a centre; {@code cell} is optional (the default cell). */
record OnboardCentre(
        @NotBlank @Pattern(regexp = "^[a-z][a-z0-9-]{1,39}$") String id,
        @NotBlank @Size(max = 200) String nameEl,
        @NotBlank @Size(max = 200) String nameEn,
        @NotBlank @Size(max = 100) String municipality,
        @NotBlank @Pattern(regexp = Regions.PATTERN) String region,
        @Pattern(regexp = "^\\d{7}$") String misCode,
        @Pattern(regexp = ProgrammePeriods.PATTERN) String programmePeriod,
        @Size(max = 200) String address,
        @Size(max = 30) String phone,
        @Email @Size(max = 100) String email,
        @KnownCell String cell) {
}
