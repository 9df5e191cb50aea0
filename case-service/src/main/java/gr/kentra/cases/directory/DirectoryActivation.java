package gr.kentra.cases.directory;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/**
 * The body of PATCH /api/directory/services/{id}: deactivate (or reactivate) a regional entry, made on
 * {@code version}. A deactivated entry leaves the lists and the referral form; old referrals keep it.
 */
@Schema(example = """
        {"active":false,"version":3}""")
record DirectoryActivation(@NotNull Boolean active, @NotNull Long version) {
}
