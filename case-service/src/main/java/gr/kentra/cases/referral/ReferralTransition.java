package gr.kentra.cases.referral;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of POST …/transitions: the next status, the outcome (required for COMPLETED and DECLINED), the version. */
@Schema(example = """
        {"to":"COMPLETED","outcome":"Εντάχθηκε στο κοινωνικό παντοπωλείο για έξι μήνες.","version":1}""")
record ReferralTransition(
        @NotNull ReferralStatus to,
        @Size(max = 4000) String outcome,
        @NotNull Long version) {
}
