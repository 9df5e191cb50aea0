package gr.kentra.cases.profile;

import gr.kentra.cases.model.EmploymentStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The socio-economic profile as the ESF indicators need it; an absent flag is false. {@code version}: null to create the profile,
 * the version read to change it.
 */
@Schema(example = """
        {"employmentStatus":"LONG_TERM_UNEMPLOYED","unemploymentMonths":18,"iscedLevel":3,
         "housingSituation":"HOUSING_EXCLUSION","disability":false,"migrant":false,"foreignBackground":false,
         "roma":false,"ruralArea":false,"singleParent":true,"otherDisadvantage":false,"version":null}""")
record ProfileRequest(
        @NotNull EmploymentStatus employmentStatus,
        @Min(0) @Max(600) Integer unemploymentMonths,
        @Min(0) @Max(8) Integer iscedLevel,
        @NotNull HousingSituation housingSituation,
        Boolean disability,
        Boolean migrant,
        Boolean foreignBackground,
        Boolean roma,
        Boolean ruralArea,
        Boolean singleParent,
        Boolean otherDisadvantage,
        Long version) {
}
