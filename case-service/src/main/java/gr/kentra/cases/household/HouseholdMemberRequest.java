package gr.kentra.cases.household;

import gr.kentra.cases.model.EmploymentStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A household member as sent by the client: year of birth or age (at least one), and on PUT the
 * {@code version} read (a stale version is a 409).
 */
@Schema(example = """
        {"relation":"CHILD","yearOfBirth":2012,"employmentStatus":"INACTIVE_IN_EDUCATION","disability":false}""")
record HouseholdMemberRequest(
        @NotNull Relation relation,
        @Min(1900) @Max(2100) Integer yearOfBirth,
        @Min(0) @Max(130) Integer age,
        EmploymentStatus employmentStatus,
        Boolean disability,
        Long version) {
}
